"""Where and when: the place of an event (the named places near its trigger, or the place the text is
talking about), its date (time expressions resolved against the publication date, or against a date that
introduces a quote), and the military operation it belongs to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...records import Entity, EntityKind, EventDate
from ...timex import TimeExpression, TimexKind, resolve
from ..components import text_of
from .lexicon import EventCues
from .reading import SentenceView, clause_gap, contains, folded, preceded_by

PLACE_REACH_BEFORE = 12
PLACE_REACH_AFTER = 18
# Most specific first: an event is placed at the village, not at the governorate around it.
_SPECIFICITY = {
    EntityKind.SETTLEMENT: 0, EntityKind.FACILITY: 0, EntityKind.AIR_BASE: 0, EntityKind.OIL_FIELD: 0,
    EntityKind.PLACE: 1, EntityKind.DISTRICT: 2, EntityKind.RIVER: 3, EntityKind.DESERT: 3,
    EntityKind.REGION: 3, EntityKind.GOVERNORATE: 4, EntityKind.STATE: 9,
}


@dataclass
class TextContext:
    """What the article has been talking about so far: it carries places, dates and speakers from one
    sentence to the next within a paragraph."""

    published: dt.date | None
    paragraph: int = -1
    place: list[Entity] = field(default_factory=list)  # where the last reported event happened
    paragraph_place: list[Entity] = field(default_factory=list)  # the last place this paragraph named
    settlement: Entity | None = None
    anchor: dt.date | None = None
    quote_source: Entity | None = None
    quote_open: bool = False

    def new_paragraph(self, paragraph: int) -> None:
        if paragraph != self.paragraph:
            self.paragraph = paragraph
            self.paragraph_place = []
            self.anchor = self.published
            self.quote_source, self.quote_open = None, False


def event_places(doc: Doc, trigger: Span, view: SentenceView, cues: EventCues) -> list[Entity]:
    """Named places near the trigger, nearest first, countries only when nothing else is named."""
    found = []
    for place in view.places():
        if preceded_by(doc, place.start, cues.metonymy_before, view.start, limit=3):
            continue  # "i soldati di Damasco": a government, not a place
        distance = place.start - trigger.end if place.start >= trigger.end else trigger.start - place.end
        reach = PLACE_REACH_AFTER if place.start >= trigger.end else PLACE_REACH_BEFORE
        if distance <= reach and not clause_gap(doc, trigger.start, place.start):
            found.append((distance, place.entity))
    found.sort(key=lambda d: (d[1].kind is EntityKind.STATE, d[0]))
    places = list(dict.fromkeys(e for _, e in found))
    local = [p for p in places if p.kind is not EntityKind.STATE]
    return local or places


def most_specific(places: list[Entity]) -> list[Entity]:
    """The village before the governorate around it; among equals, the order of the text."""
    return sorted(places, key=lambda p: _SPECIFICITY.get(p.kind, 5))


def anaphoric_place(doc: Doc, view: SentenceView, cues: EventCues, context: TextContext) -> Entity | None:
    """"the city", "la città": the last settlement the text named."""
    words = folded(doc, view.start, view.end)
    return context.settlement if contains(words, cues.anaphora_settlement) else None


def update_places(doc: Doc, view: SentenceView, cues: EventCues, context: TextContext, narrative: bool) -> None:
    """Remember the last settlement and the last place the paragraph named, and, when the sentence reports
    an event, its place: where the story is. A sentence of background in another paragraph ("He documented
    the rebirth of Kobani") does not move the story."""
    literal = [p for p in view.places()
               if not preceded_by(doc, p.start, cues.metonymy_before, view.start, limit=3)]
    local = [p.entity for p in literal if p.entity.kind is not EntityKind.STATE]
    if not local:
        anaphora = anaphoric_place(doc, view, cues, context)
        local = [anaphora] if anaphora else []
    if local:
        here = most_specific(local)[:1]  # "near Baghuz, in the Euphrates valley": the story is at Baghuz
        context.paragraph_place = here
        if narrative:
            context.place = here
    for place in literal:
        if place.entity.kind is EntityKind.SETTLEMENT:
            context.settlement = place.entity


def update_anchor(view: SentenceView, doc: Doc, context: TextContext) -> None:
    """A day-precise date followed by a colon ("According to Bali on Feb 10: “...") dates what follows."""
    for expr in view.times:
        if expr.kind is TimexKind.ABSOLUTE and expr.day is not None and _before_colon(doc, expr):
            resolved = resolve(expr, context.published)
            if resolved:
                context.anchor = resolved.value


def event_date(trigger: Span, view: SentenceView, narrative_times: list[TimeExpression],
               context: TextContext) -> EventDate | None:
    """The sentence's time expression nearest the trigger; else the first of ``narrative_times`` that
    resolves (see extract._narrative_times)."""
    def distance(expr: TimeExpression) -> int:
        return min(abs(expr.start - trigger.start_char), abs(expr.end - trigger.end_char))

    own = sorted(view.times, key=distance)
    # "Bali on Feb 10: “...”": the day of the statement dates the quote's "yesterday", not the event itself.
    own = [t for t in own if not (_before_colon(trigger.doc, t) and t.end < trigger.start_char)] or own
    for expr in [*own, *narrative_times]:
        resolved = None if expr.vague else resolve(expr, context.anchor or context.published)
        if resolved:
            return resolved
    return None


def _before_colon(doc: Doc, expr: TimeExpression) -> bool:
    return ":" in text_of(doc)[expr.end:expr.end + 3]


def event_operation(view: SentenceView, neighbours: list[SentenceView]) -> Entity | None:
    for candidate in (view, *neighbours):
        operations = candidate.operations()
        if operations:
            return operations[0].entity
    return None
