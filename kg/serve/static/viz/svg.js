/* What the map and the timeline share: making SVG elements.
 *
 *   var rect = KgViz.svgElement("rect", { x: 0, y: 0, width: 10, height: 10 }, parentNode);
 */
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";

  function svgElement(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  window.KgViz = window.KgViz || {};
  window.KgViz.svgElement = svgElement;
})();
