"""The query gallery in queries/: every query runs on the seed graph and answers the question its header asks.

The seed store is built once per session (``kg.build.build``, about 10 s). Expectations test each query's
logic against independent queries or the article texts, not today's extractor output, which is being tuned.
Queries run as ``kg query`` runs them (union default graph) but without predeclared prefixes, so a query that
forgets a PREFIX fails here. The federated queries run against a Wikidata stand-in in test_queries_federated.py;
here their endpoint is made unreachable, and (being SERVICE SILENT) they must still list our side of the join.
"""

from __future__ import annotations

import gc
import json
import re
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.build import build

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries"
SEEDS = ROOT / "seeds"
WDQS = "https://query.wikidata.org/sparql"
UNREACHABLE = "http://127.0.0.1:9/sparql"

KG = "https://w3id.org/kg-syria/ontology#"
KGE = "https://w3id.org/kg-syria/id/entity/"
ACLED = "https://w3id.org/kg-syria/acled/"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"
PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX kge: <{KGE}>
PREFIX acled: <{ACLED}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
INTEGERS = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long")}

# Queries whose expected results are tested elsewhere (by the feature that reads them).
TESTED_ELSEWHERE = {
    "map_events": "tests/serve/test_serve_map.py",
    "timeline_events": "tests/serve/test_serve_map.py",
}
FEDERATED = {"wikidata_labels", "wikidata_place_population", "wikidata_place_country"}

_built: dict[Path, Path] = {}


def build_seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles built into a store once per session (shared with the federated tests)."""
    base = tmp_path_factory.getbasetemp()
    if base not in _built:
        store_dir = base / "seed-store"
        summary = build([SEEDS], store_dir)
        assert not summary.problems, summary.problems
        gc.collect()  # the build's read-write store must be closed before anyone opens it read-only
        _built[base] = store_dir
    return _built[base]


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> ox.Store:
    return ox.Store.read_only(str(build_seed_store(tmp_path_factory)))


# ---- helpers ----------------------------------------------------------------------------------------------


def query_text(name: str) -> str:
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def with_parameter(text: str, old: str, new: str) -> str:
    """``text`` with its parameter line edited as a researcher would: ``old`` replaced once by ``new``."""
    assert text.count(old) == 1, f"the parameter {old!r} is not in the query exactly once"
    return text.replace(old, new)


def py(term: Any) -> Any:
    """A result term as a Python value: int, bool, Decimal, or the lexical form / IRI as a string."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if datatype in INTEGERS:
            return int(term.value)
        if datatype == XSD + "boolean":
            return term.value == "true"
        if datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
            return Decimal(term.value)
    return term.value


def select(store: ox.Store, text: str) -> list[dict[str, Any]]:
    result = store.query(text, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{name: py(solution[name]) for name in names} for solution in result]


def columns(store: ox.Store, text: str) -> list[str]:
    result = store.query(text, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return [v.value for v in result.variables]


def ask(store: ox.Store, where: str) -> bool:
    return bool(store.query(f"{PREFIXES} ASK {{ {where} }}", use_default_graph_as_union=True))


def values(store: ox.Store, select_where: str) -> list[dict[str, Any]]:
    return select(store, PREFIXES + select_where)


def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}


def event_count(store: ox.Store, where: str = "") -> int:
    return values(store, f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a kg:Event . {where} }}")[0]["n"]


def assert_dated_first_ascending(rows: list[dict[str, Any]]) -> None:
    dates = [r["date"] for r in rows]
    dated = [d for d in dates if d is not None]
    assert dates[: len(dated)] == dated, "undated rows must come after the dated ones"
    assert dated == sorted(dated)


def header(path: Path) -> dict[str, str]:
    fields = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = re.match(r"#\s*(title|description|parameters)\s*:\s*(.*)$", line)
        if match:
            fields[match.group(1)] = match.group(2).strip()
    return fields


ALL_QUERIES = sorted(QUERIES.glob("*.rq"))


# ---- every query --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_QUERIES, ids=lambda p: p.stem)
def test_every_query_has_the_three_header_lines(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# title: ") and len(lines[0]) > len("# title: ")
    fields = header(path)
    assert set(fields) == {"title", "description", "parameters"} and all(fields.values()), fields
    if fields["parameters"].lower() != "none":  # each parameter is marked where a researcher edits it
        assert "# parameter: " in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ALL_QUERIES, ids=lambda p: p.stem)
