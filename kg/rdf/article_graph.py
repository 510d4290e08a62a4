"""The named graph of one article: its metadata and text (a NIF context), the sentences and mentions with
their offsets, the entities minted from its text, and its events."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from ..namespaces import DCTERMS, ITSRDF, KG, NIF, RDF, RDFS, SCHEMA, SKOS, article_iri
from ..records import Article, Entity, Extraction, LinkedMention
from .events import event_triples
from .spans import sentence_node, span_node, span_triples
from .terms import boolean, date, entity_node, integer, iri, text, triple


def article_triples(extraction: Extraction, pipeline: str) -> list[ox.Triple]:
    """Every triple of the article's graph, in a deterministic order."""
    article = extraction.article
    triples = [
        *metadata_triples(article, pipeline),
        *_sentence_triples(extraction),
        *(t for m in extraction.mentions for t in mention_triples(article, m)),
        *(t for e in extraction.entities if _minted(e) for t in minted_entity_triples(e)),
        *(t for ev in extraction.events for t in event_triples(article, ev)),
    ]
    return sorted(set(triples), key=str)


def metadata_triples(article: Article, pipeline: str) -> Iterator[ox.Triple]:
    node = iri(article_iri(article.id))
    yield triple(node, RDF.type, iri(KG.Article))
    yield triple(node, RDF.type, iri(NIF.Context))
    yield triple(node, DCTERMS.identifier, text(article.id))
    yield triple(node, NIF.isString, text(article.text))
    yield triple(node, NIF.beginIndex, integer(0))
    yield triple(node, NIF.endIndex, integer(len(article.text)))
    yield triple(node, SCHEMA.inLanguage, text(article.lang))
    yield triple(node, KG.languageDetected, boolean(article.lang_detected))
    yield triple(node, KG.pipeline, text(pipeline))
    if article.title:
        yield triple(node, SCHEMA.headline, text(article.title))
    if article.source:
        yield triple(node, KG.sourceName, text(article.source))
    if article.url:
        yield triple(node, SCHEMA.url, iri(article.url))
        yield triple(node, NIF.sourceUrl, iri(article.url))
    if article.published:
        yield triple(node, SCHEMA.datePublished, date(article.published))
    for start, end in article.boilerplate:
        yield triple(node, KG.boilerplate, span_node(article, start, end))
        yield from span_triples(article, start, end, NIF.String)


def _sentence_triples(extraction: Extraction) -> Iterator[ox.Triple]:
    article = extraction.article
    used = {m.mention.sentence for m in extraction.mentions} | {e.sentence for e in extraction.events}
    for sentence in sorted(used, key=lambda s: s.start):
        yield from span_triples(article, sentence.start, sentence.end, NIF.Sentence)


def mention_triples(article: Article, linked: LinkedMention) -> Iterator[ox.Triple]:
    mention = linked.mention
    node = span_node(article, mention.start, mention.end)
    yield from span_triples(article, mention.start, mention.end, KG.Mention)
    yield triple(node, RDF.type, iri(NIF.Phrase))
    yield triple(node, NIF.sentence, sentence_node(article, mention.sentence))
    yield triple(node, ITSRDF.taIdentRef, entity_node(linked.entity))
    yield triple(node, KG.extractedBy, text("demonym" if mention.demonym else mention.source))


def _minted(entity: Entity) -> bool:
    return not entity.curated and not entity.from_gazetteer


def minted_entity_triples(entity: Entity) -> Iterator[ox.Triple]:
    node = entity_node(entity)
    yield triple(node, RDF.type, iri(KG[entity.kind.value]))
    yield triple(node, RDFS.label, text(entity.label))
    yield triple(node, SKOS.prefLabel, text(entity.label))
    yield triple(node, KG.reviewStatus, iri(KG.Unreviewed))
