"""kg.validation: a small hand-written article graph conforms to the shapes; broken variants of it are
reported with the right focus node, path and a readable message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib

from kg import validation
from kg.errors import ResourceError
from kg.namespaces import (
    ENTITIES_GRAPH,
    ITSRDF,
    KG,
    NIF,
    ONTOLOGY_GRAPH,
    OWL,
    WIKIDATA_GRAPH,
    article_graph,
    article_iri,
    entity_iri,
    event_iri,
    span_iri,
    sparql_prefixes,
)
from kg.resources import ontology_dir
from kg.validation import ValidationReport, Violation, validate_store

ARTICLE_ID = "t1"
TEXT = "On Tuesday the SDF attacked ISIS positions in Hajin. Three fighters were killed."
SENTENCE_END = TEXT.index(".") + 1
ARTICLE = article_iri(ARTICLE_ID)
EVENT = event_iri(ARTICLE_ID, "e1")
ROLE = EVENT + "/role/1"
SENTENCE = span_iri(ARTICLE_ID, 0, SENTENCE_END)


def _span(word: str) -> tuple[int, int, str]:
    start = TEXT.index(word)
    return start, start + len(word), span_iri(ARTICLE_ID, start, start + len(word))


def _int(n: int) -> str:
    return f'"{n}"^^xsd:nonNegativeInteger'


def _mention_turtle(word: str, entity: str) -> str:
    start, end, iri = _span(word)
    return f"""
<{iri}> a kg:Mention ; nif:beginIndex {_int(start)} ; nif:endIndex {_int(end)} ; nif:anchorOf "{word}" ;
    nif:referenceContext <{ARTICLE}> ; nif:sentence <{SENTENCE}> ; itsrdf:taIdentRef <{entity_iri(entity)}> ;
    kg:extractedBy "ruler" .
"""


def article_turtle() -> str:
    """One article with a sentence, three mentions, an event with a reified role: all valid."""
    trigger = _span("attacked")[2]
    date = _span("On Tuesday")[2]
    return f"""
<{ARTICLE}> a kg:Article ; dcterms:identifier "{ARTICLE_ID}" ; schema:inLanguage "en" ;
    nif:isString "{TEXT}" ; schema:headline "SDF attack ISIS in Hajin" ; schema:url <https://example.org/t1> ;
    schema:datePublished "2018-10-12"^^xsd:date ; kg:sourceName "Example News" ; kg:languageDetected false .
<{SENTENCE}> a nif:Sentence ; nif:beginIndex {_int(0)} ; nif:endIndex {_int(SENTENCE_END)} ;
    nif:referenceContext <{ARTICLE}> .
{_mention_turtle("SDF", "sdf")}
{_mention_turtle("ISIS", "isis")}
{_mention_turtle("Hajin", "hajin")}
<{EVENT}> a kg:Event ; kg:eventType acled:battles ; kg:subEventType acled:armed-clash ;
    kg:modality kg:Asserted ; kg:confidence 0.8 ; kg:evidence <{SENTENCE}> ; kg:trigger <{trigger}> ;
    kg:initiator <{entity_iri("sdf")}> ; kg:target <{entity_iri("isis")}> ; kg:place <{entity_iri("hajin")}> ;
    kg:date "2018-10-09"^^xsd:date ; kg:datePrecision kg:DayPrecision ; kg:dateExpression <{date}> ;
    kg:partOfOperation <{entity_iri("jazeera-storm")}> ; kg:fatalities {_int(3)} ; kg:hasRole <{ROLE}> .
<{ROLE}> a kg:Role ; kg:roleType kg:Initiator ; kg:roleFiller <{entity_iri("sdf")}> ;
    kg:evidence <{SENTENCE}> .