def test_every_query_parses_and_runs(store: ox.Store, path: Path) -> None:
    from rdflib.plugins.sparql import prepareQuery

    text = path.read_text(encoding="utf-8")
    prepareQuery(text)  # a second, independent SPARQL 1.1 parser
    if "SERVICE" in text:  # no network here: Wikidata answers nothing, our side must still run
        assert f"SERVICE SILENT <{WDQS}>" in text, "federated queries name the endpoint as a full IRI"
        text = text.replace(f"<{WDQS}>", f"<{UNREACHABLE}>")
    result = store.query(text, use_default_graph_as_union=True)  # no predeclared prefixes
    if isinstance(result, ox.QuerySolutions):
        assert result.variables
        list(result)
    elif isinstance(result, ox.QueryTriples):
        assert list(result)


def test_every_query_has_a_test() -> None:
    tested = {name[len("test_"):] for name in globals() if name.startswith("test_")}
    for path in ALL_QUERIES:
        name = path.stem
        if name in TESTED_ELSEWHERE:
            assert name in (ROOT / TESTED_ELSEWHERE[name]).read_text(encoding="utf-8")
        elif name in FEDERATED:
            assert name in (ROOT / "tests" / "test_queries_federated.py").read_text(encoding="utf-8")
        else:
            assert name in tested, f"queries/{name}.rq has no test_{name} here"


@pytest.mark.parametrize("name", sorted(FEDERATED))
def test_federated_queries_keep_our_side_without_wikidata(store: ox.Store, name: str) -> None:
    text = query_text(name).replace(f"<{WDQS}>", f"<{UNREACHABLE}>")
    rows = select(store, text)
    assert rows and all(r["qid"] and re.fullmatch(r"Q\d+", r["qid"]) for r in rows)


# ---- the CLI's tables and the UI's examples -----------------------------------------------------------------


def test_entities(store: ox.Store) -> None:
    text = query_text("entities")
    assert columns(store, text) == ["article", "entity", "label", "type", "wikidata", "mentions"]
    rows = select(store, text)
    assert rows and all(r["mentions"] >= 1 for r in rows)
    assert all(r["wikidata"] is None or re.fullmatch(r"Q\d+", r["wikidata"]) for r in rows)
    per_article = Counter()
    for r in rows:
        per_article[r["article"]] += r["mentions"]
    expected = values(store, """SELECT ?id (COUNT(DISTINCT ?m) AS ?n) WHERE {
        ?m a kg:Mention ; itsrdf:taIdentRef ?e ; nif:referenceContext/dcterms:identifier ?id } GROUP BY ?id""")
    assert per_article == {r["id"]: r["n"] for r in expected}


def test_events(store: ox.Store) -> None:
    text = query_text("events")
    assert columns(store, text) == [
        "article", "event", "event_type", "sub_event_type", "date", "date_precision", "place", "place_label",
        "place_wikidata", "actor1", "actor1_wikidata", "actor2", "actor2_wikidata", "operation", "modality",
        "source", "fatalities", "quote", "start", "end", "confidence", "governorate",
    ]
    rows = select(store, text)
    assert len(rows) == len({r["event"] for r in rows}) == event_count(store)
    articles = texts()
    assert all(articles[r["article"]][r["start"]:r["end"]] == r["quote"] for r in rows)


def test_entities_with_wikidata(store: ox.Store) -> None:
    text = query_text("entities_with_wikidata")
    everything = select(store, text)
    linked = select(store, with_parameter(text, "VALUES ?linked { UNDEF }", "VALUES ?linked { true }"))
    unlinked = select(store, with_parameter(text, "VALUES ?linked { UNDEF }", "VALUES ?linked { false }"))
    assert linked and unlinked and len(linked) + len(unlinked) == len(everything)
    assert all(r["wikidata"] == WD + r["qid"] and re.fullmatch(r"Q\d+", r["qid"]) for r in linked)
    assert all(r["wikidata"] is None and r["qid"] is None for r in unlinked)
    assert {r["review_status"] for r in everything} <= {"reviewed", "unreviewed"}
    assert all(r["mentions"] >= 0 for r in everything)
    labels = [r["label"] for r in everything]
    assert labels == sorted(labels, key=lambda label: (label is not None, label))


