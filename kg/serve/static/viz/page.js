/* The /map page. Each panel runs a SPARQL query (a gallery query from queries/, or the user's own edit)
 * against /sparql and draws the JSON results. Rows with ?lat and ?long become map markers, one per
 * place. Rows with ?date become timeline bars. Both use the event type column (?event_type, the ACLED IRI
 * or label) for colour. Picking a timeline period filters the map, and the legend hides or shows types
 * in both. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("kg-viz-config").textContent);
  var KgViz = window.KgViz;

  /* The ACLED event types of acled.ttl (plus kg's Statements), in legend order. The colours are
   * Okabe-Ito, so they stay apart for colour-blind readers. */
  var KNOWN = [
    ["battles", "Battles", "#D55E00"],
    ["explosions-remote-violence", "Explosions/Remote violence", "#E69F00"],
    ["violence-against-civilians", "Violence against civilians", "#CC79A7"],
    ["protests", "Protests", "#009E73"],
    ["riots", "Riots", "#8B5A2B"],
    ["strategic-developments", "Strategic developments", "#0072B2"],
    ["statements", "Statements", "#56B4E9"],
  ];
  var FALLBACK = ["#7F3C8D", "#11A579", "#3969AC", "#F2B701", "#E73F74", "#80BA5A"];
  var COLUMNS = {
    lat: ["lat", "latitude"], lon: ["long", "lon", "lng", "longitude"], date: ["date"],
    type: ["event_type", "eventType", "type"], typeLabel: ["type_label", "typeLabel", "event_type_label"],
    event: ["event"], place: ["place"], placeLabel: ["place_label", "placeLabel"],
    precision: ["date_precision", "datePrecision", "precision"], count: ["count", "events"],
    governorate: ["governorate", "governorate_label"],
  };

  var examples = {};
  config.examples.forEach(function (e) { examples[e.name] = e; });
  var types = {};       // key -> { key, label, colour, order }
  var state = { map: null, timeline: null, hidden: {}, period: null, place: null, unit: "auto" };

  function typeInfo(key, label) {
    if (!types[key]) {
      var known = KNOWN.map(function (k) { return k[0]; }).indexOf(key);
      var extra = Object.keys(types).filter(function (k) { return types[k].order >= 100; }).length;
      types[key] = known >= 0
        ? { key: key, label: KNOWN[known][1], colour: KNOWN[known][2], order: known }
        : { key: key, label: label, colour: key === "unknown" ? "#999999" : FALLBACK[extra % FALLBACK.length],
            order: key === "unknown" ? 1000 : 100 + extra };
    }
    return types[key];
  }

  function localName(iri) { return iri.replace(/[/#]$/, "").split(/[/#]/).pop(); }
  function slug(text) { return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""); }
  function localise(iri) { return iri.indexOf(config.base) === 0 ? "/" + iri.slice(config.base.length) : iri; }

  /* SPARQL JSON results to items, one per row, with the columns the panels know about. */
  function readResults(json) {
    var vars = (json.head && json.head.vars) || [];
    var rows = (json.results && json.results.bindings) || [];
    var col = {};
    Object.keys(COLUMNS).forEach(function (k) {
      col[k] = COLUMNS[k].filter(function (name) { return vars.indexOf(name) >= 0; })[0] || null;
    });
    var items = rows.map(function (b, i) {
      function term(k) { return col[k] && b[col[k]] ? b[col[k]] : null; }
      function value(k) { var t = term(k); return t ? t.value : null; }
      var type = term("type"), typeKey = "unknown", typeLabel = value("typeLabel");
      if (type) {
        typeKey = type.type === "uri" ? localName(type.value) : slug(type.value);
        typeLabel = typeLabel || (type.type === "uri" ? localName(type.value).replace(/-/g, " ") : type.value);
      }
      var info = typeInfo(typeKey, typeLabel || "Unknown type");
      var event = term("event");
      var precision = value("precision");
      return {
        event: event ? event.value : "row " + i, eventIri: event && event.type === "uri" ? event.value : null,
        typeKey: info.key, date: value("date"), time: KgViz.parseDate(value("date")),
        precision: precision ? localName(precision).toLowerCase().replace(/precision$/, "") : "day",
        place: value("place"), placeLabel: value("placeLabel"), governorate: value("governorate"),
        lat: parseFloat(value("lat")), lon: parseFloat(value("lon")),
        weight: col.count ? parseFloat(value("count")) || 0 : 1,
      };
    });
    return { vars: vars, columns: col, rows: rows.length, items: items };
  }

  function visible(item) { return !state.hidden[item.typeKey]; }
  function inPeriod(item) {
    if (!state.period) return true;
    return item.time !== null && item.time >= KgViz.parseDate(state.period.start) &&
      item.time < KgViz.parseDate(state.period.end);
  }
  function located(item) {
    return isFinite(item.lat) && isFinite(item.lon) && Math.abs(item.lat) <= 90 && Math.abs(item.lon) <= 180;
  }
  /* How many events ``items`` hold: distinct ?event values, or the sum of a ?count column. */
  function countOf(items, byCount) {
    if (byCount) return items.reduce(function (s, it) { return s + it.weight; }, 0);
    var seen = {};
    items.forEach(function (it) { seen[it.event] = true; });
    return Object.keys(seen).length;
  }
  function byOrder(a, b) { return types[a].order - types[b].order; }
  function distinctEvents(items) {
    var seen = {};
    return items.filter(function (it) { return seen[it.event] ? false : (seen[it.event] = true); });
  }

  /* ---- the map ---- */
  var mapFrame = document.querySelector("#map-panel .map-frame");
  var map = new KgViz.Map(document.getElementById("map"), {
    tooltip: mapFrame.querySelector(".tooltip"),
    onSelect: function (marker) { state.place = marker ? marker.key : null; renderDetails(); },
  });
  mapFrame.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      if (button.dataset.zoom === "reset") map.reset();
      else map.zoomBy(button.dataset.zoom === "in" ? 1.5 : 1 / 1.5);
    });
  });

  function mapMarkers() {
    var data = state.map, byCount = !!data.columns.count, groups = {}, order = [];
    data.items.filter(function (it) { return located(it) && visible(it) && inPeriod(it); }).forEach(function (it) {
      var key = it.place || it.lat + "," + it.lon;
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(it);
    });
    return order.map(function (key) {
      var items = groups[key], perType = {};
      items.forEach(function (it) { (perType[it.typeKey] = perType[it.typeKey] || []).push(it); });
      var first = items[0];
      return {
        key: key, lat: first.lat, lon: first.lon, items: items, count: countOf(items, byCount),
        label: first.placeLabel || (first.place ? localName(first.place) : first.lat + ", " + first.lon),
        sublabel: first.governorate || "",
        slices: Object.keys(perType).sort(byOrder).map(function (k) {
          return { key: k, label: types[k].label, colour: types[k].colour, count: countOf(perType[k], byCount) };
        }),
      };
    });
  }

  function renderMap(refit) {
    var panel = panels.map, data = state.map;
    if (!data) return;
    if (!data.columns.lat || !data.columns.lon) {
      map.setMarkers([], refit);
      panel.done("nodata", "These results have no ?lat and ?long columns (they have " +
        (data.vars.map(function (v) { return "?" + v; }).join(", ") || "none") + "), so there is nothing to draw on the map.");
      return;
    }
    var markers = mapMarkers();
    map.setMarkers(markers, refit);
    var events = countOf(data.items.filter(function (it) {
      return located(it) && visible(it) && inPeriod(it);
    }), !!data.columns.count);
    var unlocated = data.items.filter(function (it) { return !located(it); }).length;
    var text = events + (events === 1 ? " event" : " events") + " at " + markers.length +
      (markers.length === 1 ? " place" : " places") + ", from " + data.rows + " result rows.";
    if (unlocated) text += " " + unlocated + " rows without coordinates are not shown.";
    if (state.period && !data.columns.date) text += " These results have no ?date column, so the period filter does not apply.";
    panel.done("ready", text);
    panel.root.dataset.markers = String(markers.length);
  }

  /* ---- the timeline ---- */
  var timelineFrame = document.querySelector("#timeline-panel .timeline-frame");
  var timeline = new KgViz.Timeline(document.getElementById("timeline"), {
    tooltip: timelineFrame.querySelector(".tooltip"),
    onPick: function (period) {
      state.period = period;
      state.place = null;
      map.selected = null;
      renderAll(false);
    },
  });
  document.getElementById("timeline-unit").addEventListener("change", function (e) {
    state.unit = e.target.value;
    state.period = null;
    renderAll(false);
  });

  function timelineItems() {
    return distinctEvents(state.timeline.items.filter(function (it) { return it.time !== null; }));
  }

  function renderTimeline() {
    var panel = panels.timeline, data = state.timeline;
    if (!data) return;
    if (!data.columns.date) {
      timeline.draw([], {});
      panel.done("nodata", "These results have no ?date column (they have " +
        (data.vars.map(function (v) { return "?" + v; }).join(", ") || "none") + "), so there is nothing to draw on the timeline.");
      return;
    }
    var all = timelineItems(), shown = all.filter(visible);
    var legend = Object.keys(types).sort(byOrder).map(function (k) { return types[k]; });
    var unit = timeline.draw(shown, { unit: state.unit, types: legend, picked: state.period && state.period.start });
    var undated = distinctEvents(data.items).length - all.length;
    var text = shown.length + (shown.length === 1 ? " dated event" : " dated events") +
      (unit ? ", one bar per " + unit : "") + ", from " + data.rows + " result rows.";
    if (undated > 0) text += " " + undated + " events without a date are not shown.";
    panel.done("ready", text);
    panel.root.dataset.unit = unit || "";
  }

  /* ---- legend, filter and details ---- */
  function renderLegend() {
    var list = document.getElementById("legend"), present = {};
    [state.map, state.timeline].forEach(function (data) {
      if (data) data.items.forEach(function (it) { (present[it.typeKey] = present[it.typeKey] || {})[it.event] = true; });
    });
    list.textContent = "";
    Object.keys(present).sort(byOrder).forEach(function (key) {
      var li = document.createElement("li"), button = document.createElement("button"), sw = document.createElement("span");
      button.type = "button";
      button.className = "legend-item";
      button.dataset.type = key;
      button.setAttribute("aria-pressed", state.hidden[key] ? "false" : "true");
      sw.className = "swatch";
      sw.style.background = types[key].colour;
      button.appendChild(sw);
      button.appendChild(document.createTextNode(types[key].label + " (" + Object.keys(present[key]).length + ")"));
      button.addEventListener("click", function () {
        state.hidden[key] = !state.hidden[key];
        renderAll(false);
      });
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  function renderFilter() {
    var hidden = Object.keys(state.hidden).filter(function (k) { return state.hidden[k] && types[k]; });
    var parts = [state.period ? "Period: " + state.period.label : "All periods"];
    parts.push(hidden.length ? "hidden: " + hidden.map(function (k) { return types[k].label; }).join(", ") : "all types");
    document.getElementById("filter-text").textContent = parts.join("; ") + ".";
    document.getElementById("clear-filter").disabled = !state.period && !hidden.length;
  }
  document.getElementById("clear-filter").addEventListener("click", function () {
    state.period = null;
    state.hidden = {};
    renderAll(false);
  });

  function renderDetails() {
    var title = document.getElementById("details-title"), list = document.getElementById("details");
    var items = [], heading = "Click a marker or a bar to list its events.";
    if (state.place && state.map) {
      items = state.map.items.filter(function (it) {
        return (it.place || it.lat + "," + it.lon) === state.place && visible(it) && inPeriod(it);
      });
      heading = (items[0] && items[0].placeLabel) || localName(state.place);
    } else if (state.period && state.timeline) {
      items = timelineItems().filter(function (it) { return visible(it) && inPeriod(it); });
      heading = state.period.label;
    }
    items = distinctEvents(items).sort(function (a, b) { return (a.time || 0) - (b.time || 0); });
    title.textContent = items.length ? heading + ": " + items.length + (items.length === 1 ? " event" : " events") : heading;
    list.textContent = "";
    items.forEach(function (it) {
      var li = document.createElement("li"), sw = document.createElement("span");
      sw.className = "swatch";
      sw.style.background = types[it.typeKey].colour;
      li.appendChild(sw);
      var when = it.date ? it.date.slice(0, 10) + (it.precision !== "day" ? " (" + it.precision + ")" : "") : "undated";
      li.appendChild(document.createTextNode(when + " · " + types[it.typeKey].label +
        (it.placeLabel ? " · " + it.placeLabel.split(/\s*;\s*/).join(", ") : "") + " "));
      if (it.eventIri) {
        var a = document.createElement("a");
        a.href = localise(it.eventIri);
        a.textContent = localName(it.eventIri);
        li.appendChild(a);
      }
      list.appendChild(li);
    });
  }

  function renderAll(refit) {
    renderLegend();
    renderMap(refit);
    renderTimeline();
    renderFilter();
    renderDetails();
  }

  /* ---- the two query panels ---- */
  function runQuery(text) {
    return fetch(config.endpoint, {
      method: "POST",
      headers: { "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: text }),
    }).then(function (response) {
      return response.text().then(function (body) {
        var json = null;
        try { json = JSON.parse(body); } catch (e) { /* not JSON: reported below */ }
        if (!response.ok) throw new Error((json && (json.message || json.detail)) || body || response.statusText);
        if (!json || !json.head) throw new Error("the query gave no SELECT results (only SELECT queries can be drawn)");
        return json;
      });
    });
  }

  function Panel(name, onResults) {
    var root = document.getElementById(name + "-panel");
    var select = document.getElementById(name + "-query");
    var editor = document.getElementById(name + "-sparql");
    var editButton = root.querySelector("button.edit");
    var status = root.querySelector(".status");
    var description = root.querySelector(".query-description");
    var sequence = 0;
    var self = this;
    this.root = root;

    this.done = function (kind, text) {
      root.dataset.state = kind;
      status.textContent = text;
      status.className = "status " + kind;
    };
    this.run = function () {
      var mine = ++sequence;
      root.dataset.state = "loading";
      status.textContent = "Running the query…";
      status.className = "status loading";
      runQuery(editor.value).then(function (json) {
        if (mine === sequence) onResults(readResults(json));
      }).catch(function (error) {
        if (mine === sequence) self.done("error", "The query failed: " + error.message);
      });
    };
    this.load = function (key) {
      var example = examples[key];
      if (!example) { self.done("nodata", "Pick a query from the gallery, or write one."); return; }
      editor.value = example.query;
      description.textContent = example.description;
      self.run();
    };
    select.addEventListener("change", function () { if (select.value) self.load(select.value); else self.run(); });
    root.querySelector("button.run").addEventListener("click", function () { self.run(); });
    editButton.addEventListener("click", function () {
      editor.hidden = !editor.hidden;
      editButton.setAttribute("aria-expanded", String(!editor.hidden));
      if (!editor.hidden) editor.focus();
    });
    editor.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); self.run(); }
    });
    editor.addEventListener("input", function () {
      var edited = select.querySelector("option.edited");
      if (!edited) {
        edited = document.createElement("option");
        edited.className = "edited";
        edited.value = "";
        edited.textContent = "(edited query)";
        select.insertBefore(edited, select.firstChild);
      }
      select.value = "";
      description.textContent = "Edited query: press Run (or Ctrl+Enter) to redraw.";
    });
  }

  var panels = {
    map: new Panel("map", function (data) {
      state.map = data;
      state.place = null;
      renderAll(true);
    }),
    timeline: new Panel("timeline", function (data) {
      state.timeline = data;
      state.period = null;
      renderAll(false);
    }),
  };

  Promise.all(config.outlines.map(function (o) {
    return fetch(o.url).then(function (r) {
      if (!r.ok) throw new Error(o.url + ": " + r.status);
      return r.json();
    }).then(function (data) { return { name: o.name, labels: o.labels, focus: o.focus, data: data }; });
  })).then(function (outlines) {
    map.setOutlines(outlines);
    document.getElementById("map-panel").dataset.outlines = "loaded";
  }).catch(function (error) {
    document.getElementById("map-panel").dataset.outlines = "error";
    panels.map.done("error", "The governorate outlines could not be loaded: " + error.message);
  });
  panels.map.load(document.getElementById("map-query").value);
  panels.timeline.load(document.getElementById("timeline-query").value);
  window.kgViz = { map: map, timeline: timeline, state: state, panels: panels };
})();
