/* The query page: YASGUI on our endpoint, offline (no prefix.cc, no LOV, no CDN), example queries one
 * click away, and IRIs of kg-syria linking to this server's own pages. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("kg-config").textContent);
  var Yasgui = window.Yasgui;
  var Yasqe = Yasgui.Yasqe;
  var endpoint = window.location.origin + config.endpoint;

  /* Autocompletion from our own data instead of Linked Open Vocabularies. */
  function localTerms(kind) {
    return function (yasqe, token) {
      var q = (token && token.autocompletionString) || "";
      return fetch("/api/terms?kind=" + kind + "&q=" + encodeURIComponent(q))
        .then(function (r) { return r.ok ? r.json() : []; })
        .catch(function () { return []; });
    };
  }
  ["property", "class"].forEach(function (kind) {
    var completer = Object.assign({}, Yasqe.Autocompleters[kind], { get: localTerms(kind) });
    Yasqe.registerAutocompleter(completer);
  });

  function declarations(names) {
    return names.map(function (p) { return "PREFIX " + p + ": <" + config.prefixes[p] + ">\n"; }).join("");
  }
  var defaultQuery = declarations(["rdfs", "kge"]) +
    "SELECT ?entity ?label WHERE {\n  ?entity rdfs:label ?label .\n  FILTER(STRSTARTS(STR(?entity), STR(kge:)))\n}\nLIMIT 20";

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    persistenceId: "kg-yasgui",
    yasqe: Object.assign({}, Yasqe.defaults, { value: defaultQuery, prefixCcApi: "/api/prefixes" }),
  });

  /* Links to kg-syria IRIs go to this server's pages (/id/..., /acled/..., /ontology). */
  function localise(root) {
    root.querySelectorAll('a[href^="' + config.base + '"]').forEach(function (a) {
      a.setAttribute("href", "/" + a.getAttribute("href").slice(config.base.length));
      a.removeAttribute("target");
    });
  }
  new MutationObserver(function () { localise(document.getElementById("yasgui")); })
    .observe(document.getElementById("yasgui"), { childList: true, subtree: true });

  var notice = document.getElementById("notice");
  yasgui.on("queryResponse", function (instance, tab) {
    var results = tab.getYasr() && tab.getYasr().results;
    var count = results && results.getBindings ? (results.getBindings() || []).length : 0;
    notice.hidden = count < config.resultLimit;
    notice.textContent = "The UI shows at most " + config.resultLimit +
      " results; query /sparql directly (or download a dump) for all of them.";
  });

  function openExample(example) {
    var tab = yasgui.addTab(true, { name: example.title, yasqe: { value: example.query },
                                     requestConfig: { endpoint: endpoint } });
    tab.query().catch(function () {});
  }
  var byName = {};
  config.examples.forEach(function (e) { byName[e.name] = e; });
  document.querySelectorAll("button.example").forEach(function (button) {
    button.addEventListener("click", function () { openExample(byName[button.dataset.name]); });
  });
  window.kgYasgui = yasgui;
})();
