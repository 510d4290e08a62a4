"""The ontology data files: they parse, they are documented in English and Italian, and they hold every term
and curated entity the rest of kg (and the gold annotations) rely on."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Literal, Node, URIRef

from kg.namespaces import ACLED, ENTITY, KG, WD
from kg.records import EntityKind
from kg.resources import DATA_DIR, ontology_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ENTITIES_TSV = SHARED / "wikidata" / "entities.tsv"
GOLD = SHARED / "gold" / "seeds.json"
GAZETTEER = DATA_DIR / "gazetteer"
KG_REVIEW_STATUS = URIRef(KG.reviewStatus)
WGS84 = rdflib.Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")

ACLED_TYPES = {
    "battles": "Battles",
    "explosions-remote-violence": "Explosions/Remote violence",
    "violence-against-civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic-developments": "Strategic developments",
    "statements": "Statements",
}
ACLED_SUB_TYPES = {
    "government-regains-territory": ("battles", "Government regains territory"),
    "non-state-actor-overtakes-territory": ("battles", "Non-state actor overtakes territory"),
    "armed-clash": ("battles", "Armed clash"),
    "chemical-weapon": ("explosions-remote-violence", "Chemical weapon"),
    "air-drone-strike": ("explosions-remote-violence", "Air/drone strike"),
    "suicide-bomb": ("explosions-remote-violence", "Suicide bomb"),
    "shelling-artillery-missile-attack": ("explosions-remote-violence", "Shelling/artillery/missile attack"),
    "remote-explosive-landmine-ied": ("explosions-remote-violence", "Remote explosive/landmine/IED"),
    "grenade": ("explosions-remote-violence", "Grenade"),
    "sexual-violence": ("violence-against-civilians", "Sexual violence"),
    "attack": ("violence-against-civilians", "Attack"),
    "abduction-forced-disappearance": ("violence-against-civilians", "Abduction/forced disappearance"),
    "peaceful-protest": ("protests", "Peaceful protest"),
    "protest-with-intervention": ("protests", "Protest with intervention"),
    "excessive-force-against-protesters": ("protests", "Excessive force against protesters"),
    "violent-demonstration": ("riots", "Violent demonstration"),
    "mob-violence": ("riots", "Mob violence"),
    "agreement": ("strategic-developments", "Agreement"),
    "arrests": ("strategic-developments", "Arrests"),
    "change-to-group-activity": ("strategic-developments", "Change to group/activity"),
    "disrupted-weapons-use": ("strategic-developments", "Disrupted weapons use"),
    "headquarters-or-base-established": ("strategic-developments", "Headquarters or base established"),
    "looting-property-destruction": ("strategic-developments", "Looting/property destruction"),
    "non-violent-transfer-of-territory": ("strategic-developments", "Non-violent transfer of territory"),
    "other": ("strategic-developments", "Other"),
    "threat": ("statements", "Threat"),
    "warning": ("statements", "Warning"),
    "accusation": ("statements", "Accusation"),
    "demand": ("statements", "Demand"),
    "denial": ("statements", "Denial"),
    "claim": ("statements", "Claim"),
}
REQUIRED_CLASSES = [kind.value for kind in EntityKind] + [
    "AdministrativeArea", "Event", "Article", "Mention", "ReviewStatus", "Modality", "DatePrecision", "Role",
    "RoleType",
]
REQUIRED_PROPERTIES = [
    "reviewStatus", "demonym", "locatedIn", "inGovernorate", "inCountry", "wofId", "geonamesId",
    "extractedBy", "sourceName", "languageDetected", "boilerplate", "pipeline", "eventType", "subEventType",
    "initiator", "target", "associatedActor", "place", "date", "datePrecision", "dateExpression",
    "partOfOperation", "modality", "claimedBy", "fatalities", "wounded", "captured", "freed", "evidence",
    "trigger", "confidence", "hasRole", "roleType", "roleFiller", "cameoCode",
]
REQUIRED_INDIVIDUALS = {
    "ReviewStatus": ["Reviewed", "Unreviewed"],
    "Modality": ["Asserted", "Claimed", "Unverified", "Denied", "Expected"],
    "DatePrecision": ["DayPrecision", "WeekPrecision", "MonthPrecision", "YearPrecision"],
    "RoleType": ["Initiator", "Target", "AssociatedActor"],
}


def _parse(name: str) -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / name, format="turtle")


@pytest.fixture(scope="module")
def kg_graph() -> rdflib.Graph:
    return _parse("kg.ttl")


@pytest.fixture(scope="module")
def acled_graph() -> rdflib.Graph:
    return _parse("acled.ttl")


@pytest.fixture(scope="module")
def entities_graph() -> rdflib.Graph:
    return _parse("entities.ttl")


@pytest.fixture(scope="module")
def wikidata_graph() -> rdflib.Graph:
    return _parse("wikidata.ttl")


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _gazetteer_rows() -> Iterator[dict[str, str]]:
    for name in ("syria_places.tsv", "iraq_places.tsv"):
        yield from _read_tsv(GAZETTEER / name)


def _curated(graph: rdflib.Graph) -> list[URIRef]:
    return sorted(s for s in set(graph.subjects(KG_REVIEW_STATUS, None)) if isinstance(s, URIRef))



def _languages(graph: rdflib.Graph, subject: Node, predicate: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal)}


# ---------------------------------------------------------------------------------------------- parsing


@pytest.mark.parametrize("path", sorted(ontology_dir().glob("*.ttl")), ids=lambda p: p.name)
def test_every_turtle_file_parses_with_rdflib_and_pyoxigraph(path: Path) -> None:
    with_rdflib = rdflib.Graph().parse(path, format="turtle")
    with_oxigraph = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(with_rdflib) > 0
    assert len(with_rdflib) == len(with_oxigraph)


def test_the_expected_files_exist() -> None:
    names = {p.name for p in ontology_dir().glob("*.ttl")}
    assert {"kg.ttl", "acled.ttl", "entities.ttl", "wikidata.ttl", "shapes.ttl"} <= names


# ---------------------------------------------------------------------------------------------- kg.ttl


def test_every_term_has_label_and_comment_in_english_and_italian(kg_graph: rdflib.Graph) -> None:
    declared = (s for t in TERM_TYPES for s in kg_graph.subjects(RDF.type, t))
    terms = {s for s in declared if isinstance(s, URIRef) and s.startswith(KG)}
    assert len(terms) > 50
    missing = [
        f"{term} {predicate.fragment} @{lang}"
        for term in sorted(terms)
        for predicate in (RDFS.label, RDFS.comment)
        for lang in ("en", "it")
        if lang not in _languages(kg_graph, term, predicate)
    ]
    assert not missing


@pytest.mark.parametrize("name", REQUIRED_CLASSES)
def test_required_class_exists(kg_graph: rdflib.Graph, name: str) -> None:
    assert (URIRef(KG[name]), RDF.type, OWL.Class) in kg_graph


@pytest.mark.parametrize("name", REQUIRED_PROPERTIES)
def test_required_property_exists(kg_graph: rdflib.Graph, name: str) -> None:
    types = set(kg_graph.objects(URIRef(KG[name]), RDF.type))
    assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, name


@pytest.mark.parametrize(("cls", "names"), REQUIRED_INDIVIDUALS.items())
def test_required_individuals_exist(kg_graph: rdflib.Graph, cls: str, names: list[str]) -> None:
    for name in names:
        assert (URIRef(KG[name]), RDF.type, URIRef(KG[cls])) in kg_graph, name


@pytest.mark.parametrize(
    ("sub", "predicate", "sup"),
    [
        ("Faction", RDFS.subClassOf, "https://schema.org/Organization"),
        ("ArmedGroup", RDFS.subClassOf, KG.Faction),
        ("Organization", RDFS.subClassOf, "https://schema.org/Organization"),
        ("State", RDFS.subClassOf, "https://schema.org/Country"),
        ("Person", RDFS.subClassOf, "https://schema.org/Person"),
        ("Place", RDFS.subClassOf, "https://schema.org/Place"),
        ("Place", RDFS.subClassOf, "http://www.opengis.net/ont/geosparql#Feature"),
        ("Governorate", RDFS.subClassOf, KG.AdministrativeArea),
        ("AirBase", RDFS.subClassOf, KG.Facility),
        ("MilitaryOperation", RDFS.subClassOf, "http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
        ("Event", RDFS.subClassOf, "http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
        ("Article", RDFS.subClassOf, "https://schema.org/NewsArticle"),
        ("Mention", RDFS.subClassOf, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase"),
        ("Role", RDFS.subClassOf, "http://semanticweb.cs.vu.nl/2009/11/sem/Role"),
        ("locatedIn", RDF.type, OWL.TransitiveProperty),
        ("locatedIn", RDFS.subPropertyOf, "https://schema.org/containedInPlace"),
        ("inGovernorate", RDFS.subPropertyOf, KG.locatedIn),
        ("initiator", RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"),
        ("place", RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace"),
        ("date", RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/hasTimeStamp"),
        ("partOfOperation", RDFS.subPropertyOf, "http://semanticweb.cs.vu.nl/2009/11/sem/subEventOf"),
    ],
)
def test_alignments(kg_graph: rdflib.Graph, sub: str, predicate: URIRef, sup: str) -> None:
    assert (URIRef(KG[sub]), predicate, URIRef(sup)) in kg_graph


# ---------------------------------------------------------------------------------------------- acled.ttl


@pytest.mark.parametrize(("key", "label"), ACLED_TYPES.items())
def test_acled_event_type(acled_graph: rdflib.Graph, key: str, label: str) -> None:
    concept = URIRef(ACLED[key])
    assert Literal(label, lang="en") in set(acled_graph.objects(concept, SKOS.prefLabel))
    assert "it" in _languages(acled_graph, concept, SKOS.prefLabel)
    assert (concept, SKOS.topConceptOf, URIRef(ACLED.scheme)) in acled_graph
    assert (concept, SKOS.inScheme, URIRef(ACLED.scheme)) in acled_graph
    assert (concept, SKOS.notation, Literal(key)) in acled_graph


@pytest.mark.parametrize(("key", "parent_label"), ACLED_SUB_TYPES.items())
def test_acled_sub_event_type(acled_graph: rdflib.Graph, key: str, parent_label: tuple[str, str]) -> None:
    parent, label = parent_label
    concept = URIRef(ACLED[key])
    assert Literal(label, lang="en") in set(acled_graph.objects(concept, SKOS.prefLabel))
    assert "it" in _languages(acled_graph, concept, SKOS.prefLabel)
    assert set(acled_graph.objects(concept, SKOS.broader)) == {URIRef(ACLED[parent])}
    assert (concept, SKOS.inScheme, URIRef(ACLED.scheme)) in acled_graph


def test_acled_scheme_has_nothing_else(acled_graph: rdflib.Graph) -> None:
    concepts = {str(c)[len(ACLED):] for c in acled_graph.subjects(RDF.type, SKOS.Concept)}
    assert concepts == set(ACLED_TYPES) | set(ACLED_SUB_TYPES)


def test_cameo_codes_are_given_both_ways(acled_graph: rdflib.Graph) -> None:
    cameo = "http://eventdata.parusanalytics.com/cameo/"
    for concept in acled_graph.subjects(RDF.type, SKOS.Concept):
        matches = {str(m)[len(cameo):] for m in acled_graph.objects(concept, SKOS.closeMatch)}
        codes = {str(c) for c in acled_graph.objects(concept, URIRef(KG.cameoCode))}
        assert matches == codes, concept
        assert all(re.fullmatch(r"[0-9]{2,4}", c) for c in codes), concept


# ---------------------------------------------------------------------------------------------- entities.ttl


def _entity_classes(kg_graph: rdflib.Graph) -> set[Node]:
    """The kg classes an entity may have: those of EntityKind and their subclasses."""
    roots = {URIRef(KG[kind.value]) for kind in EntityKind}
    return {c for root in roots for c in kg_graph.transitive_subjects(RDFS.subClassOf, root) if c is not None}


def test_curated_entities_are_well_formed(kg_graph: rdflib.Graph, entities_graph: rdflib.Graph) -> None:
    allowed = _entity_classes(kg_graph)
    curated = _curated(entities_graph)
    assert len(curated) > 100
    for entity in curated:
        assert str(entity).startswith(ENTITY), entity
        assert "en" in _languages(entities_graph, entity, RDFS.label), entity
        assert "en" in _languages(entities_graph, entity, SKOS.prefLabel), entity
        assert set(entities_graph.objects(entity, RDF.type)) & allowed, entity
        assert list(entities_graph.objects(entity, KG_REVIEW_STATUS)) == [URIRef(KG.Reviewed)], entity


def test_every_typed_entity_is_curated(entities_graph: rdflib.Graph) -> None:
    typed = {s for s, o in entities_graph.subject_objects(RDF.type) if str(o).startswith(KG)}
    assert typed == set(_curated(entities_graph))


def test_one_preferred_label_per_language(entities_graph: rdflib.Graph) -> None:
    for entity in _curated(entities_graph):
        langs = [o.language for o in entities_graph.objects(entity, SKOS.prefLabel) if isinstance(o, Literal)]
        assert len(langs) == len(set(langs)), entity
        labels = set(entities_graph.objects(entity, RDFS.label))
        assert set(entities_graph.objects(entity, SKOS.prefLabel)) == labels, entity


def test_script_specific_names_carry_a_language_tag(entities_graph: rdflib.Graph) -> None:
    for predicate in (SKOS.prefLabel, SKOS.altLabel, URIRef(KG.demonym)):
        for entity, name in entities_graph.subject_objects(predicate):
            assert isinstance(name, Literal)
            if ARABIC_SCRIPT.search(name):
                assert name.language in ("ar", "fa"), (entity, name)
            if CYRILLIC.search(name):
                assert name.language in ("ru", "uk"), (entity, name)


def test_demonyms_are_language_tagged(entities_graph: rdflib.Graph) -> None:
    demonyms = list(entities_graph.subject_objects(URIRef(KG.demonym)))
    assert demonyms
    assert all(isinstance(o, Literal) and o.language for _, o in demonyms)
    iraqi = {str(o) for o in entities_graph.objects(URIRef(ENTITY.iraq), URIRef(KG.demonym))}
    assert {"Iraqi", "iracheni", "irachene", "iracheno", "irachena"} <= iraqi


def test_no_governorate_is_named_like_a_settlement(entities_graph: rdflib.Graph) -> None:
    def names(cls: str) -> dict[str, Node]:
        members = entities_graph.subjects(RDF.type, URIRef(KG[cls]))
        return {
            str(n).casefold(): m
            for m in members
            for p in (SKOS.prefLabel, SKOS.altLabel)
            for n in entities_graph.objects(m, p)
        }

    settlements, governorates = names("Settlement"), names("Governorate")
    assert not set(settlements) & set(governorates)


def test_all_governorates_of_the_gazetteer_are_curated(entities_graph: rdflib.Graph) -> None:
    regions = {r["wof_id"] for r in _gazetteer_rows() if r["placetype"] == "region"}
    regions.discard("85681385")  # the UNDOF zone is a WOF "region" but not a governorate
    governorates = set(entities_graph.subjects(RDF.type, URIRef(KG.Governorate)))
    wof_ids = {str(entities_graph.value(g, URIRef(KG.wofId))) for g in governorates}
    assert wof_ids == regions
    assert len(governorates) == 14 + 19
    assert all((g, URIRef(KG.inCountry), None) in entities_graph for g in governorates)


def test_coordinates_come_from_the_matched_gazetteer_row(entities_graph: rdflib.Graph) -> None:
    rows = {r["wof_id"]: r for r in _gazetteer_rows()}
    located = set(entities_graph.subjects(WGS84.lat, None))
    assert len(located) > 40
    for entity in located:
        row = rows[str(entities_graph.value(entity, URIRef(KG.wofId)))]
        lat, lon = entities_graph.value(entity, WGS84.lat), entities_graph.value(entity, WGS84.long)
        assert isinstance(lat, Literal) and isinstance(lon, Literal)
        assert lat.datatype == lon.datatype == rdflib.XSD.decimal
        assert (float(lat), float(lon)) == (float(row["lat"]), float(row["lon"])), entity
        geometry = entities_graph.value(entity, URIRef("http://www.opengis.net/ont/geosparql#hasGeometry"))
        wkt = entities_graph.value(geometry, URIRef("http://www.opengis.net/ont/geosparql#asWKT"))
        assert str(wkt) == f"POINT({lon} {lat})", entity


# ---------------------------------------------------------------------------------------------- wikidata.ttl


def _verified_qids() -> dict[str, str]:
    if not ENTITIES_TSV.is_file():
        pytest.skip(f"{ENTITIES_TSV} is absent (shared material outside the repository)")
    return {r["key"]: r["qid"] for r in _read_tsv(ENTITIES_TSV) if r["status"] == "verified" and r["qid"]}


def _same_as(graph: rdflib.Graph) -> list[tuple[Node, Node]]:
    return list(graph.subject_objects(OWL.sameAs))


def test_wikidata_links_use_verified_ids_only(wikidata_graph: rdflib.Graph) -> None:
    known = set(_verified_qids().values()) | {r["wikidata"] for r in _gazetteer_rows() if r["wikidata"]}
    links = _same_as(wikidata_graph)
    assert len(links) > 50
    for entity, target in links:
        assert re.fullmatch(re.escape(WD) + r"Q[0-9]+", str(target)), (entity, target)
        assert str(target)[len(WD):] in known, (entity, target)


def test_entities_tsv_wins_over_the_gazetteer(wikidata_graph: rdflib.Graph) -> None:
    verified = _verified_qids()
    for entity, target in _same_as(wikidata_graph):
        key = str(entity)[len(ENTITY):]
        if key in verified:
            assert str(target) == WD + verified[key], entity
    assert (URIRef(ENTITY.palmyra), OWL.sameAs, URIRef(WD.Q938457)) in wikidata_graph
    assert (URIRef(ENTITY["baghdad-governorate"]), OWL.sameAs, None) not in wikidata_graph


def test_links_are_one_to_one(wikidata_graph: rdflib.Graph, entities_graph: rdflib.Graph) -> None:
    links = _same_as(wikidata_graph)
    entities = [e for e, _ in links]
    targets = [t for _, t in links]
    assert len(entities) == len(set(entities)), "an entity with two Wikidata ids"
    assert len(targets) == len(set(targets)), "a Wikidata id on two entities"
    assert set(entities) <= set(_curated(entities_graph))
    assert not _same_as(entities_graph), "Wikidata links belong in wikidata.ttl"


# ---------------------------------------------------------------------------------------------- coverage


def test_every_gold_entity_is_curated(entities_graph: rdflib.Graph) -> None:
    if not GOLD.is_file():
        pytest.skip(f"{GOLD} is absent (shared material outside the repository)")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["entities"]
    curated = {str(e)[len(ENTITY):] for e in _curated(entities_graph)}
    assert set(gold) - curated == set()


def test_every_entities_tsv_row_is_curated(entities_graph: rdflib.Graph) -> None:
    if not ENTITIES_TSV.is_file():
        pytest.skip(f"{ENTITIES_TSV} is absent (shared material outside the repository)")
    keys = {r["key"] for r in _read_tsv(ENTITIES_TSV) if r["kind"] != "property"}
    curated = {str(e)[len(ENTITY):] for e in _curated(entities_graph)}
    assert keys - curated == set()
