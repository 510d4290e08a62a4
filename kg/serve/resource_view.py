"""What the HTML page of an IRI shows, as plain records, and how IRIs become links.

IRIs under ``https://w3id.org/kg-syria/`` link to this server's own pages (``/id/...``), so the UI and
the pages work locally before the w3id.org redirect points here.

>>> local_href("https://w3id.org/kg-syria/id/entity/sdf")
'/id/entity/sdf'
>>> compact("http://www.w3.org/2000/01/rdf-schema#label")
'rdfs:label'
"""

from __future__ import annotations

from dataclasses import dataclass

from ..namespaces import BASE, PREFIXES, WD

_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def local_href(iri: str) -> str:
    return "/" + iri[len(BASE):] if iri.startswith(BASE) else iri


def local_path_iri(path: str) -> str:
    """``/id/entity/sdf`` (a request path) → the IRI it stands for."""
    return BASE + path.lstrip("/")


def compact(iri: str) -> str:
    for prefix, namespace in _LONGEST_FIRST:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


@dataclass(frozen=True)
class Link:
    iri: str
    label: str = ""

    @property
    def href(self) -> str:
        return local_href(self.iri)

    @property
    def text(self) -> str:
        return self.label or compact(self.iri)

    @property
    def is_wikidata(self) -> bool:
        return self.iri.startswith(WD)


@dataclass(frozen=True)
class Value:
    """An object of a property: a link, or a literal with its language or datatype."""

    link: Link | None = None
    literal: str = ""
    language: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class Property:
    predicate: Link
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Label:
    text: str
    language: str


@dataclass(frozen=True)
class EventRole:
    """An event the resource takes part in, with the role it plays there."""

    event: Link
    role: Link
    event_type: Link | None
    date: str


@dataclass(frozen=True)
class Sentence:
    """A source sentence, split around the highlighted span."""

    article: Link
    span: Link
    before: str
    mention: str
    after: str


@dataclass(frozen=True)
class PageData:
    iri: str
    labels: tuple[Label, ...] = ()
    types: tuple[Link, ...] = ()
    wikidata: tuple[Link, ...] = ()
    properties: tuple[Property, ...] = ()
    events: tuple[EventRole, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    is_graph: bool = False

    @property
    def title(self) -> str:
        for preferred in ("en", ""):
            for label in self.labels:
                if label.language == preferred:
                    return label.text
        return self.labels[0].text if self.labels else compact(self.iri)

    @property
    def is_empty(self) -> bool:
        return not (self.properties or self.events or self.sentences or self.is_graph)


def split_sentence(text: str, begin: int, end: int) -> tuple[str, str, str]:
    """``text`` around the code-point span ``[begin, end)``, clamped to the text."""
    begin = max(0, min(begin, len(text)))
    end = max(begin, min(end, len(text)))
    return text[:begin], text[begin:end], text[end:]
