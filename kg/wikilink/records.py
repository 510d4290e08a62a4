"""The typed records of Wikidata linking: what is linked, what the endpoint found, what is proposed and
decided. Records are frozen; IRIs are plain strings and Wikidata items are QIDs ("Q3766")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ..namespaces import ENTITY, KG


class LinkStatus(StrEnum):
    """Where a candidate stands; ``iri`` is its kg:LinkStatus individual."""

    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"

    @property
    def iri(self) -> str:
        return KG[self.value.capitalize()]

    @classmethod
    def from_iri(cls, iri: str) -> LinkStatus:
        return cls(iri.removeprefix(KG).lower())


@dataclass(frozen=True)
class SearchName:
    """A name of an entity: its text, its language tag (None when the store has none) and whether it is a
    preferred label (rdfs:label, skos:prefLabel) rather than an alias (skos:altLabel)."""

    text: str
    lang: str | None
    preferred: bool


@dataclass(frozen=True)
class Subject:
    """An entity of the store without a Wikidata link, as the linker sees it."""

    iri: str
    label: str
    classes: frozenset[str]  # local names of its kg classes: "Person", "Settlement", ...
    names: tuple[SearchName, ...]
    languages: tuple[str, ...]  # of the articles that mention it, most frequent first; ("en",) if none
    countries: frozenset[str] = frozenset()  # QIDs of the states it lies in (kg:inCountry/owl:sameAs)

    @property
    def key(self) -> str:
        return self.iri.removeprefix(ENTITY)


@dataclass(frozen=True)
class NameMatch:
    """One of the subject's names (as sent) that an item carries as a label or as an alias (skos:altLabel)."""

    text: str
    lang: str
    alias: bool


@dataclass(frozen=True)
class WikidataItem:
    """A Wikidata item the endpoint found for a subject's names, with what scoring needs to know of it."""

    qid: str
    matches: frozenset[NameMatch]
    labels: tuple[tuple[str, str], ...] = ()  # (language, label)
    classes: frozenset[str] = frozenset()  # wdt:P31 values
    superclasses: frozenset[str] = frozenset()  # wdt:P279 values of those classes (one step)
    countries: frozenset[str] = frozenset()  # wdt:P17 values
    sitelinks: int = 0

    def label(self, languages: tuple[str, ...]) -> tuple[str, str | None]:
        """Its label and the label's language: in the first of ``languages`` it has one in, else any
        label, else its QID (and no language)."""
        by_lang = dict(self.labels)
        fallback = self.labels[0][0] if self.labels else None
        lang = next((lang for lang in languages if lang in by_lang), fallback)
        return (by_lang[lang], lang) if lang else (self.qid, None)


@dataclass(frozen=True)
class Candidate:
    """A Wikidata item proposed for an entity, with its score and rank among the entity's candidates."""

    entity: str
    entity_label: str
    qid: str
    label: str
    label_lang: str | None
    score: float
    rank: int = 1
    status: LinkStatus = LinkStatus.PROPOSED

    @property
    def entity_key(self) -> str:
        return self.entity.removeprefix(ENTITY)


@dataclass(frozen=True)
class Decision:
    """A person's verdict on a Wikidata item for an entity: accepted or rejected."""

    entity: str
    qid: str
    status: LinkStatus
    decided_at: dt.datetime

    @property
    def entity_key(self) -> str:
        return self.entity.removeprefix(ENTITY)
