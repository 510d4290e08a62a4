"""Text spans as NIF strings: RFC 5147 fragment IRIs with begin and end offsets into the article text."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from ..namespaces import NIF, RDF, article_iri, span_iri
from ..records import Article, Sentence
from .terms import integer, iri, text, triple


def span_node(article: Article, start: int, end: int) -> ox.NamedNode:
    return iri(span_iri(article.id, start, end))


def sentence_node(article: Article, sentence: Sentence) -> ox.NamedNode:
    return span_node(article, sentence.start, sentence.end)


def span_triples(article: Article, start: int, end: int, cls: str) -> Iterator[ox.Triple]:
    """A span of class ``cls`` (nif:Sentence, nif:Phrase, ...) with its offsets and text."""
    node = span_node(article, start, end)
    yield triple(node, RDF.type, iri(cls))
    yield triple(node, NIF.beginIndex, integer(start))
    yield triple(node, NIF.endIndex, integer(end))
    yield triple(node, NIF.anchorOf, text(article.text[start:end]))
    yield triple(node, NIF.referenceContext, iri(article_iri(article.id)))
