/* An SVG timeline with no dependencies: events per day, week, month or year as stacked bars, one colour
 * per event type. Every period between the first and the last date gets a bar, so the gaps show.
 * Events dated less precisely than a bar's period (a month-precision date on a weekly timeline) are drawn
 * faded. Clicking a bar picks its period and clicking it again clears the pick.
 *
 *   var timeline = new KgViz.Timeline(svgElement, { tooltip: div, onPick: function (period or null) {} });
 *   timeline.draw(items, { unit: "auto", types: [{ key, label, colour }], picked: "2017-06-12" });
 *   items: [{ date: "YYYY-MM-DD", precision: "day"|"week"|"month"|"year", typeKey }]
 *   period: { start: "YYYY-MM-DD", end: "YYYY-MM-DD" (exclusive), unit, label }
 */
(function () {
  "use strict";
  var DAY = 86400000;
  var UNITS = ["day", "week", "month", "year"];
  var MAX_BARS = 1500;
  var M = { left: 40, right: 12, top: 12, bottom: 34 };

  var el = window.KgViz.svgElement;  // from svg.js, loaded first

  /* "2017-06-12", "2017-06-12T10:00:00Z", "2017-06" or "2017" to a UTC time in ms (null if not a date). */
  function parseDate(text) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || "");
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
  }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }

  function floor(t, unit) {
    var d = new Date(t);
    if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;  // weeks start on Monday
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    if (unit === "year") return Date.UTC(d.getUTCFullYear(), 0, 1);
    return t;
  }
  function next(t, unit) {
    var d = new Date(t);
    if (unit === "week") return t + 7 * DAY;
    if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    if (unit === "year") return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
    return t + DAY;
  }

  function autoUnit(first, last) {
    var days = (last - first) / DAY;
    return days <= 62 ? "day" : days <= 730 ? "week" : days <= 7300 ? "month" : "year";
  }

  function periodLabel(start, unit) {
    var s = iso(start);
    if (unit === "year") return s.slice(0, 4);
    if (unit === "month") return s.slice(0, 7);
    if (unit === "week") return "week of " + s;
    return s;
  }

  /* The axis label of a bar, or "" when the bar starts no labelled period. */
  function tickLabel(start, unit, count) {
    var s = iso(start);
    if (unit === "year") return s.slice(0, 4);
    if (unit === "month") return s.slice(5, 7) === "01" || count <= 24 ? s.slice(0, 7) : "";
    if (unit === "week") return +s.slice(8, 10) <= 7 ? s.slice(0, 7) : "";
    return count <= 45 ? s.slice(5) : s.slice(8) === "01" ? s.slice(0, 7) : "";
  }

  function niceStep(max) {
    var raw = max / 4, p = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (f) { return f * p; }).find(function (s) { return s >= raw; });
    return Math.max(1, step);
  }

  function extent(items) {
    return items.reduce(function (span, it) {
      return [Math.min(span[0], it.time), Math.max(span[1], it.time)];
    }, [Infinity, -Infinity]);
  }

  /* Bars: [{ start, end, count, byType: {typeKey: {precise, coarse}} }] from first to last date. */
  function bucket(items, unit) {
    var span = extent(items);
    var first = floor(span[0], unit), last = span[1];
    var bars = [], index = {};
    for (var t = first; t <= last; t = next(t, unit)) {
      index[t] = bars.length;
      bars.push({ start: t, end: next(t, unit), count: 0, byType: {} });
    }
    items.forEach(function (it) {
      var bar = bars[index[floor(it.time, unit)]];
      var cell = bar.byType[it.typeKey] || (bar.byType[it.typeKey] = { precise: 0, coarse: 0 });
      var coarse = UNITS.indexOf(it.precision) > UNITS.indexOf(unit);
      cell[coarse ? "coarse" : "precise"] += 1;
      bar.count += 1;
    });
    return bars;
  }

  function Timeline(svg, options) {
    this.svg = svg;
    this.options = options || {};
    var box = svg.viewBox.baseVal;
    this.width = box.width; this.height = box.height;
    this.unit = null;
  }

  /* Draw ``items``; returns the unit used (one of UNITS). */
  Timeline.prototype.draw = function (items, settings) {
    var self = this, svg = this.svg;
    settings = settings || {};
    svg.textContent = "";
    var dated = items.map(function (it) {
      return { time: parseDate(it.date), precision: it.precision || "day", typeKey: it.typeKey };
    }).filter(function (it) { return it.time !== null; });
    if (!dated.length) {
      el("text", { x: this.width / 2, y: this.height / 2, "class": "empty" }, svg).textContent = "No dated events to show.";
      this.unit = null;
      return null;
    }
    var span = extent(dated), first = span[0], last = span[1];
    var unit = settings.unit && settings.unit !== "auto" ? settings.unit : autoUnit(first, last);
    while (unit !== "year" && (last - first) / DAY / { day: 1, week: 7, month: 30 }[unit] > MAX_BARS) {
      unit = UNITS[UNITS.indexOf(unit) + 1];
    }
    this.unit = unit;
    var bars = bucket(dated, unit);
    var max = bars.reduce(function (m, b) { return Math.max(m, b.count); }, 0);
    var plotW = this.width - M.left - M.right, plotH = this.height - M.top - M.bottom;
    var barW = plotW / bars.length, gap = barW > 4 ? Math.min(2, barW * 0.15) : 0;
    var step = niceStep(max), top = Math.ceil(max / step) * step;
    var y = function (v) { return M.top + plotH - v / top * plotH; };

    var axis = el("g", { "class": "axis" }, svg);
    for (var v = 0; v <= top; v += step) {
      el("line", { x1: M.left, x2: this.width - M.right, y1: y(v), y2: y(v), "class": v ? "grid" : "base" }, axis);
      el("text", { x: M.left - 6, y: y(v), dy: "0.35em", "class": "y-label" }, axis).textContent = String(v);
    }
    var lastLabelX = -Infinity;
    bars.forEach(function (b, i) {
      var text = tickLabel(b.start, unit, bars.length), x = M.left + i * barW;
      if (!text || x - lastLabelX < 58) return;
      lastLabelX = x;
      el("line", { x1: x, x2: x, y1: M.top + plotH, y2: M.top + plotH + 5, "class": "tick" }, axis);
      el("text", { x: x, y: M.top + plotH + 18, "class": "x-label" }, axis).textContent = text;
    });

    var types = settings.types || [];
    var order = types.map(function (t) { return t.key; });
    var colour = {};
    types.forEach(function (t) { colour[t.key] = t.colour; });
    var layer = el("g", { "class": "bars" + (settings.picked ? " has-pick" : "") }, svg);
    bars.forEach(function (b, i) {
      if (!b.count) return;
      var period = { start: iso(b.start), end: iso(b.end), unit: unit, label: periodLabel(b.start, unit) };
      var x = M.left + i * barW + gap / 2, w = Math.max(barW - gap, 1);
      var g = el("g", { "class": "bucket" + (period.start === settings.picked ? " picked" : ""), tabindex: "0",
                        role: "button", "data-start": period.start, "data-end": period.end, "data-count": b.count,
                        "aria-label": period.label + ": " + b.count }, layer);
      el("rect", { "class": "hit", x: M.left + i * barW, y: M.top, width: barW, height: plotH }, g);
      var level = 0;
      var keys = Object.keys(b.byType).sort(function (p, q) { return order.indexOf(p) - order.indexOf(q); });
      keys.forEach(function (key) {
        ["precise", "coarse"].forEach(function (kind) {
          var n = b.byType[key][kind];
          if (!n) return;
          el("rect", { "class": "bar " + kind, x: x, width: w, y: y(level + n), height: y(level) - y(level + n),
                       fill: colour[key] || "#999", "data-type": key, "data-count": n }, g);
          level += n;
        });
      });
      g.addEventListener("pointerenter", function () { self._showTip(b, period, types, x + w / 2); });
      g.addEventListener("focus", function () { self._showTip(b, period, types, x + w / 2); });
      g.addEventListener("pointerleave", function () { self._hideTip(); });
      g.addEventListener("blur", function () { self._hideTip(); });
      var pick = function () { if (self.options.onPick) self.options.onPick(period.start === settings.picked ? null : period); };
      g.addEventListener("click", pick);
      g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
    });
    return unit;
  };

  Timeline.prototype._showTip = function (bar, period, types, x) {
    var tip = this.options.tooltip;
    if (!tip) return;
    tip.textContent = "";
    var title = document.createElement("strong");
    title.textContent = period.label + ": " + bar.count + (bar.count === 1 ? " event" : " events");
    tip.appendChild(title);
    var list = document.createElement("ul");
    types.forEach(function (t) {
      var cell = bar.byType[t.key];
      if (!cell) return;
      var li = document.createElement("li"), sw = document.createElement("span");
      sw.className = "swatch"; sw.style.background = t.colour;
      li.appendChild(sw);
      var text = t.label + ": " + (cell.precise + cell.coarse);
      if (cell.coarse) text += " (" + cell.coarse + " dated less precisely)";
      li.appendChild(document.createTextNode(text));
      list.appendChild(li);
    });
    tip.appendChild(list);
    var rect = this.svg.getBoundingClientRect(), f = rect.width / this.width;
    tip.style.left = Math.min(x * f + 12, rect.width - 260) + "px";
    tip.style.top = (M.top * f + 8) + "px";
    tip.hidden = false;
  };

  Timeline.prototype._hideTip = function () { if (this.options.tooltip) this.options.tooltip.hidden = true; };

  window.KgViz = window.KgViz || {};
  window.KgViz.Timeline = Timeline;
  window.KgViz.parseDate = parseDate;
})();
