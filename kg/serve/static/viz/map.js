/* An offline SVG map with no dependencies and no tiles. It draws GeoJSON outlines and one pie marker per
 * place. The projection is equirectangular: x grows with longitude times cos(the mid latitude of the
 * view), so shapes at Syria's latitude are not stretched. Zoom with the wheel or the buttons; drag to pan.
 *
 *   var map = new KgViz.Map(svgElement, { tooltip: div, onSelect: function (marker or null) {} });
 *   map.setOutlines([{ data: featureCollection, name: "syria", labels: true, focus: true }, ...]);
 *   map.setMarkers([{ key, label, sublabel, lat, lon, count, slices: [{ key, label, colour, count }] }], refit);
 */
(function () {
  "use strict";
  var PAD = 36;
  var MIN_ZOOM = 1;
  var MAX_ZOOM = 48;
  var LABEL_ZOOM = 3;

  var el = window.KgViz.svgElement;  // from svg.js, loaded first

  /* Polygons and MultiPolygons as lists of rings of [lon, lat]. */
  function polygonsOf(geometry) {
    if (!geometry) return [];
    if (geometry.type === "Polygon") return [geometry.coordinates];
    if (geometry.type === "MultiPolygon") return geometry.coordinates;
    return [];
  }

  function extend(box, lon, lat) {
    box[0] = Math.min(box[0], lon); box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon); box[3] = Math.max(box[3], lat);
  }

  /* The area-weighted centroid of a ring (lon/lat are treated as planar; good enough for a label). */
  function centroid(ring) {
    var a = 0, x = 0, y = 0;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f;
    }
    return a ? [x / (3 * a), y / (3 * a)] : ring[0];
  }

  /* The area of a pie marker grows with its count, so its radius grows with the square root. */
  function radius(count) { return Math.min(26, 3 + 3 * Math.sqrt(count)); }

  function slicePath(r, from, to) {
    var large = to - from > Math.PI ? 1 : 0;
    return "M0,0L" + (r * Math.cos(from)).toFixed(2) + "," + (r * Math.sin(from)).toFixed(2) +
      "A" + r + "," + r + " 0 " + large + " 1 " + (r * Math.cos(to)).toFixed(2) + "," + (r * Math.sin(to)).toFixed(2) + "Z";
  }

  function SvgMap(svg, options) {
    this.svg = svg;
    this.options = options || {};
    var box = svg.viewBox.baseVal;
    this.width = box.width; this.height = box.height;
    this.outlines = [];
    this.markers = [];
    this.selected = null;
    this.view = { zoom: 1, x: 0, y: 0 };
    svg.textContent = "";
    this.layers = {
      outlines: el("g", { "class": "outlines" }, svg),
      labels: el("g", { "class": "gov-labels" }, svg),
      markers: el("g", { "class": "markers" }, svg),
      places: el("g", { "class": "place-labels" }, svg),
    };
    this._interact();
  }

  SvgMap.prototype.setOutlines = function (collections) {
    this.outlines = collections;
    this._fit();
    this.draw();
  };

  /* New markers; ``refit`` (for a new result set, not for a filter) fits the base view to them again. */
  SvgMap.prototype.setMarkers = function (markers, refit) {
    this.markers = markers.slice().sort(function (a, b) { return b.count - a.count; });
    if (this.selected && !this.markers.some(function (m) { return m.key === this.selected; }, this)) {
      this.selected = null;
    }
    if (refit || !this.base) this._fit();
    this.draw();
  };

  /* The base projection fits the outline marked ``focus`` (else the first) and every marker. */
  SvgMap.prototype._fit = function () {
    var box = [Infinity, Infinity, -Infinity, -Infinity];
    var first = this.outlines.filter(function (o) { return o.focus; })[0] || this.outlines[0];
    if (first) {
      first.data.features.forEach(function (f) {
        polygonsOf(f.geometry).forEach(function (p) { p[0].forEach(function (c) { extend(box, c[0], c[1]); }); });
      });
    }
    this.markers.forEach(function (m) { extend(box, m.lon, m.lat); });
    if (!isFinite(box[0])) box = [35.5, 32.3, 42.4, 37.4];
    var k = Math.cos((box[1] + box[3]) / 2 * Math.PI / 180);
    var w = (box[2] - box[0]) * k, h = box[3] - box[1];
    var scale = Math.min((this.width - 2 * PAD) / Math.max(w, 0.5), (this.height - 2 * PAD) / Math.max(h, 0.5));
    var ox = (this.width - w * scale) / 2, oy = (this.height - h * scale) / 2;
    this.base = { west: box[0], north: box[3], k: k, scale: scale, ox: ox, oy: oy };
  };

  SvgMap.prototype.project = function (lon, lat) {
    var b = this.base, v = this.view;
    return [(b.ox + (lon - b.west) * b.k * b.scale) * v.zoom + v.x, (b.oy + (b.north - lat) * b.scale) * v.zoom + v.y];
  };

  SvgMap.prototype._path = function (polygons) {
    var self = this;
    return polygons.map(function (rings) {
      return rings.map(function (ring) {
        return "M" + ring.map(function (c) {
          var p = self.project(c[0], c[1]);
          return p[0].toFixed(1) + "," + p[1].toFixed(1);
        }).join("L") + "Z";
      }).join("");
    }).join("");
  };

  SvgMap.prototype.draw = function () {
    if (!this.base) this._fit();
    this._drawOutlines();
    this._drawMarkers();
  };

  SvgMap.prototype._drawOutlines = function () {
    var self = this, layer = this.layers.outlines, labels = this.layers.labels;
    layer.textContent = ""; labels.textContent = "";
    this.outlines.forEach(function (set) {
      var group = el("g", { "class": "country-set " + set.name }, layer);
      var countries = [];
      set.data.features.forEach(function (f) {
        var props = f.properties || {};
        var polygons = polygonsOf(f.geometry);
        if (props.placetype === "country") { countries.push(polygons); return; }
        var path = el("path", { "class": "gov", d: self._path(polygons), "fill-rule": "evenodd",
                                "data-name": props.name || "", "data-iso": props.iso || "" }, group);
        el("title", {}, path).textContent = props.name || "";
        if (set.labels && polygons.length) {
          var c = self.project.apply(self, centroid(polygons[0][0]));
          var text = el("text", { x: c[0].toFixed(1), y: c[1].toFixed(1), "class": "gov-label" }, labels);
          text.textContent = props.name || "";
        }
      });
      countries.forEach(function (polygons) {
        el("path", { "class": "country", d: self._path(polygons), "fill-rule": "evenodd" }, group);
      });
    });
  };

  SvgMap.prototype._drawMarkers = function () {
    var self = this, layer = this.layers.markers, names = this.layers.places;
    layer.textContent = ""; names.textContent = "";
    this.markers.forEach(function (m) {
      var p = self.project(m.lon, m.lat), r = radius(m.count);
      if (self.view.zoom >= LABEL_ZOOM) {  // zoomed in: name the places
        el("text", { "class": "place-label", x: (p[0] + r + 3).toFixed(1), y: p[1].toFixed(1), dy: "0.35em" }, names)
          .textContent = m.label;
      }
      var g = el("g", { "class": "marker" + (m.key === self.selected ? " selected" : ""), tabindex: "0",
                        role: "button", transform: "translate(" + p[0].toFixed(1) + "," + p[1].toFixed(1) + ")",
                        "data-place": m.key, "data-count": m.count, "aria-label": m.label + ": " + m.count }, layer);
      var total = m.slices.reduce(function (s, x) { return s + x.count; }, 0) || 1;
      var angle = -Math.PI / 2;
      m.slices.forEach(function (slice) {
        var to = angle + 2 * Math.PI * slice.count / total;
        var attrs = { "class": "slice", fill: slice.colour, "data-type": slice.key || "" };
        if (m.slices.length === 1) el("circle", Object.assign(attrs, { r: r }), g);
        else el("path", Object.assign(attrs, { d: slicePath(r, angle, to) }), g);
        angle = to;
      });
      el("circle", { "class": "rim", r: r }, g);
      if (m.count > 1 && r >= 9) el("text", { "class": "count", dy: "0.35em" }, g).textContent = String(m.count);
      g.addEventListener("pointerenter", function () { self._showTip(m, p); });
      g.addEventListener("focus", function () { self._showTip(m, p); });
      g.addEventListener("pointerleave", function () { self._hideTip(); });
      g.addEventListener("blur", function () { self._hideTip(); });
      g.addEventListener("click", function (e) { e.stopPropagation(); self.select(m.key); });
      g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); self.select(m.key); } });
    });
  };

  SvgMap.prototype.select = function (key) {
    this.selected = key === this.selected ? null : key;
    this._drawMarkers();
    var chosen = null;
    this.markers.forEach(function (m) { if (m.key === this.selected) chosen = m; }, this);
    if (this.options.onSelect) this.options.onSelect(chosen);
  };

  SvgMap.prototype._showTip = function (m, p) {
    var tip = this.options.tooltip;
    if (!tip) return;
    tip.textContent = "";
    var title = document.createElement("strong");
    title.textContent = m.label;
    tip.appendChild(title);
    if (m.sublabel) {
      var sub = document.createElement("div");
      sub.className = "sub"; sub.textContent = m.sublabel;
      tip.appendChild(sub);
    }
    var list = document.createElement("ul");
    m.slices.forEach(function (s) {
      var li = document.createElement("li"), sw = document.createElement("span");
      sw.className = "swatch"; sw.style.background = s.colour;
      li.appendChild(sw);
      li.appendChild(document.createTextNode(s.label + ": " + s.count));
      list.appendChild(li);
    });
    tip.appendChild(list);
    var total = document.createElement("div");
    total.textContent = m.count + (m.count === 1 ? " event" : " events");
    tip.appendChild(total);
    var rect = this.svg.getBoundingClientRect(), f = rect.width / this.width;
    tip.style.left = Math.max(0, Math.min(p[0] * f + 14, rect.width - 260)) + "px";
    tip.style.top = (p[1] * f + 14) + "px";
    tip.hidden = false;
  };

  SvgMap.prototype._hideTip = function () { if (this.options.tooltip) this.options.tooltip.hidden = true; };

  /* Zoom by factor f keeping the point (sx, sy) (in viewBox units) where it is. */
  SvgMap.prototype.zoomBy = function (f, sx, sy) {
    var v = this.view;
    var zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v.zoom * f));
    f = zoom / v.zoom;
    if (sx === undefined) { sx = this.width / 2; sy = this.height / 2; }
    v.x = sx - (sx - v.x) * f; v.y = sy - (sy - v.y) * f; v.zoom = zoom;
    if (zoom === 1) { v.x = 0; v.y = 0; }
    this.draw();
  };

  SvgMap.prototype.reset = function () { this.view = { zoom: 1, x: 0, y: 0 }; this.draw(); };

  SvgMap.prototype._interact = function () {
    var self = this, svg = this.svg, drag = null;
    function toView(e) {
      var rect = svg.getBoundingClientRect(), f = self.width / rect.width;
      return [(e.clientX - rect.left) * f, (e.clientY - rect.top) * f];
    }
    svg.addEventListener("wheel", function (e) {
      e.preventDefault();
      var p = toView(e);
      self.zoomBy(e.deltaY < 0 ? 1.25 : 0.8, p[0], p[1]);
    }, { passive: false });
    svg.addEventListener("pointerdown", function (e) {
      if (e.button !== 0 || e.target.closest(".marker")) return;
      drag = { at: toView(e), moved: false };
      svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var p = toView(e);
      self.view.x += p[0] - drag.at[0]; self.view.y += p[1] - drag.at[1];
      drag.moved = drag.moved || Math.abs(p[0] - drag.at[0]) + Math.abs(p[1] - drag.at[1]) > 2;
      drag.at = p;
      self._hideTip();
      self.draw();
    });
    svg.addEventListener("pointerup", function (e) {
      if (drag && !drag.moved && self.selected) self.select(self.selected);  // a click on the background
      drag = null;
      if (svg.hasPointerCapture(e.pointerId)) svg.releasePointerCapture(e.pointerId);
    });
  };

  window.KgViz = window.KgViz || {};
  window.KgViz.Map = SvgMap;
  window.KgViz.markerRadius = radius;
})();
