"""Content negotiation: media types ↔ pyoxigraph formats, driven by tables, honouring q-values.

A ``format`` parameter (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``ntriples``, ``rdfxml``,
``jsonld``, ``trig``, ``nquads``, ``html``) overrides the ``Accept`` header, for browsers.

>>> choose(RESULT_OFFERS, "text/csv;q=0.5, application/sparql-results+xml").key
'xml'
>>> choose(GRAPH_OFFERS, "application/json").key
'jsonld'
>>> choose(GRAPH_OFFERS, None, "nquads").media_type
'application/n-quads'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Offer:
    """One representation the server can produce: a ``format`` key, its media type, accepted aliases."""

    key: str
    media_type: str
    aliases: tuple[str, ...] = ()
    results_format: ox.QueryResultsFormat | None = None
    rdf_format: ox.RdfFormat | None = None

    @property
    def media_types(self) -> tuple[str, ...]:
        return (self.media_type, *self.aliases)

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/") or self.key in ("json", "jsonld", "ntriples", "nquads")
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type


class NotAcceptable(Exception):
    """No offer satisfies the request; the message lists what is available."""


class UnknownFormat(NotAcceptable):
    """The ``format`` parameter names no format at all."""


Q = ox.QueryResultsFormat
R = ox.RdfFormat

RESULT_OFFERS: tuple[Offer, ...] = (
    Offer("json", "application/sparql-results+json", ("application/json",), results_format=Q.JSON),
    Offer("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), results_format=Q.XML),
    Offer("csv", "text/csv", (), results_format=Q.CSV),
    Offer("tsv", "text/tab-separated-values", (), results_format=Q.TSV),
)
_TURTLE = Offer("turtle", "text/turtle", ("application/x-turtle",), rdf_format=R.TURTLE)
_TRIG = Offer("trig", "application/trig", ("application/x-trig",), rdf_format=R.TRIG)
_NQUADS = Offer("nquads", "application/n-quads", ("text/x-nquads",), rdf_format=R.N_QUADS)
_NTRIPLES = Offer("ntriples", "application/n-triples", ("text/plain",), rdf_format=R.N_TRIPLES)
_RDFXML = Offer("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), rdf_format=R.RDF_XML)
_JSONLD = Offer("jsonld", "application/ld+json", ("application/json",), rdf_format=R.JSON_LD)
HTML = Offer("html", "text/html", ("application/xhtml+xml",))

GRAPH_OFFERS: tuple[Offer, ...] = (_TURTLE, _NTRIPLES, _RDFXML, _JSONLD, _TRIG, _NQUADS)
DATASET_OFFERS: tuple[Offer, ...] = (_NQUADS, _TRIG, _TURTLE)
PAGE_OFFERS: tuple[Offer, ...] = (HTML, _TURTLE, _JSONLD, _NTRIPLES, _RDFXML)
FORMAT_KEYS = frozenset(o.key for o in (*RESULT_OFFERS, *GRAPH_OFFERS, HTML))


def offer_by_key(key: str) -> Offer:
    for offer in (*RESULT_OFFERS, *GRAPH_OFFERS, HTML):
        if offer.key == key:
            return offer
    raise KeyError(key)


def parse_accept(accept: str | None) -> list[tuple[str, float]]:
    """``Accept`` → ``[(media_range, q), ...]``; a missing or empty header accepts anything."""
    if not accept or not accept.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in accept.split(","):
        media_range, *params = (p.strip() for p in part.split(";"))
        if not media_range:
            continue
        ranges.append((media_range.lower(), _q_value(params)))
    return ranges


def _q_value(params: list[str]) -> float:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                return max(0.0, min(1.0, float(value)))
            except ValueError:
                return 0.0
    return 1.0


def _match(media_range: str, media_type: str) -> int:
    """How specifically ``media_range`` matches ``media_type``: 3 exact, 2 ``type/*``, 1 ``*/*``, 0 not."""
    if media_range == media_type:
        return 3
    if media_range == "*/*":
        return 1
    kind, _, sub = media_range.partition("/")
    return 2 if sub == "*" and media_type.startswith(kind + "/") else 0


def quality(ranges: list[tuple[str, float]], media_types: Sequence[str]) -> float:
    """The q-value the client gives the first of ``media_types`` it names most specifically."""
    best_specificity, best_q = 0, 0.0
    for media_type in media_types:
        for media_range, q in ranges:
            specificity = _match(media_range, media_type)
            more_specific = specificity > best_specificity
            if more_specific or (specificity and specificity == best_specificity and q > best_q):
                best_specificity, best_q = specificity, q
    return best_q


def choose(offers: Sequence[Offer], accept: str | None, format: str | None = None) -> Offer:
    """The offer a client wants: the ``format`` key if given, else the best ``Accept`` match."""
    if format:
        return _by_format(offers, format)
    ranges = parse_accept(accept)
    scored = [(quality(ranges, offer.media_types), -i, offer) for i, offer in enumerate(offers)]
    q, _, offer = max(scored, key=lambda item: (item[0], item[1]))
    if q <= 0:
        raise NotAcceptable(f"none of the requested media types ({accept}) is available here; "
                            f"available: {', '.join(o.media_type for o in offers)}")
    return offer


def _by_format(offers: Sequence[Offer], format: str) -> Offer:
    key = format.strip().lower()
    for offer in offers:
        if key in (offer.key, offer.media_type):
            return offer
    if key not in FORMAT_KEYS:
        raise UnknownFormat(f"unknown format {format!r}; use one of {', '.join(sorted(FORMAT_KEYS))}")
    keys = ", ".join(o.key for o in offers)
    raise NotAcceptable(f"format {format!r} does not apply here; use one of {keys}")


def preference(accept: str | None, media_types: Sequence[str]) -> str | None:
    """The media type among ``media_types`` the client prefers (ties: the first listed), or None."""
    ranges = parse_accept(accept)
    scored = [(quality(ranges, (m,)), -i, m) for i, m in enumerate(media_types)]
    q, _, media_type = max(scored)
    return media_type if q > 0 else None