def test_events_by_date(store: ox.Store) -> None:
    text = query_text("events_by_date")
    rows = select(store, text)
    assert len(rows) == len({r["event"] for r in rows}) == event_count(store)
    dates = [r["date"] for r in rows]
    dated = [d for d in dates if d is not None]
    assert dated and dates[: len(dated)] == dated and dated == sorted(dated, reverse=True)
    assert {r["date_precision"] for r in rows if r["date"]} <= {"day", "week", "month", "year"}

    period = with_parameter(text, "VALUES (?from ?to) { (UNDEF UNDEF) }",
                            'VALUES (?from ?to) { ("2017-06-01"^^xsd:date "2017-06-30"^^xsd:date) }')
    june = select(store, period)
    assert june and all("2017-06-01" <= r["date"] <= "2017-06-30" for r in june)
    assert len(june) == event_count(
        store, '?e kg:date ?d FILTER(?d >= "2017-06-01"^^xsd:date && ?d <= "2017-06-30"^^xsd:date)')


# ---- research questions ---------------------------------------------------------------------------------


def test_events_by_faction_month(store: ox.Store) -> None:
    text = query_text("events_by_faction_month")
    rows = select(store, text)
    assert rows
    for r in rows:
        assert r["events"] >= 1 and r["role"] in {"initiator", "target", "associated"}
        assert re.fullmatch(r"\d{4}(-\d{2})?|undated", r["month"]), r["month"]
    for faction in {r["faction"] for r in rows}:
        assert ask(store, f"<{faction}> a/rdfs:subClassOf* ?c VALUES ?c {{ kg:Faction kg:State }}")

    sdf = select(store, with_parameter(text, "VALUES ?faction { UNDEF }", "VALUES ?faction { kge:sdf }"))
    assert sdf and {r["faction"] for r in sdf} == {KGE + "sdf"}
    for role, prop in (("initiator", "kg:initiator"), ("target", "kg:target")):
        counted = sum(r["events"] for r in sdf if r["role"] == role)  # each event has one type and one month
        assert counted == event_count(store, f"?e {prop} kge:sdf ; kg:eventType ?t")
    assert [r for r in rows if r["faction"] == KGE + "sdf"] == sdf


def test_clashes_between_factions(store: ox.Store) -> None:
    text = query_text("clashes_between_factions")
    rows = select(store, text)
    assert rows and len(rows) == len({r["event"] for r in rows})
    labels = {"Syrian Democratic Forces", "Islamic State"}
    for r in rows:
        assert r["event_type"] == "Battles" and {r["initiator"], r["target"]} == labels
        e = f"<{r['event']}>"
        assert ask(store, f"{e} kg:eventType acled:battles")
        assert ask(store, f"{{ {e} kg:initiator kge:sdf ; kg:target kge:isis }} UNION "
                          f"{{ {e} kg:initiator kge:isis ; kg:target kge:sdf }}")
    assert_dated_first_ascending(rows)
    swapped = with_parameter(text, "(kge:sdf kge:isis)", "(kge:isis kge:sdf)")
    assert {r["event"] for r in select(store, swapped)} == {r["event"] for r in rows}


def _events_in_governorate(store: ox.Store, governorate: str) -> set[str]:
    """Independently: events with a place that is the governorate or lies in it (a chain of containment)."""
    up: dict[str, set[str]] = defaultdict(set)
    for edge in values(store, "SELECT ?s ?o WHERE { ?s kg:inGovernorate|kg:locatedIn ?o }"):
        up[edge["s"]].add(edge["o"])

    def inside(place: str, seen: frozenset[str] = frozenset()) -> bool:
        return place == KGE + governorate or any(inside(o, seen | {place}) for o in up[place] - seen)

    pairs = values(store, "SELECT ?e ?p WHERE { ?e a kg:Event ; kg:place ?p }")
    return {pair["e"] for pair in pairs if inside(pair["p"])}


