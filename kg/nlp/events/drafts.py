"""Events while they are being put together, and how restatements of one happening become one event.

Within a sentence, triggers of the same event type report one happening ("a lightning offensive ...
opening a new front"). Across the article, a draft that agrees with an earlier one on type, sub-type,
actors, place and date restates it (the headline, the lede and the body of a news story).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from spacy.tokens import Span

from ...records import Entity, EntityKind, Event, EventDate, Modality, Quantity
from .lexicon import TriggerRule
from .reading import SentenceView
from .roles import Roles
from .setting import most_specific

SAME_AREA_KM = 30.0
_STATE_KINDS = {EntityKind.STATE_FORCES, EntityKind.GOVERNMENT_BODY, EntityKind.STATE}
_MODALITY_STRENGTH = [Modality.ASSERTED, Modality.CLAIMED, Modality.UNVERIFIED, Modality.EXPECTED, Modality.DENIED]


@dataclass
class Draft:
    rule: TriggerRule
    trigger: Span
    view: SentenceView
    sub_event_type: str
    roles: Roles
    places: list[Entity] = field(default_factory=list)
    place_inherited: bool = False
    actors_inherited: bool = False
    date: EventDate | None = None
    operation: Entity | None = None
    modality: Modality = Modality.ASSERTED
    sources: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)

    @property
    def event_type(self) -> str:
        return self.rule.event_type

    def actor_keys(self) -> set[str]:
        return {e.key for e in (*self.roles.initiators, *self.roles.targets, *self.roles.associated)}

    def absorb(self, other: Draft) -> None:
        """Take in what a restatement adds. Within a sentence the more specific trigger becomes the
        evidence; across sentences the first statement stays the evidence."""
        if other.rule.priority > self.rule.priority and other.view is self.view:
            self.rule, self.trigger, self.sub_event_type = other.rule, other.trigger, other.sub_event_type
        for role in ("initiators", "targets", "associated"):
            for entity in getattr(other.roles, role):
                self.roles.add(role.rstrip("s") if role != "associated" else role, entity)
        if self.place_inherited and not other.place_inherited and other.places:
            self.places, self.place_inherited = list(other.places), False
        self.places += [p for p in other.places if p not in self.places]
        self.date = self.date or other.date
        self.operation = self.operation or other.operation
        self.sources += [s for s in other.sources if s not in self.sources]
        kinds = {q.kind for q in self.quantities}  # a restated toll is the same toll
        self.quantities += [q for q in other.quantities if q.kind not in kinds]
        if _MODALITY_STRENGTH.index(other.modality) < _MODALITY_STRENGTH.index(self.modality):
            self.modality = other.modality  # a restatement as fact outweighs an earlier hedge


def resolve_sub_event(draft: Draft, civilians_near: bool) -> str:
    """Sub-event types that depend on who is involved."""
    if draft.rule.resolve == "territory":
        state = any(e.kind in _STATE_KINDS for e in draft.roles.initiators)
        return "government-regains-territory" if state else "non-state-actor-overtakes-territory"
    if draft.rule.resolve == "attack":
        on_people = civilians_near or any(e.kind is EntityKind.PERSON for e in draft.roles.targets)
        return "attack" if on_people else "armed-clash"
    return draft.rule.sub_event_type


def resolved_event_type(draft: Draft) -> str:
    if draft.rule.resolve == "attack":
        return "violence-against-civilians" if draft.sub_event_type == "attack" else "battles"
    return draft.event_type


def merge_sentence(drafts: list[Draft]) -> list[Draft]:
    merged: dict[str, Draft] = {}
    for draft in drafts:
        key = resolved_event_type(draft)
        if key in merged:
            merged[key].absorb(draft)
        else:
            merged[key] = draft
    return list(merged.values())


def _places_agree(a: Draft, b: Draft) -> bool:
    if not a.places or not b.places:
        return True
    if a.place_inherited and b.place_inherited:
        return False  # two events placed only by context are two events
    return any(_same_area(p, q) for p in a.places for q in b.places)


def _same_area(p: Entity, q: Entity) -> bool:
    """One place, one inside the other, or two places a few kilometres apart ("Al-Bahra" and "the Hajin
    area"); a river runs past many places ("on the Euphrates" and "near Baghuz")."""
    if p.key == q.key or p.key == q.governorate or q.key == p.governorate:
        return True
    if EntityKind.RIVER in (p.kind, q.kind):
        return True
    return None not in (p.lat, p.lon, q.lat, q.lon) and kilometres(p, q) <= SAME_AREA_KM


def kilometres(p: Entity, q: Entity) -> float:
    """Great-circle distance between two places with coordinates."""
    assert p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None
    lat1, lon1, lat2, lon2 = map(math.radians, (p.lat, p.lon, q.lat, q.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _hedged(modality: Modality) -> bool:
    return modality in (Modality.UNVERIFIED, Modality.DENIED, Modality.EXPECTED)


def restates(later: Draft, earlier: Draft) -> bool:
    if resolved_event_type(later) != resolved_event_type(earlier) or later.sub_event_type != earlier.sub_event_type:
        return False
    if later.date and earlier.date and later.date.value != earlier.date.value:
        return False
    if _hedged(later.modality) != _hedged(earlier.modality):
        return False  # "unverified reports of clashes" are not the clashes reported as fact
    a, b = later.actor_keys(), earlier.actor_keys()
    return (not a or not b or bool(a & b)) and _places_agree(later, earlier)


def merge_article(drafts: list[Draft]) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        earlier = next((k for k in kept if restates(draft, k)), None)
        if earlier:
            earlier.absorb(draft)
        else:
            kept.append(draft)
    return kept


def confidence(draft: Draft) -> float:
    score = 0.35 + 0.05 * min(draft.rule.priority, 4)
    score += 0.15 if draft.roles.initiators else 0.0
    score += 0.1 if draft.roles.targets else 0.0
    score += 0.1 if draft.places and not draft.place_inherited else 0.05 if draft.places else 0.0
    score += 0.1 if draft.date else 0.0
    score -= 0.1 if draft.actors_inherited else 0.0
    return round(max(0.05, min(score, 0.95)), 2)


def to_event(draft: Draft) -> Event:
    return Event(
        key=f"e{draft.trigger.start_char}",
        event_type=resolved_event_type(draft),
        sub_event_type=draft.sub_event_type,
        sentence=draft.view.sentence,
        trigger_start=draft.trigger.start_char,
        trigger_end=draft.trigger.end_char,
        actor1=tuple(draft.roles.initiators),
        actor2=tuple(draft.roles.targets),
        associated=tuple(draft.roles.associated),
        places=tuple(most_specific(draft.places)),
        date=draft.date,
        operation=draft.operation,
        modality=draft.modality,
        sources=tuple(draft.sources),
        quantities=tuple(draft.quantities),
        confidence=confidence(draft),
    )
