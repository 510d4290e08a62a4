"""Real SPARQL clients against a live server: SPARQLWrapper, rdflib's SPARQLStore, pyoxigraph through
SERVICE; and our server federating to a local stand-in for the Wikidata Query Service."""

from __future__ import annotations

import http.server
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from conftest import free_port, live_server, stop, wait_until_up
from serve_fixture_store import SDF, SDF_QID
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

WDQS = "https://query.wikidata.org/sparql"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
LABELS = f"SELECT ?l WHERE {{ <{SDF}> {LABEL} ?l }} ORDER BY ?l"

pytestmark = pytest.mark.slow


def test_sparqlwrapper(live_url) -> None:
    client = SPARQLWrapper(live_url + "sparql")
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index,call-overload]
    assert [r["l"]["value"] for r in rows] == ["Syrian Democratic Forces", "قوات سوريا الديمقراطية"]
    client.setQuery(f"CONSTRUCT {{ <{SDF}> ?p ?o }} WHERE {{ <{SDF}> ?p ?o }}")
    client.setReturnFormat(TURTLE)
    turtle = client.query().convert()
    assert b"owl:sameAs" in turtle or b"sameAs" in turtle  # type: ignore[operator]


def test_sparqlwrapper_post_and_xml(live_url) -> None:
    from SPARQLWrapper import POST, XML

    client = SPARQLWrapper(live_url + "sparql")
    client.setMethod(POST)
    client.setQuery(f"ASK {{ <{SDF}> ?p ?o }}")
    client.setReturnFormat(XML)
    assert "true" in client.query().convert().toxml()  # type: ignore[union-attr]


def test_rdflib_sparql_store(live_url) -> None:
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(live_url + "sparql"))
    labels = sorted(str(row[0]) for row in graph.query(LABELS))  # type: ignore[index]
    assert labels == ["Syrian Democratic Forces", "قوات سوريا الديمقراطية"]
    assert (URIRef(SDF), None, None) in graph


def test_pyoxigraph_federates_into_our_endpoint(live_url) -> None:
    local = ox.Store()
    query = f"SELECT ?l WHERE {{ SERVICE <{live_url}sparql> {{ <{SDF}> {LABEL} ?l }} }}"
    labels = sorted(s["l"].value for s in local.query(query))  # type: ignore[index,union-attr]
    assert labels == ["Syrian Democratic Forces", "قوات سوريا الديمقراطية"]


@pytest.fixture(scope="module")
def wikidata_stand_in(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``oxigraph serve`` on 127.0.0.1 with one Wikidata-like statement; yields its query URL."""
    port = free_port()
    location = tmp_path_factory.mktemp("wdqs") / "store"
    binary = Path(__import__("sys").executable).with_name("oxigraph")
    process = subprocess.Popen(
        [str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(base + "query?query=ASK%7B%7D", process)
        item = f"<http://www.wikidata.org/entity/{SDF_QID}>"
        data = f'{item} <http://schema.org/description> "alliance in Syria"@en .'
        httpx.post(
            base + "store?default", content=data, headers={"content-type": "application/n-triples"}
        ).raise_for_status()
        yield base + "query"
    finally:
        stop(process)


class _Trap(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


def test_service_goes_only_to_the_allowlist(store_dir, wikidata_stand_in) -> None:
    trap = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trap)
    threading.Thread(target=trap.serve_forever, daemon=True).start()
    trap_url = f"http://127.0.0.1:{trap.server_address[1]}/sparql"
    federated = f"""SELECT ?label ?description WHERE {{
      <{SDF}> rdfs:label ?label ; owl:sameAs ?item . FILTER(LANG(?label) = "en")
      SERVICE <{WDQS}> {{ ?item <http://schema.org/description> ?description }} }}"""
    try:
        with live_server(store_dir, allowed_services=[f"{WDQS}={wikidata_stand_in}"]) as url:
            rows = httpx.post(url + "sparql", data={"query": federated}, timeout=30).json()["results"][
                "bindings"
            ]
            assert [(r["label"]["value"], r["description"]["value"]) for r in rows] == [
                ("Syrian Democratic Forces", "alliance in Syria")
            ]
            refused = httpx.post(
                url + "sparql", data={"query": f"SELECT * {{ SERVICE <{trap_url}> {{ ?s ?p ?o }} }}"}
            )
            assert refused.status_code == 400 and f"<{trap_url}>" in refused.json()["error"]["message"]
    finally:
        trap.shutdown()
    assert _Trap.hits == 0