def test_events_in_governorate(store: ox.Store) -> None:
    text = query_text("events_in_governorate")
    rows = select(store, text)
    assert rows and len(rows) == len({r["event"] for r in rows})
    assert {r["event"] for r in rows} == _events_in_governorate(store, "deir-ez-zor-governorate")
    assert_dated_first_ascending(rows)
    assert all(r["quote"] and r["modality"] in {"asserted", "claimed", "unverified", "denied", "expected"}
               for r in rows)
    raqqa = select(store, with_parameter(text, "{ kge:deir-ez-zor-governorate }", "{ kge:raqqa-governorate }"))
    assert {r["event"] for r in raqqa} == _events_in_governorate(store, "raqqa-governorate")


def test_operation_timeline(store: ox.Store) -> None:
    text = query_text("operation_timeline")
    rows = select(store, text)
    assert rows and len(rows) == len({r["event"] for r in rows})
    expected = values(store, "SELECT DISTINCT ?e WHERE { ?e a kg:Event ; kg:partOfOperation kge:jazeera-storm }")
    assert {r["event"] for r in rows} == {r["e"] for r in expected}
    assert_dated_first_ascending(rows)
    assert all(re.fullmatch(r"\d{3}_[0-9a-f]{16}", r["article"]) for r in rows)


def _contested(store: ox.Store, event: str) -> bool:
    """Independently of the query: a denial in the same article sharing a place or an actor (or the source)."""
    doc = values(store, f"SELECT ?doc WHERE {{ <{event}> prov:wasDerivedFrom ?doc }}")[0]["doc"]
    facts = values(store, f"""SELECT ?p ?o WHERE {{ <{event}> ?p ?o .
        VALUES ?p {{ kg:place kg:initiator kg:target kg:associatedActor kg:claimedBy }} }}""")
    places = {f["o"] for f in facts if f["p"] == KG + "place"}
    actors = {f["o"] for f in facts if f["p"] != KG + "place"}
    denials = values(store, f"""SELECT ?d ?p ?o WHERE {{
        ?d prov:wasDerivedFrom <{doc}> . {{ ?d kg:subEventType acled:denial }} UNION {{ ?d kg:modality kg:Denied }}
        FILTER(?d != <{event}>) ?d ?p ?o . VALUES ?p {{ kg:place kg:initiator kg:target kg:associatedActor }} }}""")
    return any((d["p"] == KG + "place" and d["o"] in places) or (d["p"] != KG + "place" and d["o"] in actors)
               for d in denials)


def test_claims_contested(store: ox.Store) -> None:
    rows = select(store, query_text("claims_contested"))
    assert rows and len(rows) == len({r["event"] for r in rows})
    for r in rows:
        e = f"<{r['event']}>"
        assert ask(store, f"{{ {e} kg:claimedBy ?source }} UNION {{ {e} kg:modality kg:Claimed }}")
        assert r["contested"] is _contested(store, r["event"]), r["event"]
        assert bool(r["denial"]) is r["contested"]
    assert [r["contested"] for r in rows] == sorted((r["contested"] for r in rows), reverse=True)
    claimed_or_sourced = values(store, """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
        { ?e a kg:Event ; kg:claimedBy ?s } UNION { ?e a kg:Event ; kg:modality kg:Claimed } }""")
    assert len(rows) == claimed_or_sourced[0]["n"]
    by_sdf = select(store, with_parameter(query_text("claims_contested"), "VALUES ?onlySource { UNDEF }",
                                          "VALUES ?onlySource { kge:sdf }"))
    assert {r["event"] for r in by_sdf} == {
        r["e"] for r in values(store, "SELECT ?e WHERE { ?e a kg:Event ; kg:claimedBy kge:sdf }")}
    assert all(r["claimed_by"] == "Syrian Democratic Forces" for r in by_sdf)