"""


def _turtle_prefixes() -> str:
    return sparql_prefixes().replace("PREFIX ", "@prefix ").replace(">\n", "> .\n")


def _load(store: ox.Store, file: str, graph: str) -> None:
    store.load(path=str(ontology_dir() / file), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(graph))


@pytest.fixture
def store(tmp_path: Path) -> ox.Store:
    """A store laid out like a build: ontology, curated entities, Wikidata links and one article graph."""
    store = ox.Store(str(tmp_path / "store"))
    _load(store, "kg.ttl", ONTOLOGY_GRAPH)
    _load(store, "acled.ttl", ONTOLOGY_GRAPH)
    _load(store, "entities.ttl", ENTITIES_GRAPH)
    _load(store, "wikidata.ttl", WIKIDATA_GRAPH)
    store.load(
        (_turtle_prefixes() + article_turtle()).encode("utf-8"),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode(article_graph(ARTICLE_ID)),
    )
    return store


def _update(store: ox.Store, update: str) -> None:
    store.update(sparql_prefixes() + update)


def _delete(store: ox.Store, subject: str, predicate: str) -> None:
    """Remove every value of ``predicate`` on ``subject``, in whatever graph it is."""
    _update(store, f"DELETE WHERE {{ GRAPH ?g {{ <{subject}> {predicate} ?o }} }}")


def _insert(store: ox.Store, subject: str, predicate: str, value: str, graph: str = "") -> None:
    """Add one triple (``value`` in SPARQL syntax) to ``graph``, by default the article's graph."""
    graph = graph or article_graph(ARTICLE_ID)
    _update(store, f"INSERT DATA {{ GRAPH <{graph}> {{ <{subject}> {predicate} {value} }} }}")


def _replace(store: ox.Store, subject: str, predicate: str, value: str) -> None:
    _delete(store, subject, predicate)
    _insert(store, subject, predicate, value)


def _results(report: ValidationReport, focus: str, path: str) -> list[Violation]:
    return [v for v in report.violations if v.focus_node == focus and v.path == path]


def _assert_reported(report: ValidationReport, focus: str, path: str, *, shape: str = "") -> Violation:
    assert not report.conforms
    found = _results(report, focus, path)
    assert found, f"no result for <{focus}> {path}; got: {[str(v) for v in report.violations]}"
    violation = found[0]
    assert violation.severity == "Violation"
    assert len(violation.message) > 20
    assert violation.shape is not None and violation.shape.endswith(shape)
    return violation


# ---------------------------------------------------------------------------------------------- conforming


def test_the_hand_written_graph_conforms(store: ox.Store) -> None:
    report = validate_store(store)
    assert report.violations == ()
    assert report.conforms


def test_an_empty_store_conforms() -> None:
    assert validate_store(ox.Store()) == ValidationReport(conforms=True, violations=())


def test_missing_confidence_is_only_a_warning(store: ox.Store) -> None:
    _delete(store, EVENT, "kg:confidence")
    report = validate_store(store)
    assert report.conforms
    found = [(v.focus_node, v.path, v.severity) for v in report.violations]
    assert found == [(EVENT, KG.confidence, "Warning")]


def test_warnings_do_not_break_conformance(store: ox.Store) -> None:
    _replace(store, EVENT, "kg:modality", "kg:Claimed")
    report = validate_store(store)
    assert report.conforms
    (warning,) = report.violations
    assert (warning.focus_node, warning.path, warning.severity) == (EVENT, KG.claimedBy, "Warning")
    assert "claimedBy" in warning.message


# ---------------------------------------------------------------------------------------------- broken graphs


def test_mention_without_entity(store: ox.Store) -> None:
    mention = _span("ISIS")[2]
    _delete(store, mention, "itsrdf:taIdentRef")
    violation = _assert_reported(validate_store(store), mention, ITSRDF.taIdentRef, shape="MentionShape")
    assert "taIdentRef" in violation.message


def test_mention_with_begin_after_end(store: ox.Store) -> None:
    _, end, mention = _span("Hajin")
    _replace(store, mention, "nif:beginIndex", _int(end + 5))
    violation = _assert_reported(validate_store(store), mention, NIF.beginIndex, shape="MentionShape")
    assert "less than" in violation.message


def test_mention_whose_offsets_miss_its_text(store: ox.Store) -> None:
    mention = _span("SDF")[2]
    _replace(store, mention, "nif:anchorOf", '"ISIS"')
    violation = _assert_reported(validate_store(store), mention, NIF.anchorOf, shape="MentionAnchorShape")
    assert "offsets" in violation.message


def test_event_without_type(store: ox.Store) -> None:
    _delete(store, EVENT, "kg:eventType")
    violation = _assert_reported(validate_store(store), EVENT, KG.eventType, shape="EventShape")
    assert "eventType" in violation.message


def test_event_typed_with_a_sub_event_type(store: ox.Store) -> None:
    _replace(store, EVENT, "kg:eventType", "acled:armed-clash")
    report = validate_store(store)
    _assert_reported(report, EVENT, KG.eventType, shape="EventShape")
    _assert_reported(report, EVENT, KG.subEventType, shape="EventSubTypeShape")  # not below itself


