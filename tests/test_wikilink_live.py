"""``kg link`` against a real SPARQL server: `oxigraph serve` loaded with tests/data/wikidata_link_standin.ttl
stands in for the Wikidata Query Service. A small store is written with pyoxigraph (no NLP): minted people,
an organisation and settlements in English, Italian and Arabic articles, a gazetteer village without a
Wikidata id and a curated armed group without one. The last tests build the seed articles (slow)."""

from __future__ import annotations

import gc
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.cli.main import main
from kg.namespaces import (
    ARTICLE,
    ENTITIES_GRAPH,
    ENTITY,
    GRAPH,
    ITSRDF,
    KG,
    LINKS_GRAPH,
    NIF,
    OWL,
    PLACES_GRAPH,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    WIKIDATA_GRAPH,
    article_graph,
)
from kg.store.query import Table, run_query
from kg.validation import validate_store
from kg.wikilink import Endpoint, LinkStatus, Proposals, accept_link, propose_links, reject_link
from kg.wikilink.graph import read_decisions

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
STANDIN = ROOT / "tests" / "data" / "wikidata_link_standin.ttl"
SEEDS = ROOT / "seeds"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"

# entity key → the Wikidata item the stand-in must rank first
RIGHT_FIRST = {
    "person/bashar-al-assad": "Q44329",  # label, English article
    "person/assad": "Q44329",  # alias only; the family name "al-Assad" is dropped
    "organization/nato": "Q7184",  # alias; the album "NATO" is dropped
    "settlement/damasco": "Q3766",  # Italian label in an Italian article; the film is dropped
    "settlement/حلب": "Q41183",  # Arabic label in an Arabic article; fits through wdt:P279
    "wof/421178429": "Q3458895",  # gazetteer village: the namesakes rank lower
    "islamic-state": "Q2429253",  # curated, no article; the book is dropped
}
NOTHING_FOR = ("person/fahd-majd", "person/bali")  # no item, or only the island Bali (wrong type)
WRONG_TYPE_DECOYS = {"Q900000001", "Q900000002", "Q900000003", "Q900000011", "Q900000030", "Q3340"}