CLAIMS_FIXTURE = """
@prefix kg: <https://w3id.org/kg-syria/ontology#> .
@prefix acled: <https://w3id.org/kg-syria/acled/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix : <urn:x:> .
acled:battles skos:prefLabel "Battles"@en .
acled:statements skos:prefLabel "Statements"@en .
:doc1 dcterms:identifier "doc1" .  :doc2 dcterms:identifier "doc2" .
:s nif:anchorOf "a sentence" .
:b rdfs:label "Faction B"@en .
:placeClaim a kg:Event ; kg:eventType acled:battles ; kg:modality kg:Claimed ; kg:claimedBy :a ;
    kg:place :town ; kg:evidence :s ; prov:wasDerivedFrom :doc1 .
:sourceClaim a kg:Event ; kg:eventType acled:battles ; kg:modality kg:Claimed ; kg:claimedBy :c ;
    kg:place :village ; kg:initiator :x ; kg:evidence :s ; prov:wasDerivedFrom :doc1 .
:otherPlace a kg:Event ; kg:eventType acled:battles ; kg:modality kg:Claimed ; kg:claimedBy :e ;
    kg:place :city ; kg:evidence :s ; prov:wasDerivedFrom :doc1 .
:otherArticle a kg:Event ; kg:eventType acled:battles ; kg:modality kg:Claimed ; kg:claimedBy :a ;
    kg:place :town ; kg:evidence :s ; prov:wasDerivedFrom :doc2 .
:denial a kg:Event ; kg:eventType acled:statements ; kg:subEventType acled:denial ; kg:modality kg:Asserted ;
    kg:initiator :b ; kg:place :town ; kg:evidence :s ; prov:wasDerivedFrom :doc1 .
:denied a kg:Event ; kg:eventType acled:battles ; kg:modality kg:Denied ; kg:initiator :d ; kg:target :c ;
    kg:place :elsewhere ; kg:evidence :s ; prov:wasDerivedFrom :doc1 .
"""


def test_claims_contested_logic_on_a_small_graph() -> None:
    store = ox.Store()
    store.load(CLAIMS_FIXTURE.encode(), format=ox.RdfFormat.TURTLE)
    rows = {r["event"].removeprefix("urn:x:"): r for r in select(store, query_text("claims_contested"))}
    assert set(rows) == {"placeClaim", "sourceClaim", "otherPlace", "otherArticle"}
    assert rows["placeClaim"]["contested"] and rows["placeClaim"]["contested_by"] == "Faction B"
    assert rows["sourceClaim"]["contested"] and rows["sourceClaim"]["contested_by"] == "urn:x:d"
    assert not rows["otherPlace"]["contested"] and not rows["otherArticle"]["contested"]


def test_evidence_for_fact(store: ox.Store) -> None:
    text = query_text("evidence_for_fact")
    rows = select(store, text)
    assert rows
    articles = texts()
    for r in rows:
        article = articles[r["article"]]
        assert article[r["start"]:r["end"]] == r["quote"]
        assert r["trigger"] is not None and article[r["trigger_start"]:r["trigger_end"]] == r["trigger"]
        assert r["start"] <= r["trigger_start"] < r["trigger_end"] <= r["end"]
        if r["role_quote"] is not None:
            assert article[r["role_start"]:r["role_end"]] == r["role_quote"]
        assert r["role"] in {"initiator", "target", "associatedactor"}
        assert r["event_type"] == "Explosions/Remote violence"
        assert ask(store, f"<{r['event']}> kg:hasRole [ kg:roleFiller kge:isis ]")
    any_type = select(store, with_parameter(text, "VALUES ?eventType { acled:explosions-remote-violence }",
                                            "VALUES ?eventType { UNDEF }"))
    assert {r["event"] for r in rows} < {r["event"] for r in any_type}
    assert len({r["event"] for r in any_type}) == event_count(store, "?e kg:hasRole [ kg:roleFiller kge:isis ]")


def test_places_by_airstrikes(store: ox.Store) -> None:
    text = query_text("places_by_airstrikes")
    for sub_event in ("air-drone-strike", "shelling-artillery-missile-attack"):
        rows = select(store, with_parameter(text, "{ acled:air-drone-strike }", f"{{ acled:{sub_event} }}"))
        assert rows and all(isinstance(r["airstrikes"], int) and r["airstrikes"] >= 1 for r in rows)
        counts = [r["airstrikes"] for r in rows]
        assert counts == sorted(counts, reverse=True)
        pairs = values(store, f"""SELECT ?p (COUNT(DISTINCT ?e) AS ?n) WHERE {{
            ?e a kg:Event ; kg:subEventType acled:{sub_event} ; kg:place ?p }} GROUP BY ?p""")
        assert {r["place"]: r["airstrikes"] for r in rows} == {p["p"]: p["n"] for p in pairs}
        assert all(r["first_date"] is None or r["first_date"] <= r["last_date"] for r in rows)