def test_event_with_sub_event_type_of_another_type(store: ox.Store) -> None:
    _replace(store, EVENT, "kg:subEventType", "acled:air-drone-strike")
    violation = _assert_reported(validate_store(store), EVENT, KG.subEventType, shape="EventSubTypeShape")
    assert violation.value == "https://w3id.org/kg-syria/acled/air-drone-strike"


def test_event_with_date_but_no_precision(store: ox.Store) -> None:
    _delete(store, EVENT, "kg:datePrecision")
    violation = _assert_reported(validate_store(store), EVENT, KG.datePrecision, shape="EventDateShape")
    assert "datePrecision" in violation.message


def test_event_with_confidence_out_of_range(store: ox.Store) -> None:
    _replace(store, EVENT, "kg:confidence", "1.5")
    _assert_reported(validate_store(store), EVENT, KG.confidence, shape="EventShape")


def test_event_with_literal_initiator(store: ox.Store) -> None:
    _insert(store, EVENT, "kg:initiator", '"SDF"')
    violation = _assert_reported(validate_store(store), EVENT, KG.initiator, shape="EventShape")
    assert violation.value == "SDF"


def test_role_without_filler(store: ox.Store) -> None:
    _delete(store, ROLE, "kg:roleFiller")
    _assert_reported(validate_store(store), ROLE, KG.roleFiller, shape="RoleShape")


def test_bad_same_as_iri(store: ox.Store) -> None:
    hajin = entity_iri("hajin")
    _delete(store, hajin, "owl:sameAs")
    _insert(store, hajin, "owl:sameAs", "<https://www.wikidata.org/wiki/Q5639989>", graph=WIKIDATA_GRAPH)
    violation = _assert_reported(validate_store(store), hajin, OWL.sameAs, shape="EntityShape")
    assert "Wikidata" in violation.message
    assert violation.value == "https://www.wikidata.org/wiki/Q5639989"


def test_minted_entity_without_review_status(store: ox.Store) -> None:
    minted = entity_iri("person/someone")
    _insert(store, minted, "a", 'kg:Person ; rdfs:label "Someone"@en ; wgs84:lat 120.0')
    report = validate_store(store)
    _assert_reported(report, minted, KG.reviewStatus, shape="EntityShape")
    _assert_reported(report, minted, "http://www.w3.org/2003/01/geo/wgs84_pos#lat", shape="EntityShape")


def test_violations_print_readably(store: ox.Store) -> None:
    _delete(store, EVENT, "kg:modality")
    (violation,) = validate_store(store).violations
    expected = f"Violation: <{EVENT}> {KG.modality}: An event needs exactly one kg:modality"
    assert str(violation).startswith(expected)


# ---------------------------------------------------------------------------------------------- bad shapes


def _ontology_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), folder)
    monkeypatch.setattr(validation, "ontology_dir", lambda: folder)
    return folder


def test_broken_shapes_file_raises_resource_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _ontology_copy(tmp_path, monkeypatch)
    (folder / "shapes.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nnot turtle", "utf-8")
    with pytest.raises(ResourceError, match=r"shapes\.ttl"):
        validate_store(ox.Store())


def test_missing_shapes_file_raises_resource_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _ontology_copy(tmp_path, monkeypatch)
    (folder / "shapes.ttl").unlink()
    with pytest.raises(ResourceError, match="missing"):
        validate_store(ox.Store())


@pytest.mark.parametrize(
    "constraint",
    [
        'sh:property [ sh:path "not an IRI" ; sh:minCount 1 ]',
        'sh:property [ sh:path kg:p ; sh:minCount "one" ]',
        'sh:sparql [ sh:message "m" ; sh:select "SELECT $this WHERE { oops" ]',
    ],
    ids=["literal-path", "bad-count", "bad-sparql"],
)
def test_unusable_shape_raises_resource_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: ox.Store, constraint: str
) -> None:
    folder = _ontology_copy(tmp_path, monkeypatch)
    (folder / "shapes.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix kg: <https://w3id.org/kg-syria/ontology#> .\n"
        f"<urn:s> a sh:NodeShape ; sh:targetClass kg:Event ; {constraint} .\n",
        "utf-8",
    )
    with pytest.raises(ResourceError, match="cannot be used"):
        validate_store(store)


def test_shipped_shapes_are_well_formed_shacl() -> None:
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(rdflib.Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text
