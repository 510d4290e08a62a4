"""Content negotiation tables and q-values."""

from __future__ import annotations

import pytest

from kg.serve.negotiation import (
    DATASET_OFFERS,
    GRAPH_OFFERS,
    PAGE_OFFERS,
    RESULT_OFFERS,
    NotAcceptable,
    UnknownFormat,
    choose,
    parse_accept,
    preference,
)


@pytest.mark.parametrize(
    ("offers", "accept", "key"),
    [
        (RESULT_OFFERS, None, "json"),
        (RESULT_OFFERS, "*/*", "json"),
        (RESULT_OFFERS, "application/sparql-results+xml", "xml"),
        (RESULT_OFFERS, "application/xml", "xml"),
        (RESULT_OFFERS, "text/csv", "csv"),
        (RESULT_OFFERS, "text/tab-separated-values", "tsv"),
        (RESULT_OFFERS, "application/sparql-results+json;q=0.5, text/csv", "csv"),
        (RESULT_OFFERS, "text/csv;q=0.9, application/sparql-results+json;q=0.1", "csv"),
        (RESULT_OFFERS, "text/*;q=0.9, application/sparql-results+json;q=0.1", "xml"),
        (RESULT_OFFERS, "text/csv;q=0, */*;q=0.1", "json"),
        (GRAPH_OFFERS, None, "turtle"),
        (GRAPH_OFFERS, "application/n-triples", "ntriples"),
        (GRAPH_OFFERS, "application/rdf+xml", "rdfxml"),
        (GRAPH_OFFERS, "application/ld+json", "jsonld"),
        (GRAPH_OFFERS, "application/json", "jsonld"),
        (GRAPH_OFFERS, "application/trig", "trig"),
        (GRAPH_OFFERS, "application/n-quads", "nquads"),
        (DATASET_OFFERS, "*/*", "nquads"),
        (PAGE_OFFERS, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"),
        (PAGE_OFFERS, "text/turtle", "turtle"),
        (PAGE_OFFERS, "application/ld+json", "jsonld"),
    ],
)
def test_accept_header_picks_the_best_offer(offers, accept, key) -> None:
    assert choose(offers, accept).key == key


def test_format_parameter_overrides_accept() -> None:
    assert choose(RESULT_OFFERS, "application/sparql-results+json", "tsv").key == "tsv"
    assert choose(GRAPH_OFFERS, "text/turtle", "jsonld").media_type == "application/ld+json"


def test_nothing_acceptable_and_unknown_formats_are_told_apart() -> None:
    with pytest.raises(NotAcceptable, match="available"):
        choose(RESULT_OFFERS, "image/png")
    with pytest.raises(UnknownFormat):
        choose(RESULT_OFFERS, None, "yaml")
    with pytest.raises(NotAcceptable) as info:
        choose(RESULT_OFFERS, None, "turtle")
    assert not isinstance(info.value, UnknownFormat)


def test_accept_parsing_and_preference() -> None:
    assert parse_accept("text/csv;q=0.3, application/json") == [("text/csv", 0.3), ("application/json", 1.0)]
    assert parse_accept("") == [("*/*", 1.0)]
    assert preference("application/sparql-results+xml", ["application/json", "text/plain"]) is None
    assert preference("*/*", ["application/json", "text/plain"]) == "application/json"
