"""The federated queries of queries/ (wikidata_*.rq), through our server, against a stand-in for Wikidata.

``oxigraph serve`` holds tests/data/wikidata_standin.ttl (Wikidata-shaped RDF for the items the seed graph links
to); ``kg serve`` runs over the seed store with https://query.wikidata.org/sparql mapped to the stand-in, and
each query is sent to our /sparql endpoint unchanged. Results must carry the stand-in's values.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from test_queries import QUERIES, WD, WDQS, build_seed_store, query_text

pytestmark = pytest.mark.slow

STANDIN = Path(__file__).resolve().parent / "data" / "wikidata_standin.ttl"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
WDT = "http://www.wikidata.org/prop/direct/"


def serve_helpers() -> ModuleType:
    """tests/serve/conftest.py (live_server, free_port, wait_until_up, stop), imported under its own name."""
    folder = Path(__file__).resolve().parent / "serve"
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))  # it imports serve_fixture_store
    spec = importlib.util.spec_from_file_location("serve_test_helpers", folder / "conftest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


helpers = serve_helpers()


class StandIn:
    """What the stand-in says, read from the Turtle file: ``statements[(qid, property)] = [values]``."""

    def __init__(self, path: Path) -> None:
        self.statements: dict[tuple[str, str], list[ox.NamedNode | ox.Literal]] = defaultdict(list)
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            qid = triple.subject.value.removeprefix(WD)
            self.statements[(qid, triple.predicate.value)].append(triple.object)  # type: ignore[arg-type]

    def label(self, qid: str, lang: str, prop: str = RDFS_LABEL) -> list[str]:
        return [o.value for o in self.statements[(qid, prop)] if isinstance(o, ox.Literal) and o.language == lang]

    def items(self, qid: str, prop: str) -> list[str]:
        return [o.value.removeprefix(WD) for o in self.statements[(qid, WDT + prop)]]

    def literal(self, qid: str, prop: str) -> list[str]:
        return [o.value for o in self.statements[(qid, WDT + prop)]]

    def qids(self) -> set[str]:
        return {qid for qid, _ in self.statements}


@pytest.fixture(scope="module")
def standin() -> StandIn:
    return StandIn(STANDIN)


@pytest.fixture(scope="module")
def wikidata_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``oxigraph serve`` on 127.0.0.1 loaded with the stand-in; yields its query URL."""
    port = helpers.free_port()
    location = tmp_path_factory.mktemp("wikidata-standin") / "store"
    binary = Path(sys.executable).with_name("oxigraph")
    process = subprocess.Popen([str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"])
    base = f"http://127.0.0.1:{port}/"
    try:
        helpers.wait_until_up(base + "query?query=ASK%7B%7D", process)
        httpx.post(base + "store?default", content=STANDIN.read_bytes(),
                   headers={"content-type": "text/turtle"}, timeout=30).raise_for_status()
        yield base + "query"
    finally:
        helpers.stop(process)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, wikidata_url: str) -> Iterator[str]:
    """``kg serve`` over the seed store, federating to the stand-in in place of the Wikidata Query Service."""
    store = build_seed_store(tmp_path_factory)
    with helpers.live_server(store, allowed_services=[f"{WDQS}={wikidata_url}"], timeout=60) as url:
        yield url


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    """The seed store opened here, to compare the server's answers with."""
    return ox.Store.read_only(str(build_seed_store(tmp_path_factory)))


def select(server: str, text: str) -> list[dict[str, Any]]:
    response = httpx.post(server + "sparql", data={"query": text},
                          headers={"accept": "application/sparql-results+json"}, timeout=90)
    assert response.status_code == 200, response.text
    rows = response.json()["results"]["bindings"]
    return [{name: _value(term) for name, term in row.items()} for row in rows]


def _value(term: dict[str, str]) -> Any:
    datatype = term.get("datatype", "")
    if datatype.endswith(("#integer", "#nonNegativeInteger", "#int", "#long")):
        return int(term["value"])
    if datatype.endswith("#boolean"):
        return term["value"] == "true"
    if datatype.endswith(("#decimal", "#double", "#float")):
        return Decimal(term["value"])
    return term["value"]


def service_items(name: str) -> set[str]:
    """The QIDs listed in the VALUES ?item block inside the query's SERVICE."""
    text = query_text(name)
    block = text[text.index("VALUES ?item {"):]
    block = block[: block.index("}")]
    return {token.removeprefix("wd:") for token in block.split() if token.startswith("wd:Q")}


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_query_runs_through_the_endpoint(local: ox.Store, server: str, path: Path) -> None:
    """The whole gallery, sent to /sparql as it is: the same answers as ``kg query`` gives."""
    text = path.read_text(encoding="utf-8")
    direct = local.query(text.replace(f"<{WDQS}>", "<http://127.0.0.1:9/sparql>"), use_default_graph_as_union=True)
    if isinstance(direct, ox.QueryTriples):
        response = httpx.post(server + "sparql", data={"query": text}, headers={"accept": "text/turtle"}, timeout=90)
        assert response.status_code == 200, response.text
        served = ox.Store()
        served.load(response.content, format=ox.RdfFormat.TURTLE)
        assert len(served) == len(set(direct))
    else:
        rows = select(server, text)
        assert rows and (len(rows) == len(list(direct)) or "SERVICE" in text)


@pytest.mark.parametrize("name", ["wikidata_labels", "wikidata_place_population", "wikidata_place_country"])
def test_federated_queries_name_wikidata_and_only_our_items(server: str, name: str) -> None:
    body = "\n".join(line for line in query_text(name).splitlines() if not line.lstrip().startswith("#"))
    assert body.count(f"SERVICE SILENT <{WDQS}>") == 1 == body.count("SERVICE")
    linked = {r["qid"] for r in select(server, """PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT DISTINCT (STRAFTER(STR(?wd), "entity/") AS ?qid) WHERE { ?e owl:sameAs ?wd }""")}
    assert service_items(name) and service_items(name) <= linked, "the SERVICE block names an item we do not link"


def test_wikidata_labels(server: str, standin: StandIn) -> None:
    rows = select(server, query_text("wikidata_labels"))
    assert rows and {r["lang"] for r in rows} == {"ar", "it"}
    assert "Q1" not in {r["qid"] for r in rows}  # in the stand-in, but not linked from our graph
    by_key = {(r["qid"], r["lang"]): r for r in rows}
    assert len(by_key) == len(rows)
    for (qid, lang), r in by_key.items():
        assert r["mentions"] >= 1
        expected = standin.label(qid, lang)
        assert r.get("wikidata_label") == (expected[0] if expected else None)
        aliases = sorted(r["wikidata_aliases"].split("; ")) if r.get("wikidata_aliases") else []
        assert aliases == sorted(standin.label(qid, lang, SKOS_ALT))
        if "our_label" in r and "wikidata_label" in r:
            assert r["same_label"] is (r["our_label"] == r["wikidata_label"])
    assert by_key[("Q21096224", "ar")]["wikidata_label"] == "قوات سوريا الديمقراطية"
    assert by_key[("Q2429253", "it")]["wikidata_label"] == "Stato Islamico"
    assert by_key[("Q2429253", "ar")]["wikidata_aliases"] == "داعش"
    assert by_key[("Q12223", "ar")]["same_label"] is False  # ours "الأكراد", the stand-in's "أكراد"


def test_wikidata_place_population(server: str, standin: StandIn) -> None:
    rows = select(server, query_text("wikidata_place_population"))
    assert rows and len(rows) == len({r["place"] for r in rows})
    counts = [r["events"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    for r in rows:
        qid = r["qid"]
        populations = [int(p) for p in standin.literal(qid, "P1082")]
        assert r.get("population") == (max(populations) if populations else None)
        points = standin.literal(qid, "P625")
        assert r.get("wikidata_coordinates") == (points[0] if points else None)
        if points:
            lon, lat = points[0].removeprefix("Point(").removesuffix(")").split()
            assert (r["wikidata_long"], r["wikidata_lat"]) == (Decimal(lon), Decimal(lat))
            if "lat" in r:
                offset = abs(r["lat"] - Decimal(lat)) + abs(r["long"] - Decimal(lon))
                assert abs(r["offset_deg"] - offset) < Decimal("1e-9")
    raqqa = next(r for r in rows if r["qid"] == "Q283368")
    assert raqqa["population"] == 177636 and raqqa["wikidata_coordinates"] == "Point(39.008 35.953)"
    assert all("population" not in r for r in rows if r["qid"] == "Q34589")  # a river has none


def test_wikidata_place_country(server: str, standin: StandIn) -> None:
    rows = select(server, query_text("wikidata_place_country"))
    assert rows and len(rows) == len({r["place"] for r in rows})
    our_country = {r["qid"]: r["country"] for r in select(server, """
        PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX kg: <https://w3id.org/kg-syria/ontology#>
        SELECT (STRAFTER(STR(?wd), "entity/") AS ?qid) (STRAFTER(STR(?cwd), "entity/") AS ?country)
        WHERE { ?p owl:sameAs ?wd ; kg:inCountry/owl:sameAs ?cwd }""")}
    for r in rows:
        countries = standin.items(r["qid"], "P17")
        names = sorted(standin.label(c, "en")[0] for c in countries)
        got = sorted(r["wikidata_countries"].split("; ")) if "wikidata_countries" in r else []
        assert got == names
        if countries and r["qid"] in our_country:
            assert r["agrees"] is (our_country[r["qid"]] in countries)
        else:
            assert "agrees" not in r
    by_qid = {r["qid"]: r for r in rows}
    assert sorted(by_qid["Q34589"]["wikidata_countries"].split("; ")) == ["Iraq", "Syria", "Turkey"]
    assert by_qid["Q283368"]["our_country"] == "Syria" and by_qid["Q283368"]["agrees"] is True
    assert by_qid["Q490"]["wikidata_countries"] == "Italy"
