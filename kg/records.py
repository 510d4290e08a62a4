"""The typed records that flow between stages: corpus → nlp → link → rdf.

All offsets are Python string indices (Unicode code points) into ``Article.text``, end exclusive, as in
NIF 2.0. Records are frozen: a stage makes new ones rather than changing what it was given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Article:
    """One news article as read from the corpus, with its text untouched."""

    id: str
    text: str
    lang: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    path: str = ""
    lang_detected: bool = False
    # Character ranges of web boilerplate (share widgets, comment forms, captions) kept out of extraction.
    boilerplate: tuple[tuple[int, int], ...] = ()

    def in_boilerplate(self, start: int, end: int) -> bool:
        return any(b0 <= start and end <= b1 for b0, b1 in self.boilerplate)


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be read; ``line`` and ``field`` say where, when known."""

    path: str
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.path + (f":{self.line}" if self.line else "")
        what = f" (field '{self.field}')" if self.field else ""
        return f"{where}: {self.message}{what}"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


class EntityKind(StrEnum):
    """Coarse entity kinds used by extraction; each maps to an ontology class (see kg.rdf.terms)."""

    ARMED_GROUP = "ArmedGroup"
    STATE_FORCES = "StateForces"
    COALITION = "Coalition"
    GOVERNMENT_BODY = "GovernmentBody"
    MEDIA = "MediaOrganization"
    FACTION = "Faction"
    STATE = "State"
    ETHNIC_GROUP = "EthnicGroup"
    PERSON = "Person"
    PLACE = "Place"
    SETTLEMENT = "Settlement"
    GOVERNORATE = "Governorate"
    DISTRICT = "District"
    RIVER = "River"
    DESERT = "Desert"
    REGION = "Region"
    FACILITY = "Facility"
    AIR_BASE = "AirBase"
    OIL_FIELD = "OilField"
    OPERATION = "MilitaryOperation"
    CONFLICT = "Conflict"
    ORGANIZATION = "Organization"

    @property
    def is_place(self) -> bool:
        return self in PLACE_KINDS

    @property
    def is_actor(self) -> bool:
        return self in ACTOR_KINDS


PLACE_KINDS = frozenset({
    EntityKind.PLACE, EntityKind.SETTLEMENT, EntityKind.GOVERNORATE, EntityKind.DISTRICT, EntityKind.RIVER,
    EntityKind.DESERT, EntityKind.REGION, EntityKind.FACILITY, EntityKind.AIR_BASE, EntityKind.OIL_FIELD,
})
ACTOR_KINDS = frozenset({
    EntityKind.ARMED_GROUP, EntityKind.STATE_FORCES, EntityKind.COALITION, EntityKind.GOVERNMENT_BODY,
    EntityKind.MEDIA, EntityKind.FACTION, EntityKind.STATE, EntityKind.ETHNIC_GROUP, EntityKind.PERSON,
    EntityKind.ORGANIZATION,
})


@dataclass(frozen=True)
class Entity:
    """Something a mention can refer to: a curated individual, a gazetteer place or a minted entity."""

    key: str  # path under kg:entity/, e.g. "sdf", "wof/1242669227", "person/habun-osman"
    label: str
    kind: EntityKind
    wikidata: str | None = None
    curated: bool = False
    from_gazetteer: bool = False
    governorate: str | None = None  # key of the containing governorate
    country: str | None = None  # key of the containing country
    lat: float | None = None
    lon: float | None = None
    labels: tuple[tuple[str, str], ...] = ()  # (language, label) pairs for places from the gazetteer
    wof_id: str | None = None  # the Who's On First record a place was matched to
    population: int = 0  # from the gazetteer, where known: a tie-breaker between places of one name


@dataclass(frozen=True)
class Mention:
    """A span of text that names something, found by the NLP stage before linking."""

    start: int
    end: int
    text: str
    kind: EntityKind
    sentence: Sentence
    candidates: tuple[str, ...] = ()  # entity keys proposed by the gazetteers, best first
    source: str = "ruler"  # ruler | ner | rule
    demonym: bool = False
    context_hint: str | None = None  # "governorate" | "settlement" when nearby words say which


@dataclass(frozen=True)
class LinkedMention:
    mention: Mention
    entity: Entity


class Modality(StrEnum):
    ASSERTED = "asserted"
    CLAIMED = "claimed"
    UNVERIFIED = "unverified"
    DENIED = "denied"
    EXPECTED = "expected"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class EventDate:
    value: dt.date
    precision: DatePrecision
    start: int | None = None  # span of the temporal expression, when there is one
    end: int | None = None


@dataclass(frozen=True)
class Quantity:
    kind: str  # killed | wounded | captured | freed
    value: int
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """One happening an article reports, with its evidence."""

    key: str
    event_type: str  # ACLED concept key, e.g. "battles"
    sub_event_type: str  # ACLED sub-event concept key, e.g. "armed-clash"
    sentence: Sentence
    trigger_start: int
    trigger_end: int
    actor1: tuple[Entity, ...] = ()
    actor2: tuple[Entity, ...] = ()
    associated: tuple[Entity, ...] = ()
    places: tuple[Entity, ...] = ()
    date: EventDate | None = None
    operation: Entity | None = None
    modality: Modality = Modality.ASSERTED
    sources: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 0.5


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline found in one article, linked and ready to become RDF."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[LinkedMention, ...]
    events: tuple[Event, ...] = field(default=())

    @property
    def entities(self) -> tuple[Entity, ...]:
        seen: dict[str, Entity] = {}
        for m in self.mentions:
            seen.setdefault(m.entity.key, m.entity)
        for ev in self.events:
            for e in (*ev.actor1, *ev.actor2, *ev.associated, *ev.places, *ev.sources):
                seen.setdefault(e.key, e)
            if ev.operation:
                seen.setdefault(ev.operation.key, ev.operation)
        return tuple(seen.values())
