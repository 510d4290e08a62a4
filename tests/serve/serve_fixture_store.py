"""A small store in kg's layout for the server's tests: two articles with sentences and mentions, curated
entities with labels in several languages and Wikidata links, places, an ACLED type and one event."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import (
    ACLED,
    DCTERMS,
    ENTITIES_GRAPH,
    ITSRDF,
    KG,
    NIF,
    ONTOLOGY_GRAPH,
    OWL,
    PLACES_GRAPH,
    RDF,
    RDFS,
    SKOS,
    WIKIDATA_GRAPH,
    XSD,
    article_graph,
    article_iri,
    entity_iri,
    event_iri,
    span_iri,
    wikidata_iri,
)

TEXTS = {
    "a1": "Fighters of the SDF stormed Raqqa on Tuesday — witnesses said. "
    "The Islamic State withdrew from the city.",
    "a2": "In Raqqa, residents welcomed the Syrian Democratic Forces.",
}
SDF, ISIS, RAQQA = entity_iri("sdf"), entity_iri("islamic-state"), entity_iri("raqqa")
EVENT = event_iri("a1", "e1")
SDF_QID = "Q21294936"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value: str, language: str | None = None, datatype: str | None = None) -> ox.Literal:
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=_n(datatype)) if datatype else ox.Literal(value)


def _int(value: int) -> ox.Literal:
    return _lit(str(value), datatype=XSD.integer)


def _quads(graph: str, triples: list[tuple[str, str, ox.NamedNode | ox.Literal]]) -> list[ox.Quad]:
    return [ox.Quad(_n(s), _n(p), o, _n(graph)) for s, p, o in triples]


def shared_quads() -> list[ox.Quad]:
    ontology = _quads(
        ONTOLOGY_GRAPH,
        [
            (KG.Event, RDF.type, _n(OWL.Class)),
            (KG.Event, RDFS.label, _lit("Event", "en")),
            (KG.ArmedGroup, RDF.type, _n(OWL.Class)),
            (KG.ArmedGroup, RDFS.label, _lit("Armed group", "en")),
            (ACLED.battles, RDF.type, _n(SKOS.Concept)),
            (ACLED.battles, SKOS.prefLabel, _lit("Battles", "en")),
        ],
    )
    entities = _quads(
        ENTITIES_GRAPH,
        [
            (SDF, RDF.type, _n(KG.ArmedGroup)),
            (SDF, RDFS.label, _lit("Syrian Democratic Forces", "en")),
            (SDF, RDFS.label, _lit("قوات سوريا الديمقراطية", "ar")),
            (SDF, SKOS.altLabel, _lit("SDF", "en")),
            (SDF, KG.reviewStatus, _n(KG.Reviewed)),
            (ISIS, RDF.type, _n(KG.ArmedGroup)),
            (ISIS, RDFS.label, _lit("Islamic State", "en")),
            (ISIS, KG.reviewStatus, _n(KG.Reviewed)),
        ],
    )
    wikidata = _quads(WIKIDATA_GRAPH, [(SDF, OWL.sameAs, _n(wikidata_iri(SDF_QID)))])
    places = _quads(
        PLACES_GRAPH, [(RAQQA, RDF.type, _n(KG.Settlement)), (RAQQA, RDFS.label, _lit("Raqqa", "en")),
                       (RAQQA, KG.reviewStatus, _n(KG.Unreviewed))]
    )
    return ontology + entities + wikidata + places


def _span(article: str, begin: int, end: int, cls: str) -> list[tuple[str, str, ox.NamedNode | ox.Literal]]:
    node = span_iri(article, begin, end)
    return [
        (node, RDF.type, _n(cls)),
        (node, NIF.beginIndex, _int(begin)),
        (node, NIF.endIndex, _int(end)),
        (node, NIF.anchorOf, _lit(TEXTS[article][begin:end])),
        (node, NIF.referenceContext, _n(article_iri(article))),
    ]


def _mention(article: str, surface: str, entity: str, sentence: tuple[int, int]) -> list:
    begin = TEXTS[article].index(surface)
    node = span_iri(article, begin, begin + len(surface))
    return [
        *_span(article, begin, begin + len(surface), KG.Mention),
        (node, RDF.type, _n(NIF.Phrase)),
        (node, NIF.sentence, _n(span_iri(article, *sentence))),
        (node, ITSRDF.taIdentRef, _n(entity)),
    ]


def article_quads(article: str) -> list[ox.Quad]:
    text, node = TEXTS[article], article_iri(article)
    triples: list = [
        (node, RDF.type, _n(NIF.Context)),
        (node, NIF.isString, _lit(text)),
        (node, DCTERMS.identifier, _lit(article)),
        (node, DCTERMS["title"], _lit(f"Article {article}")),
    ]
    sentences = _sentences(text)
    for begin, end in sentences:
        triples += _span(article, begin, end, NIF.Sentence)
    for surface, entity in (
        ("SDF", SDF),
        ("Syrian Democratic Forces", SDF),
        ("Raqqa", RAQQA),
        ("Islamic State", ISIS),
    ):
        if surface in text:
            start = text.index(surface)
            triples += _mention(article, surface, entity, next(s for s in sentences if s[0] <= start < s[1]))
    if article == "a1":
        triples += _event(article, sentences[0])
    return _quads(article_graph(article), triples)


def _sentences(text: str) -> list[tuple[int, int]]:
    first_end = text.index(".") + 1
    return [(0, first_end), (first_end + 1, len(text))] if first_end < len(text) else [(0, len(text))]


def _event(article: str, sentence: tuple[int, int]) -> list:
    begin = TEXTS[article].index("stormed")
    trigger = span_iri(article, begin, begin + len("stormed"))
    return [
        (EVENT, RDF.type, _n(KG.Event)),
        (EVENT, RDFS.label, _lit("armed clash: SDF at Raqqa", "en")),
        (EVENT, KG.eventType, _n(ACLED.battles)),
        (EVENT, KG.initiator, _n(SDF)),
        (EVENT, KG.target, _n(ISIS)),
        (EVENT, KG.place, _n(RAQQA)),
        (EVENT, KG.date, _lit("2017-06-06", datatype=XSD.date)),
        (EVENT, KG.evidence, _n(span_iri(article, *sentence))),
        (EVENT, KG.trigger, _n(trigger)),
        *_span(article, begin, begin + len("stormed"), NIF.Phrase),
    ]


def all_quads() -> list[ox.Quad]:
    return shared_quads() + [q for article in TEXTS for q in article_quads(article)]


def build_fixture_store(path: Path) -> Path:
    store = ox.Store(str(path))
    store.extend(all_quads())
    store.flush()
    del store
    return path
