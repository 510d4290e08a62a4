"""kg.wikilink without a SPARQL server: identifiers, scoring, the Wikidata query, the endpoint's errors, the
decisions file, and candidates and decisions in an in-memory store. The live tests against `oxigraph serve`
are in test_wikilink_live.py."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest

import kg.wikilink
from kg.cli.main import main
from kg.errors import EndpointError, InputError, LinkError
from kg.namespaces import ENTITIES_GRAPH, ENTITY, KG, LINKS_GRAPH, OWL, RDF, RDFS, WD, WIKIDATA_GRAPH
from kg.records import EntityKind
from kg.store.query import Table, run_query
from kg.validation import validate_store
from kg.wikilink import Candidate, Decision, Endpoint, LinkStatus, accept_link, reject_link
from kg.wikilink.candidates import candidate_query, items_per_subject, search_terms, spellings
from kg.wikilink.decision_file import read_decision_file, write_decision_file
from kg.wikilink.decisions import apply_decision_file
from kg.wikilink.endpoint import Value, select
from kg.wikilink.graph import read_decisions, write_proposals
from kg.wikilink.identifiers import entity_iri_of, normalise_qid
from kg.wikilink.records import NameMatch, SearchName, Subject, WikidataItem
from kg.wikilink.scoring import TYPES_FILE, allowed_classes, rank, score, type_table

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
PERSON = ENTITY + "person/fahd-majd"
PLACE = ENTITY + "wof/421178429"


def subject(*names: SearchName, classes: tuple[str, ...] = ("Settlement",),
            languages: tuple[str, ...] = ("en",), countries: tuple[str, ...] = ()) -> Subject:
    return Subject(PLACE, names[0].text, frozenset(classes), names, languages, frozenset(countries))


def item(qid: str, *matches: NameMatch, classes: tuple[str, ...] = ("Q532",),
         superclasses: tuple[str, ...] = (), countries: tuple[str, ...] = (),
         sitelinks: int = 0) -> WikidataItem:
    return WikidataItem(qid, frozenset(matches), (("en", matches[0].text),), frozenset(classes),
                        frozenset(superclasses), frozenset(countries), sitelinks)


TALBISEH = SearchName("Talbiseh", "en", preferred=True)
LABEL = NameMatch("Talbiseh", "en", alias=False)
ALIAS = NameMatch("Talbiseh", "en", alias=True)


# ---------------------------------------------------------------------------------------------- exports


def test_public_names() -> None:
    assert set(kg.wikilink.__all__) == {
        "DEFAULT_ENDPOINT", "DEFAULT_LIMIT", "Candidate", "Decision", "Endpoint", "LinkStatus", "Proposals",
        "accept_link", "apply_decision_file", "candidate_table", "propose_links", "reject_link"}
    assert all(hasattr(kg.wikilink, name) for name in kg.wikilink.__all__)


def test_linking_never_loads_spacy() -> None:
    code = "import sys, kg.wikilink, kg.cli.main; assert 'spacy' not in sys.modules, 'spacy was imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------------------------------- identifiers


@pytest.mark.parametrize("given", ["person/fahd-majd", "kge:person/fahd-majd", PERSON])
def test_entity_given_as_iri_or_key(given: str) -> None:
    assert entity_iri_of(given) == PERSON


@pytest.mark.parametrize("given", ["", "two words", "https://example.org/x", "<person/x>"])
def test_not_an_entity(given: str) -> None:
    with pytest.raises(LinkError, match="not an entity"):
        entity_iri_of(given)


@pytest.mark.parametrize("given", ["Q3766", "q3766", "wd:Q3766", WD + "Q3766", " Q3766 "])
def test_qid_forms(given: str) -> None:
    assert normalise_qid(given) == "Q3766"


@pytest.mark.parametrize("given", ["3766", "Q", "Q0123", "P31", "L123", "Q12x"])
def test_not_a_qid(given: str) -> None:
    with pytest.raises(LinkError, match="not a Wikidata item id"):
        normalise_qid(given)


# ---------------------------------------------------------------------------------------------- scoring


def test_type_table_covers_every_kg_class() -> None:
    table = type_table()
    assert {kind.value for kind in EntityKind} | {"AdministrativeArea"} <= set(table)
    assert all(table[name] for name in table), "a kg class with no Wikidata class at all"


def test_type_table_lists_qids_with_labels() -> None:
    raw = json.loads(TYPES_FILE.read_text(encoding="utf-8"))["classes"]
    for name, entry in raw.items():
        assert set(entry) <= {"wikidata", "includes"}, name
        qids = entry.get("wikidata", {})
        assert all(q[0] == "Q" and q[1:].isdigit() and label for q, label in qids.items()), name
        assert set(entry.get("includes", ())) <= set(raw), name


def test_includes_are_expanded() -> None:
    assert allowed_classes(["Settlement"]) < allowed_classes(["Place"])
    assert allowed_classes(["ArmedGroup"]) < allowed_classes(["Faction"]) < allowed_classes(["Organization"])
    assert {"Q5"} == allowed_classes(["Person"])
    assert {"Q486972", "Q515", "Q532", "Q3957"} <= allowed_classes(["Settlement"])
    assert {"Q17149090", "Q7278", "Q43229", "Q176799"} <= allowed_classes(["ArmedGroup"])


def test_label_beats_alias_and_as_written_beats_plain_spelling() -> None:
    accented = subject(SearchName("Ḩimş", "en", True))
    as_written = score(accented, item("Q1", NameMatch("Ḩimş", "en", False)))
    plain = score(accented, item("Q1", NameMatch("Hims", "en", False)))
    alias = score(accented, item("Q1", NameMatch("Ḩimş", "en", True)))
    assert as_written is not None and plain is not None and alias is not None
    assert as_written > plain > alias


def test_preferred_name_beats_the_entity_alias() -> None:
    place = subject(TALBISEH, SearchName("Talbisah", None, False))
    preferred = score(place, item("Q1", LABEL))
    own_alias = score(place, item("Q1", NameMatch("Talbisah", "en", False)))
    assert preferred is not None and own_alias is not None and preferred > own_alias


def test_a_misfitting_type_is_never_proposed() -> None:
    assert score(subject(TALBISEH), item("Q1", LABEL, classes=("Q11424",))) is None  # a film
    person = subject(SearchName("Bali", None, True), classes=("Person",))
    assert score(person, item("Q3340", NameMatch("Bali", "en", False), classes=("Q23442",))) is None


def test_a_class_one_subclass_step_away_fits() -> None:
    aleppo = item("Q41183", LABEL, classes=("Q1637706",), superclasses=("Q1549591",))
    assert score(subject(TALBISEH), aleppo) is not None


def test_an_untyped_item_scores_lower_than_a_fitting_one() -> None:
    fitting = score(subject(TALBISEH), item("Q1", LABEL))
    untyped = score(subject(TALBISEH), item("Q2", LABEL, classes=()))
    assert fitting is not None and untyped is not None and fitting > untyped


def test_language_of_the_article_counts() -> None:
    italian = subject(SearchName("Damasco", None, True), languages=("it",))
    in_italian = score(italian, item("Q1", NameMatch("Damasco", "it", False)))
    in_english = score(italian, item("Q1", NameMatch("Damasco", "en", False)))
    neutral = score(italian, item("Q1", NameMatch("Damasco", "mul", False)))
    assert in_italian is not None and in_english is not None
    assert in_italian == neutral and in_italian > in_english


def test_a_place_in_another_country_scores_lower() -> None:
    place = subject(TALBISEH, countries=("Q858",))
    here = score(place, item("Q1", LABEL, countries=("Q858",)))
    unknown = score(place, item("Q2", LABEL))
    abroad = score(place, item("Q3", LABEL, countries=("Q43",)))
    assert here is not None and unknown is not None and abroad is not None
    assert here > unknown > abroad


def test_scores_stay_between_0_and_1() -> None:
    best = score(subject(TALBISEH), item("Q1", LABEL, sitelinks=10_000))
    worst = score(subject(TALBISEH, languages=("it",)), item("Q1", ALIAS, classes=()))
    assert best == 1.0
    assert worst is not None and 0 < worst < 0.55


def test_rank_orders_limits_and_breaks_ties() -> None:
    items = [item("Q30", ALIAS), item("Q20", LABEL), item("Q10", LABEL),
             item("Q5", LABEL, classes=("Q11424",)), item("Q40", LABEL, sitelinks=50)]
    ranked = rank(subject(TALBISEH), items, limit=3)
    assert [c.qid for c in ranked] == ["Q40", "Q10", "Q20"]
    assert [c.rank for c in ranked] == [1, 2, 3]
    assert all(c.entity == PLACE and c.label == "Talbiseh" and c.label_lang == "en" for c in ranked)


# ---------------------------------------------------------------------------------------------- the query


def test_search_terms() -> None:
    minted = Subject(PERSON, "Abd al ‘Azīz", frozenset({"Person"}),
                     (SearchName("Abd al ‘Azīz", None, True), SearchName("IS", None, False),
                      SearchName("Abdulaziz", "de", False), SearchName("عبد العزيز", "ar", False)),
                     ("it",))
    terms = search_terms(minted)
    assert {("Abd al ‘Azīz", "it"), ("Abd al ‘Azīz", "en"), ("Abd al ‘Azīz", "mul")} <= set(terms)
    assert ("Abd al 'Aziz", "it") in terms  # without diacritics
    assert not {t for t in terms if t[0] in ("IS", "Abdulaziz", "عبد العزيز")}  # too short, other languages


def test_spellings() -> None:
    assert spellings("Jubb  Abū Şūşā") == ("Jubb Abū Şūşā", "Jubb Abu Susa")
    assert spellings("Raqqa") == ("Raqqa",)


def test_the_query_is_valid_sparql_and_escapes_names() -> None:
    tricky = subject(SearchName('Tal "Abyad"\\', "en", True), SearchName("Sha’fah", "en", True))
    query = candidate_query([tricky])
    assert '"Tal \\"Abyad\\"\\\\"@en' in query and "Sha'fah" in query
    result = ox.Store().query(query)
    assert isinstance(result, ox.QuerySolutions) and list(result) == []


def test_rows_become_items_per_subject() -> None:
    def row(name: str, lang: str, qid: str, alias: str = "false", **more: str) -> dict[str, Value]:
        values = {"name": Value(name, lang), "item": Value(WD + qid), "alias": Value(alias)}
        return values | {k: Value(WD + v if k != "sitelinks" else v) for k, v in more.items()}

    typed = {"class": "Q3957", "superclass": "Q486972", "country": "Q858"}
    rows = [row("Talbiseh", "en", "Q3458895", **typed),
            row("Talbiseh", "en", "Q3458895", **{"class": "Q3957", "sitelinks": "12"}),
            row("Talbiseh", "mul", "Q900000020", alias="true"),
            row("Damasco", "it", "Q3766"), {"name": Value("x")}]
    rows[0]["label"] = Value("Talbiseh", "en")
    found = items_per_subject([subject(TALBISEH)], rows)
    items = {i.qid: i for i in found[PLACE]}
    assert set(items) == {"Q3458895", "Q900000020"}
    talbiseh = items["Q3458895"]
    assert talbiseh.classes == {"Q3957"} and talbiseh.superclasses == {"Q486972"}
    assert talbiseh.countries == {"Q858"}
    assert talbiseh.sitelinks == 12 and talbiseh.labels == (("en", "Talbiseh"),)
    assert talbiseh.matches == {LABEL}
    assert items["Q900000020"].matches == {NameMatch("Talbiseh", "mul", True)}


# ---------------------------------------------------------------------------------------------- the endpoint


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_endpoint() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/sparql"
    with pytest.raises(EndpointError, match=f"cannot reach the SPARQL endpoint {url}"):
        select(Endpoint(url, timeout=2), "ASK {}")


def test_silent_endpoint_times_out() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()  # accepts connections (backlog) but never answers
        url = f"http://127.0.0.1:{server.getsockname()[1]}/sparql"
        with pytest.raises(EndpointError, match=rf"{url} did not answer within 0.3 s"):
            select(Endpoint(url, timeout=0.3), "ASK {}")


def test_only_http_endpoints() -> None:
    with pytest.raises(EndpointError, match="not an http"):
        select(Endpoint("file:///etc/passwd"), "ASK {}")


class _Handler(http.server.BaseHTTPRequestHandler):
    answers: ClassVar[list[tuple[int, bytes]]] = []
    seen: ClassVar[list[dict[str, str]]] = []

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        _Handler.seen.append({k.lower(): v for k, v in self.headers.items()})
        status, body = _Handler.answers.pop(0)
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def fake_endpoint() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_answers_are_parsed_and_the_client_names_itself(fake_endpoint: str) -> None:
    results = {"head": {"vars": ["x", "l"]}, "results": {"bindings": [
        {"x": {"type": "uri", "value": WD + "Q1"},
         "l": {"type": "literal", "value": "Raqqa", "xml:lang": "it"}},
        {"x": {"type": "uri", "value": WD + "Q2"}}]}}
    _Handler.answers[:] = [(200, json.dumps(results).encode())]
    rows = select(Endpoint(fake_endpoint), "SELECT * {}")
    assert rows == [{"x": Value(WD + "Q1"), "l": Value("Raqqa", "it")}, {"x": Value(WD + "Q2")}]
    assert _Handler.seen[-1]["user-agent"].startswith("kg/")
    assert _Handler.seen[-1]["accept"] == "application/sparql-results+json"


@pytest.mark.parametrize(("status", "body", "message"), [
    (500, b"Query timeout\nat ...", r"answered HTTP 500 Internal Server Error: Query timeout$"),
    (429, b"", r"answered HTTP 429"),
    (200, b"<html>not json</html>", r"did not answer with SPARQL JSON results"),
    (200, b'{"head": {}, "boolean": true}', r"did not answer with SPARQL JSON results"),
])
def test_bad_answers(fake_endpoint: str, status: int, body: bytes, message: str) -> None:
    _Handler.answers[:] = [(status, body)]
    with pytest.raises(EndpointError, match=message) as caught:
        select(Endpoint(fake_endpoint), "SELECT * {}")
    assert fake_endpoint in str(caught.value)


# ------------------------------------------------------------------------------------------ decisions file


def test_decision_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "links.tsv"
    decisions = [Decision(PLACE, "Q3458895", LinkStatus.ACCEPTED, NOW),
                 Decision(PERSON, "Q1", LinkStatus.REJECTED, NOW)]
    write_decision_file(path, decisions)
    assert path.read_text(encoding="utf-8").splitlines() == [
        "entity\tqid\tdecision\tdecided_at",
        "person/fahd-majd\tQ1\trejected\t2025-06-01T12:00:00+00:00",
        "wof/421178429\tQ3458895\taccepted\t2025-06-01T12:00:00+00:00",
    ]
    assert [d for _, d in read_decision_file(path)] == sorted(decisions, key=lambda d: d.entity)
    assert read_decision_file(tmp_path / "absent.tsv") == []


@pytest.mark.parametrize(("text", "line", "message"), [
    ("entity\tqid\n", 1, "header"),
    ("entity\tqid\tdecision\tdecided_at\nperson/x\tQ1\tmaybe\t2025-06-01T12:00:00\n", 2, "decision"),
    ("entity\tqid\tdecision\tdecided_at\nperson/x\tQ1\taccepted\tyesterday\n", 2, "decided_at"),
    ("entity\tqid\tdecision\tdecided_at\nperson/x\tP31\taccepted\t2025-06-01\n", 2, "not a Wikidata item id"),
    ("entity\tqid\tdecision\tdecided_at\n\nperson/x\tQ1\n", 3, "4 tab-separated fields"),
])
def test_decision_file_errors_say_where(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "links.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read_decision_file(path)
    assert caught.value.line == line


# ----------------------------------------------------------------------------------------- the links graph


def _entity_store(path: Path | None = None) -> ox.Store:
    store = ox.Store(str(path)) if path else ox.Store()
    g = ox.NamedNode(ENTITIES_GRAPH)
    for entity, label, cls in ((PERSON, "Fahd Majd", KG.Person), (PLACE, "Talbiseh", KG.Settlement),
                               (ENTITY + "aleppo", "Aleppo", KG.Settlement)):
        node = ox.NamedNode(entity)
        store.extend([ox.Quad(node, ox.NamedNode(RDF.type), ox.NamedNode(cls), g),
                      ox.Quad(node, ox.NamedNode(RDFS.label), ox.Literal(label), g),
                      ox.Quad(node, ox.NamedNode(KG.reviewStatus), ox.NamedNode(KG.Unreviewed), g)])
    store.add(ox.Quad(ox.NamedNode(ENTITY + "aleppo"), ox.NamedNode(OWL.sameAs), ox.NamedNode(WD + "Q41183"),
                      ox.NamedNode(WIKIDATA_GRAPH)))
    return store


def _candidate(entity: str, qid: str, value: float = 0.9, rank: int = 1) -> Candidate:
    return Candidate(entity, "x", qid, f"label of {qid}", "en", value, rank)


def _same_as(store: ox.Store, entity: str) -> set[str]:
    same_as, links = ox.NamedNode(OWL.sameAs), ox.NamedNode(LINKS_GRAPH)
    objects = (q.object for q in store.quads_for_pattern(ox.NamedNode(entity), same_as, None, links))
    return {o.value for o in objects if isinstance(o, ox.NamedNode)}


def _statuses(store: ox.Store) -> dict[str, str]:
    table = run_query(store, "SELECT ?qid ?status WHERE { ?n kg:candidate ?qid ; kg:linkStatus ?status }")
    assert isinstance(table, Table)
    return {str(qid).removeprefix(WD): str(status).removeprefix(KG) for qid, status in table.rows}


def test_proposals_replace_proposals_but_keep_decisions() -> None:
    store = _entity_store()
    write_proposals(store, [_candidate(PERSON, "Q1"), _candidate(PERSON, "Q2", 0.5, 2)], NOW)
    reject_link(store, "person/fahd-majd", "Q2", now=NOW)
    write_proposals(store, [_candidate(PERSON, "Q3")], NOW)
    assert _statuses(store) == {"Q2": "Rejected", "Q3": "Proposed"}


def test_accepting_links_the_entity_in_the_links_graph() -> None:
    store = _entity_store()
    write_proposals(store, [_candidate(PLACE, "Q3458895", 0.95), _candidate(PLACE, "Q900000020", 0.4, 2)],
                    NOW)
    decision = accept_link(store, "wof/421178429", "wd:Q3458895", now=NOW)
    assert decision == Decision(PLACE, "Q3458895", LinkStatus.ACCEPTED, NOW)
    assert _same_as(store, PLACE) == {WD + "Q3458895"}
    assert _statuses(store) == {"Q3458895": "Accepted"}  # the other proposal is gone
    node = ox.NamedNode("https://w3id.org/kg-syria/id/link/wof/421178429/Q3458895")
    quads = store.quads_for_pattern(node, None, None, None)
    kept = {q.predicate.value.removeprefix(KG): q.object for q in quads}
    assert kept["score"] == ox.Literal("0.95", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))
    assert kept["candidateLabel"] == ox.Literal("label of Q3458895", language="en")
    assert "proposedAt" in kept and "decidedAt" in kept
    assert read_decisions(store) == (decision,)


def test_rejecting_withdraws_an_acceptance() -> None:
    store = _entity_store()
    accept_link(store, PLACE, "Q3458895", now=NOW)
    reject_link(store, PLACE, "Q3458895", now=NOW)
    assert _same_as(store, PLACE) == set()
    assert _statuses(store) == {"Q3458895": "Rejected"}


def test_one_accepted_id_per_entity() -> None:
    store = _entity_store()
    accept_link(store, PLACE, "Q3458895", now=NOW)
    with pytest.raises(LinkError, match="accepted as wd:Q3458895: run 'kg link --reject wof/421178429"):
        accept_link(store, PLACE, "Q1", now=NOW)
    accept_link(store, PLACE, "Q3458895", now=NOW)  # the same again is fine


def test_curated_links_are_not_overridden() -> None:
    store = _entity_store()
    with pytest.raises(LinkError, match="already linked to wd:Q41183"):
        accept_link(store, "aleppo", "Q1", now=NOW)
    with pytest.raises(LinkError, match="cannot withdraw"):
        reject_link(store, "aleppo", "Q41183", now=NOW)
    assert _statuses(store) == {}


def test_unknown_entity() -> None:
    with pytest.raises(LinkError, match="the store has no entity person/nobody"):
        accept_link(_entity_store(), "person/nobody", "Q1")


def test_decisions_go_to_the_file_and_back_into_a_fresh_store(tmp_path: Path) -> None:
    path = tmp_path / "links.tsv"
    store = _entity_store()
    accept_link(store, PLACE, "Q3458895", decisions_file=path, now=NOW)
    reject_link(store, PERSON, "Q1", decisions_file=path, now=NOW)
    fresh = _entity_store()
    assert apply_decision_file(fresh, path) == 2
    assert apply_decision_file(fresh, path) == 0
    assert read_decisions(fresh) == read_decisions(store)
    assert _same_as(fresh, PLACE) == {WD + "Q3458895"}


def test_the_file_can_swap_an_accepted_id(tmp_path: Path) -> None:
    path = tmp_path / "links.tsv"
    store = _entity_store()
    accept_link(store, PLACE, "Q9", now=NOW)
    write_decision_file(path, [Decision(PLACE, "Q10", LinkStatus.ACCEPTED, NOW),
                               Decision(PLACE, "Q9", LinkStatus.REJECTED, NOW)])
    assert apply_decision_file(store, path) == 2
    assert _same_as(store, PLACE) == {WD + "Q10"}


def test_a_conflicting_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "links.tsv"
    write_decision_file(path, [Decision(ENTITY + "aleppo", "Q1", LinkStatus.ACCEPTED, NOW)])
    with pytest.raises(LinkError, match=re.escape(f"{path}:2: aleppo is already linked")):
        apply_decision_file(_entity_store(), path)


def _links_only(store: ox.Store) -> ox.Store:
    links = ox.Store()
    links.extend(store.quads_for_pattern(None, None, None, ox.NamedNode(LINKS_GRAPH)))
    return links


def test_the_links_graph_conforms_to_the_shapes() -> None:
    store = _entity_store()
    write_proposals(store, [_candidate(PERSON, "Q1"), _candidate(PERSON, "Q2", 0.5, 2)], NOW)
    accept_link(store, PERSON, "Q1", now=NOW)
    reject_link(store, PLACE, "Q5", now=NOW)  # a decision on an item never proposed: no score
    report = validate_store(_links_only(store))
    assert report.conforms, report.violations


def test_the_shapes_catch_a_broken_candidate() -> None:
    store = _entity_store()
    write_proposals(store, [_candidate(PERSON, "Q1", value=1.0)], NOW)
    links = _links_only(store)
    node = next(iter(links.quads_for_pattern(None, ox.NamedNode(KG.linkStatus), None, None))).subject
    links.update(f"""DELETE WHERE {{ GRAPH ?g {{ {node} <{KG.score}> ?s ; <{KG.linkStatus}> ?t }} }} ;
        INSERT DATA {{ GRAPH <{LINKS_GRAPH}> {{ {node} <{KG.linkStatus}> <{KG.Accepted}> }} }}""")
    messages = {v.message for v in validate_store(links).violations}
    assert any("kg:decidedAt" in m for m in messages), messages


# ---------------------------------------------------------------------------------------------- CLI errors


def test_cli_without_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["link", "--store", str(tmp_path / "none")]) == 2
    assert "kg link: error: no store at" in capsys.readouterr().err


def test_cli_network_error_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _entity_store(tmp_path / "store")  # on disk, and closed again at once
    url = f"http://127.0.0.1:{_closed_port()}/sparql"
    code = main(["link", "--store", str(tmp_path / "store"), "--endpoint", url, "--decisions",
                 str(tmp_path / "links.tsv"), "--timeout", "2"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"kg link: error: cannot reach the SPARQL endpoint {url}")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_cli_rejects_a_bad_qid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ox.Store(str(tmp_path / "store"))
    code = main(["link", "--store", str(tmp_path / "store"), "--accept", "person/x", "P31",
                 "--decisions", str(tmp_path / "links.tsv")])
    assert code == 2
    assert "kg link: error: 'P31' is not a Wikidata item id" in capsys.readouterr().err
    assert not (tmp_path / "links.tsv").exists()


def test_cli_limit_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["link", "--limit", "0"])
    assert "must be at least 1" in capsys.readouterr().err