def test_co_mentioned_entities(store: ox.Store) -> None:
    rows = select(store, query_text("co_mentioned_entities"))
    assert rows and KGE + "sdf" not in {r["entity"] for r in rows}
    counts = [r["sentences"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    sentences: dict[str, set[str]] = defaultdict(set)
    for m in values(store, "SELECT ?e ?s WHERE { ?m a kg:Mention ; itsrdf:taIdentRef ?e ; nif:sentence ?s }"):
        sentences[m["e"]].add(m["s"])
    for r in rows:
        assert 1 <= r["articles"] <= r["sentences"] == len(sentences[r["entity"]] & sentences[KGE + "sdf"])
    assert {r["entity"] for r in rows} == {e for e in sentences if e != KGE + "sdf"
                                          and sentences[e] & sentences[KGE + "sdf"]}


def test_unlinked_entities(store: ox.Store) -> None:
    rows = select(store, query_text("unlinked_entities"))
    assert rows
    for r in rows:
        entity = f"<{r['entity']}>"
        assert ask(store, f"{entity} kg:reviewStatus kg:Unreviewed")
        assert not ask(store, f'{entity} owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "{WD}"))')
        assert r["review_status"] == "unreviewed" and r["mentions"] >= 0
    expected = values(store, f"""SELECT ?e WHERE {{ ?e kg:reviewStatus kg:Unreviewed
        FILTER NOT EXISTS {{ ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "{WD}")) }} }}""")
    assert {r["entity"] for r in rows} == {e["e"] for e in expected}
    counts = [r["mentions"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_acled_export(store: ox.Store) -> None:
    result = store.query(query_text("acled_export"), use_default_graph_as_union=True)
    assert isinstance(result, ox.QueryTriples)
    turtle = ox.serialize(list(result), format=ox.RdfFormat.TURTLE)
    graph = ox.Store()
    graph.load(turtle, format=ox.RdfFormat.TURTLE)  # the export parses as Turtle
    rows = select(graph, PREFIXES + """SELECT ?e (COUNT(DISTINCT ?t) AS ?types) (SAMPLE(?label) AS ?type_label)
        (COUNT(DISTINCT ?quote) AS ?notes) WHERE {
        ?e a kg:Event . OPTIONAL { ?e kg:eventType ?t OPTIONAL { ?t skos:prefLabel ?label } }
        OPTIONAL { ?e kg:evidence/nif:anchorOf ?quote } } GROUP BY ?e""")
    assert len(rows) == event_count(store)
    assert all(r["types"] == 1 and r["type_label"] and r["notes"] == 1 for r in rows)
    assert not ask(graph, "?place wgs84:lat ?lat FILTER NOT EXISTS { ?place wgs84:long ?long }")
    assert not ask(graph, '?s rdfs:label|skos:prefLabel ?l FILTER(LANG(?l) != "" && !LANGMATCHES(LANG(?l), "en"))')
    assert ask(graph, "?e kg:place ?p . ?p rdfs:label ?l ; kg:inGovernorate ?g . ?g rdfs:label ?gl")


def test_event_types_summary(store: ox.Store) -> None:
    text = query_text("event_types_summary")
    rows = select(store, text)
    concepts = values(store, "SELECT ?c WHERE { ?c skos:inScheme acled:scheme ; skos:broader ?t }")
    assert len(rows) == len(concepts) == len({r["notation"] for r in rows})
    assert all(isinstance(r["events"], int) and r["events"] >= 0 for r in rows)
    assert sum(r["events"] for r in rows) == event_count(store, "?e kg:subEventType ?s")
    for event_type in {r["event_type"] for r in rows}:
        counts = [r["events"] for r in rows if r["event_type"] == event_type]
        assert counts == sorted(counts, reverse=True)
    italian = select(store, with_parameter(text, 'BIND("en" AS ?lang)', 'BIND("it" AS ?lang)'))
    assert sorted((r["notation"], r["events"]) for r in italian) == sorted((r["notation"], r["events"]) for r in rows)
    top = values(store, "SELECT ?l WHERE { ?c skos:topConceptOf acled:scheme ; skos:prefLabel ?l "
                        'FILTER(LANG(?l) = "it") }')
    assert {r["event_type"] for r in italian} <= {t["l"] for t in top}


def test_articles_overview(store: ox.Store) -> None:
    rows = select(store, query_text("articles_overview"))
    sidecars = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.json")}
    assert [r["article"] for r in rows] == sorted(sidecars)
    for r in rows:
        meta = sidecars[r["article"]]
        assert (r["headline"], r["outlet"], r["language"]) == (meta["title"], meta["source"], meta["lang"])
        assert (r["published"], r["url"]) == (meta["published"], meta["url"])
        assert all(isinstance(r[k], int) for k in ("sentences", "mentions", "entities", "events"))
        assert r["sentences"] >= 1 and r["mentions"] >= r["entities"]
        assert r["events"] == event_count(store, f'?e prov:wasDerivedFrom/dcterms:identifier "{r["article"]}"')


def test_who_fights_whom(store: ox.Store) -> None:
    rows = select(store, query_text("who_fights_whom"))
    assert rows and all(r["initiator"] != r["target"] and r["events"] >= 1 for r in rows)
    counts = [r["events"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    pairs = values(store, """SELECT ?a ?b (COUNT(DISTINCT ?e) AS ?n) WHERE {
        VALUES ?t { acled:battles acled:explosions-remote-violence acled:violence-against-civilians }
        ?e a kg:Event ; kg:eventType ?t ; kg:initiator ?a ; kg:target ?b FILTER(?a != ?b) } GROUP BY ?a ?b""")
    assert {(r["initiator"], r["target"]): r["events"] for r in rows} == {(p["a"], p["b"]): p["n"] for p in pairs}
    assert {t for r in rows for t in r["event_types"].split("; ")} <= {
        "Battles", "Explosions/Remote violence", "Violence against civilians"}


def test_statements_by_actor(store: ox.Store) -> None:
    text = query_text("statements_by_actor")
    rows = select(store, text)
    assert len(rows) == len({r["event"] for r in rows}) == event_count(store, "?e kg:eventType acled:statements")
    sub_types = values(store, "SELECT ?l WHERE { ?s skos:broader acled:statements ; skos:prefLabel ?l "
                              'FILTER(LANGMATCHES(LANG(?l), "en")) }')
    assert {r["statement"] for r in rows} <= {s["l"] for s in sub_types}
    assert_dated_first_ascending(rows)
    denials = select(store, with_parameter(text, "VALUES ?subEventType { UNDEF }",
                                           "VALUES ?subEventType { acled:denial }"))
    assert {r["statement"] for r in denials} <= {"Denial"}
    assert len(denials) == event_count(store, "?e kg:subEventType acled:denial")


def test_entity_mentions(store: ox.Store) -> None:
    text = query_text("entity_mentions")
    articles = texts()
    for entity in ("isis", "raqqa"):
        rows = select(store, with_parameter(text, "VALUES ?entity { kge:isis }", f"VALUES ?entity {{ kge:{entity} }}"))
        assert rows and len(rows) == values(store, f"""SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{
            ?m a kg:Mention ; itsrdf:taIdentRef kge:{entity} }}""")[0]["n"]
        assert [(r["article"], r["start"]) for r in rows] == sorted((r["article"], r["start"]) for r in rows)
        for r in rows:
            article = articles[r["article"]]
            assert article[r["start"]:r["end"]] == r["surface"]
            if r["sentence"] is not None:
                assert article[r["sentence_start"]:r["sentence_end"]] == r["sentence"]
                assert r["sentence_start"] <= r["start"] < r["end"] <= r["sentence_end"]


def test_events_per_governorate(store: ox.Store) -> None:
    rows = select(store, query_text("events_per_governorate"))
    assert rows
    counts = [r["events"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    in_governorate = query_text("events_in_governorate")
    for r in rows:
        assert ask(store, f"<{r['governorate']}> a kg:Governorate")
        key = r["governorate"].removeprefix(KGE)
        events = select(store, with_parameter(in_governorate, "{ kge:deir-ez-zor-governorate }", f"{{ kge:{key} }}"))
        assert r["events"] == len(events) == len(_events_in_governorate(store, key))
        dates = sorted(e["date"] for e in events if e["date"])
        assert (r["first_date"], r["last_date"]) == ((dates[0], dates[-1]) if dates else (None, None))