# ---------------------------------------------------------------------------------------------- fixtures


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(url: str, server: subprocess.Popen[bytes], seconds: float = 20.0) -> None:
    """Wait until ``server`` answers with the stand-in loaded (and not some other server on the port)."""
    decoy = WD + "Q900000001"
    ask = url + "?" + urllib.parse.urlencode({"query": f"ASK {{ <{decoy}> ?p ?o }}"})
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"oxigraph serve exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            with urllib.request.urlopen(ask, timeout=1) as response:
                if json.load(response).get("boolean") is True and server.poll() is None:
                    return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"oxigraph serve did not answer at {url} within {seconds:g} s")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    """`oxigraph serve` with the stand-in loaded, for the whole module; stopped at teardown."""
    if not OXIGRAPH.is_file():
        pytest.skip("the oxigraph CLI is not installed (pip install oxigraph)")
    location = tmp_path_factory.mktemp("wikidata-standin")
    subprocess.run([str(OXIGRAPH), "load", "--location", str(location), "--file", str(STANDIN)],
                   check=True, capture_output=True)
    port = _free_port()
    command = [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}/query"
        _wait_until_up(url, server)
        yield Endpoint(url, timeout=10)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _node(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _entity(key: str, label: str, cls: str, graph: str, *, lang: str | None = None,
            status: str = KG.Unreviewed) -> list[ox.Quad]:
    node, g = _node(ENTITY + key), _node(graph)
    return [ox.Quad(node, _node(RDF.type), _node(KG[cls]), g),
            ox.Quad(node, _node(RDFS.label), ox.Literal(label, language=lang), g),
            ox.Quad(node, _node(SKOS.prefLabel), ox.Literal(label, language=lang), g),
            ox.Quad(node, _node(KG.reviewStatus), _node(status), g)]


def _mention(article: str, lang: str, start: int, key: str, graph: str) -> list[ox.Quad]:
    doc, g = _node(ARTICLE + article), _node(graph)
    mention = _node(f"{ARTICLE}{article}#char={start},{start + 1}")
    return [ox.Quad(doc, _node(RDF.type), _node(KG.Article), g),
            ox.Quad(doc, _node(SCHEMA.inLanguage), ox.Literal(lang), g),
            ox.Quad(mention, _node(RDF.type), _node(KG.Mention), g),
            ox.Quad(mention, _node(ITSRDF.taIdentRef), _node(ENTITY + key), g),
            ox.Quad(mention, _node(NIF.referenceContext), doc, g)]


MINTED = [  # key, label, class, article, language
    ("person/bashar-al-assad", "Bashar al-Assad", "Person", "t-en", "en"),
    ("person/assad", "Assad", "Person", "t-en", "en"),
    ("organization/nato", "NATO", "Organization", "t-en", "en"),
    ("person/fahd-majd", "Fahd Majd", "Person", "t-en", "en"),
    ("person/bali", "Bali", "Person", "t-en", "en"),
    ("settlement/damasco", "Damasco", "Settlement", "t-it", "it"),
    ("settlement/حلب", "حلب", "Settlement", "t-ar", "ar"),
]


def standin_entities(graph: str | None = None) -> list[ox.Quad]:
    """The test entities: in the graphs a build would put them in, or all in ``graph``."""
    quads: list[ox.Quad] = []
    for n, (key, label, cls, article, lang) in enumerate(MINTED):
        g = graph or article_graph(article)
        quads += _entity(key, label, cls, g) + _mention(article, lang, n, key, g)
    village, places = _node(ENTITY + "wof/421178429"), _node(graph or PLACES_GRAPH)
    quads += _entity("wof/421178429", "Talbiseh", "Settlement", places.value, lang="en")
    quads += [ox.Quad(village, _node(SKOS.altLabel), ox.Literal("تلبيسة", language="ar"), places),
              ox.Quad(village, _node(KG.inCountry), _node(ENTITY + "syria"), places)]
    quads += _mention("t-en", "en", 99, "wof/421178429", graph or article_graph("t-en"))
    curated, group = graph or ENTITIES_GRAPH, _node(ENTITY + "islamic-state")
    quads += _entity("islamic-state", "Islamic State", "ArmedGroup", curated, lang="en", status=KG.Reviewed)
    quads += [ox.Quad(group, _node(RDFS.label), ox.Literal("Stato Islamico", language="it"), _node(curated)),
              ox.Quad(group, _node(SKOS.altLabel), ox.Literal("ISIS"), _node(curated))]
    quads += _entity("syria", "Syria", "State", curated, lang="en", status=KG.Reviewed)
    quads.append(ox.Quad(_node(ENTITY + "syria"), _node(OWL.sameAs), _node(WD + "Q858"),
                         _node(graph or WIKIDATA_GRAPH)))
    return quads


@pytest.fixture()
def store() -> ox.Store:
    store = ox.Store()
    store.extend(standin_entities())
    return store


def _ranked(proposals: Proposals) -> dict[str, list[str]]:
    ranked: dict[str, list[str]] = {}
    for c in sorted(proposals.candidates, key=lambda c: (c.entity_key, c.rank)):
        ranked.setdefault(c.entity_key, []).append(c.qid)
    return ranked


def _same_as(store: ox.Store, key: str) -> set[str]:
    table = run_query(store, f"SELECT ?wd WHERE {{ <{ENTITY + key}> owl:sameAs ?wd }}")  # over the union
    assert isinstance(table, Table)
    return {str(wd).removeprefix(WD) for wd, in table.rows}


# ---------------------------------------------------------------------------------------------- ranking


def test_the_right_item_ranks_first(store: ox.Store, endpoint: Endpoint) -> None:
    proposals = propose_links(store, endpoint)
    ranked = _ranked(proposals)
    assert {key: qids[0] for key, qids in ranked.items()} == RIGHT_FIRST
    assert proposals.entities == len(RIGHT_FIRST) + len(NOTHING_FOR)


def test_decoys_rank_lower_or_are_dropped(store: ox.Store, endpoint: Endpoint) -> None:
    proposals = propose_links(store, endpoint, limit=5)
    ranked = _ranked(proposals)
    assert ranked["wof/421178429"] == ["Q3458895", "Q900000021", "Q900000020"]  # untyped; other country
    assert ranked["islamic-state"] == ["Q2429253", "Q900000010"]  # right type, alias only
    assert not {c.qid for c in proposals.candidates} & WRONG_TYPE_DECOYS
    assert not set(NOTHING_FOR) & set(ranked)
    scores = {(c.entity_key, c.qid): c.score for c in proposals.candidates}
    assert scores["wof/421178429", "Q3458895"] > 0.9 > scores["wof/421178429", "Q900000021"]
    assert all(0 < s <= 1 for s in scores.values())


def test_candidates_are_reviewable_data_in_the_links_graph(store: ox.Store, endpoint: Endpoint) -> None:
    propose_links(store, endpoint)
    rows = store.query(f"""
        SELECT ?key ?qid ?label ?score ?status WHERE {{ GRAPH <{LINKS_GRAPH}> {{
            ?c a <{KG.LinkCandidate}> ; <{KG.candidateFor}> ?e ; <{KG.candidate}> ?wd ; <{KG.score}> ?score ;
               <{KG.candidateLabel}> ?label ; <{KG.linkStatus}> ?status ; <{KG.proposedAt}> ?at }}
            BIND (STRAFTER(STR(?e), "/id/entity/") AS ?key)
            BIND (STRAFTER(STR(?wd), "/entity/") AS ?qid) }}""")
    assert isinstance(rows, ox.QuerySolutions)
    found = {(r["key"].value, r["qid"].value): r for r in rows}
    damascus = found["settlement/damasco", "Q3766"]
    assert damascus["label"] == ox.Literal("Damasco", language="it")
    assert damascus["status"] == _node(KG.Proposed)
    assert damascus["score"].datatype == _node("http://www.w3.org/2001/XMLSchema#decimal")
    assert found["settlement/حلب", "Q41183"]["label"] == ox.Literal("حلب", language="ar")
    links = ox.Store()
    links.extend(store.quads_for_pattern(None, None, None, _node(LINKS_GRAPH)))
    assert validate_store(links).conforms


def test_a_rejected_item_is_never_proposed_again(store: ox.Store, endpoint: Endpoint) -> None:
    propose_links(store, endpoint)
    reject_link(store, "wof/421178429", "Q3458895")
    reject_link(store, "settlement/damasco", "Q3766")
    ranked = _ranked(propose_links(store, endpoint, limit=5))
    assert ranked["wof/421178429"] == ["Q900000021", "Q900000020"]
    assert "settlement/damasco" not in ranked


def test_an_accepted_entity_is_linked_and_no_longer_proposed(store: ox.Store, endpoint: Endpoint) -> None:
    propose_links(store, endpoint)
    accept_link(store, "person/assad", "Q44329")
    assert _same_as(store, "person/assad") == {"Q44329"}
    proposals = propose_links(store, endpoint)
    assert "person/assad" not in _ranked(proposals)
    assert proposals.entities == len(RIGHT_FIRST) + len(NOTHING_FOR) - 1


# ---------------------------------------------------------------------------------------------- the CLI


def test_cli_proposes_accepts_and_rejects(tmp_path: Path, endpoint: Endpoint,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    store_dir, decisions = tmp_path / "store", tmp_path / "kg-links.tsv"
    ox.Store(str(store_dir)).extend(standin_entities())  # written, then closed at once
    common = ["--store", str(store_dir), "--decisions", str(decisions)]
    assert main(["link", *common, "--endpoint", endpoint.url, "--format", "json", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    rows = json.loads(out)
    assert {r["entity"]: r["candidate"] for r in rows} == RIGHT_FIRST
    assert set(rows[0]) == {"entity", "label", "rank", "candidate", "candidate_label", "score", "status"}
    assert f"7 candidates for 7 of 9 entities without a Wikidata link, from {endpoint.url}" in err

    assert main(["link", *common, "--accept", ENTITY + "organization/nato", "wd:Q7184"]) == 0
    assert main(["link", *common, "--reject", "person/bashar-al-assad", "Q44329"]) == 0
    assert "rejected wd:Q44329 for person/bashar-al-assad" in capsys.readouterr().out
    assert [line.split("\t")[:3] for line in decisions.read_text(encoding="utf-8").splitlines()] == [
        ["entity", "qid", "decision"], ["organization/nato", "Q7184", "accepted"],
        ["person/bashar-al-assad", "Q44329", "rejected"]]

    assert main(["link", *common, "--endpoint", endpoint.url, "--format", "csv"]) == 0
    table = capsys.readouterr().out
    assert "organization/nato" not in table and "person/bashar-al-assad" not in table
    assert table.splitlines()[0] == "entity,label,rank,candidate,candidate_label,score,status"


# ---------------------------------------------------------------------------------------------- rebuilds


def test_decisions_survive_a_rebuild(tmp_path: Path, endpoint: Endpoint) -> None:
    """Build the seeds, decide, build them again: the links graph and the owl:sameAs are still there. The
    test entities sit in a graph of their own (no build touches it either), standing in for entities the
    rebuild mints again."""
    store_dir, decisions = tmp_path / "store", tmp_path / "kg-links.tsv"
    build([SEEDS], store_dir)
    store = ox.Store(str(store_dir))
    store.extend(standin_entities(GRAPH + "test/standin"))
    ranked = _ranked(propose_links(store, endpoint, decisions_file=decisions))
    assert {key: ranked[key][0] for key in RIGHT_FIRST} == RIGHT_FIRST
    accept_link(store, "wof/421178429", "Q3458895", decisions_file=decisions)
    reject_link(store, "islamic-state", "Q2429253", decisions_file=decisions)
    before = sorted(map(str, store.quads_for_pattern(None, None, None, _node(LINKS_GRAPH))))
    del store
    gc.collect()

    build([SEEDS], store_dir)

    store = ox.Store(str(store_dir))
    assert sorted(map(str, store.quads_for_pattern(None, None, None, _node(LINKS_GRAPH)))) == before
    assert _same_as(store, "wof/421178429") == {"Q3458895"}
    ranked = _ranked(propose_links(store, endpoint, decisions_file=decisions))
    assert "wof/421178429" not in ranked
    assert ranked["islamic-state"] == ["Q900000010"]
    assert "person/bali" not in ranked  # the seed's Mustafa Bali is not the island
    statuses = {(d.entity_key, d.qid): d.status for d in read_decisions(store)}
    assert statuses == {("wof/421178429", "Q3458895"): LinkStatus.ACCEPTED,
                        ("islamic-state", "Q2429253"): LinkStatus.REJECTED}


def test_a_fresh_store_gets_the_decisions_back_from_the_file(tmp_path: Path, endpoint: Endpoint) -> None:
    decisions = tmp_path / "kg-links.tsv"
    first = ox.Store()
    first.extend(standin_entities())
    accept_link(first, "wof/421178429", "Q3458895", decisions_file=decisions)
    reject_link(first, "settlement/damasco", "Q3766", decisions_file=decisions)

    fresh = ox.Store()  # e.g. built into a new directory
    fresh.extend(standin_entities())
    proposals = propose_links(fresh, endpoint, decisions_file=decisions)
    assert proposals.applied == 2
    assert _same_as(fresh, "wof/421178429") == {"Q3458895"}
    assert "settlement/damasco" not in _ranked(proposals)
