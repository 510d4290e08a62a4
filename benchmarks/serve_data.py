"""A synthetic store in kg's layout for the server benchmark: N articles with sentences, mentions of a pool
of entities, and one event per article."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import (
    ACLED,
    ENTITIES_GRAPH,
    ITSRDF,
    KG,
    NIF,
    RDF,
    RDFS,
    XSD,
    article_graph,
    article_iri,
    entity_iri,
    event_iri,
    span_iri,
)

ENTITIES = [f"group-{i}" for i in range(60)]
SENTENCE = "Fighters of {a} clashed with {b} near the river on Tuesday, a monitor said."


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD.integer))


def entity_quads() -> list[ox.Quad]:
    graph = _n(ENTITIES_GRAPH)
    quads = []
    for key in ENTITIES:
        node = _n(entity_iri(key))
        quads += [
            ox.Quad(node, _n(RDF.type), _n(KG.ArmedGroup), graph),
            ox.Quad(node, _n(RDFS.label), ox.Literal(key.replace("-", " ").title(), language="en"), graph),
        ]
    return quads


def _span(doc: str, begin: int, end: int, text: str, cls: str, graph: ox.NamedNode) -> list[ox.Quad]:
    node = _n(span_iri(doc, begin, end))
    return [
        ox.Quad(node, _n(RDF.type), _n(cls), graph),
        ox.Quad(node, _n(NIF.beginIndex), _int(begin), graph),
        ox.Quad(node, _n(NIF.endIndex), _int(end), graph),
        ox.Quad(node, _n(NIF.anchorOf), ox.Literal(text[begin:end]), graph),
        ox.Quad(node, _n(NIF.referenceContext), _n(article_iri(doc)), graph),
    ]


def article_quads(index: int) -> list[ox.Quad]:
    doc, graph = f"bench{index:05d}", _n(article_graph(f"bench{index:05d}"))
    a, b = ENTITIES[index % len(ENTITIES)], ENTITIES[(index * 7 + 3) % len(ENTITIES)]
    sentences = [SENTENCE.format(a=a, b=b) for _ in range(8)]
    text = " ".join(sentences)
    quads = [ox.Quad(_n(article_iri(doc)), _n(NIF.isString), ox.Literal(text), graph)]
    offset = 0
    for sentence in sentences:
        quads += _span(doc, offset, offset + len(sentence), text, NIF.Sentence, graph)
        for key in (a, b):
            begin = offset + sentence.index(key)
            quads += _span(doc, begin, begin + len(key), text, KG.Mention, graph)
            quads.append(
                ox.Quad(
                    _n(span_iri(doc, begin, begin + len(key))),
                    _n(ITSRDF.taIdentRef),
                    _n(entity_iri(key)),
                    graph,
                )
            )
        offset += len(sentence) + 1
    event = _n(event_iri(doc, "e1"))
    quads += [
        ox.Quad(event, _n(RDF.type), _n(KG.Event), graph),
        ox.Quad(event, _n(KG.eventType), _n(ACLED.battles), graph),
        ox.Quad(event, _n(KG.initiator), _n(entity_iri(a)), graph),
        ox.Quad(event, _n(KG.target), _n(entity_iri(b)), graph),
    ]
    return quads


def build_store(path: Path, articles: int) -> Path:
    store = ox.Store(str(path))
    store.extend(entity_quads())
    for index in range(articles):
        store.extend(article_quads(index))
    store.flush()
    del store
    return path
