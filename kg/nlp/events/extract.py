"""Event extraction: for each sentence, the triggers it contains, then for each trigger its actors and
roles, place, date, operation, modality, source and quantities; restatements merged into one event."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ...catalog import fold
from ...records import Article, Entity, EntityKind, Event, LinkedMention, Modality, Sentence
from ...timex import TimeExpression, TimeUnit, TimexKind, find_time_expressions
from .component import TRIGGERS_KEY
from .drafts import Draft, merge_article, merge_sentence, resolve_sub_event, to_event
from .lexicon import EventCues, TriggerRule, event_cues, trigger_rules
from .modality import (
    attribution_sources,
    is_background,
    is_hypothetical,
    is_negated,
    modality,
    speaker_phrase,
    update_quote,
)
from .quantities import find_quantities
from .reading import Located, SentenceView, folded, near_word, quotation_ids, starts_with
from .roles import Roles, assign_roles, candidate_actors
from .setting import (
    TextContext,
    anaphoric_place,
    event_date,
    event_operation,
    event_places,
    update_anchor,
    update_places,
)

_REPORTERS = {EntityKind.PERSON, EntityKind.MEDIA}  # they tell of events, they are not the group acting
SUPPRESS_REACH = 4  # a specific weapon word next to a generic one ("attack with chemical weapons") wins


def extract_events(doc: Doc, article: Article, mentions: Sequence[LinkedMention],
                   sentences: Sequence[Sentence]) -> list[Event]:
    """The events ``article`` reports, in text order (``sentences``: see kg.nlp.sentences_of)."""
    cues = event_cues(article.lang)
    rules = {r.id: r for r in trigger_rules(article.lang)}
    if cues is None or not rules or TRIGGERS_KEY not in doc.spans:
        return []
    views = sentence_views(doc, article, mentions, sentences)
    context = TextContext(published=article.published)
    drafts: list[Draft] = []
    for index, view in enumerate(views):
        context.new_paragraph(view.paragraph)
        found = _sentence_drafts(doc, views, index, rules, cues, context, drafts)
        update_places(doc, view, cues, context, narrative=bool(found))
        drafts += found
    return [to_event(d) for d in merge_article(drafts)]


def sentence_views(doc: Doc, article: Article, mentions: Sequence[LinkedMention],
                   sentences: Sequence[Sentence]) -> list[SentenceView]:
    times = find_time_expressions(article.text, article.lang)
    quotes = quotation_ids(article.text)
    by_sentence: dict[Sentence, list[LinkedMention]] = {}
    for linked in mentions:
        by_sentence.setdefault(linked.mention.sentence, []).append(linked)
    views = []
    for sentence in sorted(set(by_sentence) | set(sentences), key=lambda s: s.start):
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None or article.in_boilerplate(sentence.start, sentence.end):
            continue
        view = SentenceView(sentence, article.text.count("\n", 0, sentence.start), span.start, span.end,
                            quote=max(quotes[sentence.start:sentence.end], default=0))
        view.mentions = [_located(doc, m) for m in by_sentence.get(sentence, [])]
        view.triggers = [t for t in doc.spans[TRIGGERS_KEY] if span.start <= t.start and t.end <= span.end
                         and not any(m.start <= t.start < m.end for m in view.mentions)]  # "Jazeera Storm"
        view.times = [t for t in times if sentence.start <= t.start and t.end <= sentence.end]
        views.append(view)
    return views


def _located(doc: Doc, linked: LinkedMention) -> Located:
    span = doc.char_span(linked.mention.start, linked.mention.end, alignment_mode="expand")
    assert span is not None
    return Located(linked, span.start, span.end)


def _select_triggers(view: SentenceView, rules: dict[str, TriggerRule]) -> list[Span]:
    """The most specific non-overlapping triggers; a generic one next to a specific one of the same kind
    of act is dropped."""
    ordered = sorted(view.triggers, key=lambda t: (-rules[t.label_].priority, -(t.end - t.start), t.start))
    chosen: list[Span] = []
    for trigger in ordered:
        rule = rules[trigger.label_]
        if any(_overlaps(trigger, c) or _shadowed(trigger, rule, c, rules) for c in chosen):
            continue
        chosen.append(trigger)
    return sorted(chosen, key=lambda t: t.start)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _shadowed(trigger: Span, rule: TriggerRule, other: Span, rules: dict[str, TriggerRule]) -> bool:
    other_rule = rules[other.label_]
    near = min(abs(trigger.start - other.end), abs(other.start - trigger.end)) <= SUPPRESS_REACH
    return near and not rule.statement and not other_rule.statement and other_rule.priority > rule.priority


def _sentence_drafts(doc: Doc, views: list[SentenceView], index: int, rules: dict[str, TriggerRule],
                     cues: EventCues, context: TextContext, earlier: list[Draft]) -> list[Draft]:
    view = views[index]
    update_anchor(view, doc, context)
    sources = attribution_sources(doc, view, cues)
    speaker = update_quote(doc, view, sources, context)
    source_entities = [s.entity for s in sources] or ([speaker] if speaker else [])
    drafts: list[Draft] = []
    statement: Draft | None = None
    for trigger in _select_triggers(view, rules):
        rule = rules[trigger.label_]
        if _skip(doc, trigger, rule, view, cues, sources):
            continue
        draft = _draft(doc, trigger, rule, view, cues, context, sources, source_entities, views, index)
        if (statement is not None and not rule.statement and _reports(doc, statement, trigger, cues)
                and not _statement_content(draft, statement, cues)):
            continue
        if rule.statement:
            statement = draft
        _fill_actors(doc, draft, drafts or earlier, cues)
        if _concrete(draft):
            drafts.append(draft)
    for quantity in find_quantities(doc, view, cues):
        nearest = min(drafts, key=lambda d: abs(d.trigger.start_char - quantity.start), default=None)
        if nearest:
            nearest.quantities.append(quantity)
    return merge_sentence(drafts)


def _skip(doc: Doc, trigger: Span, rule: TriggerRule, view: SentenceView, cues: EventCues,
          sources: list[Located]) -> bool:
    if rule.needs_attribution and not sources:
        return True
    return (is_negated(doc, trigger, view, cues) or is_hypothetical(doc, trigger, view, cues)
            or is_background(doc, trigger, view, cues))


def _draft(doc: Doc, trigger: Span, rule: TriggerRule, view: SentenceView, cues: EventCues,
           context: TextContext, speakers: list[Located], sources: list[Entity], views: list[SentenceView],
           index: int) -> Draft:
    speaking = {m.start for s in speakers for m in speaker_phrase(doc, view, s)}
    actors = candidate_actors(doc, trigger, view, cues, set() if rule.statement else speaking)
    roles = assign_roles(doc, trigger, actors, view, cues)
    if rule.statement and sources and not roles.initiators:
        roles.initiators.append(sources[0])
    draft = Draft(rule=rule, trigger=trigger, view=view, sub_event_type=rule.sub_event_type, roles=roles)
    _place(doc, draft, cues, context)
    draft.date = event_date(trigger, view, _narrative_times(views, index), context)
    neighbours = [v for v in views[max(0, index - 1):index + 2] if v.paragraph == view.paragraph and v is not view]
    draft.operation = event_operation(view, neighbours)
    claimed = bool(sources) and not rule.statement
    draft.sources = list(sources) if claimed else []
    if claimed and not roles.initiators and sources[0].kind.is_actor and sources[0].kind not in _REPORTERS:
        roles.initiators.append(sources[0])  # "The YPG said it had repelled ...": the group speaks of itself
    draft.modality = modality(doc, trigger, view, cues, claimed)
    civilians = near_word(doc, trigger.start, trigger.end, cues.civilian_nouns, reach=8)
    draft.sub_event_type = resolve_sub_event(draft, civilians)
    return draft


def _narrative_times(views: list[SentenceView], index: int) -> list[TimeExpression]:
    """Day-precise time expressions that date a sentence without one: those of the paragraph's earlier
    sentences, and a "today"/"yesterday"/weekday in the next two (news often names the day only after
    its first sentence). A week or a month said elsewhere dates nothing else."""
    view = views[index]

    def same_voice(other: SentenceView) -> bool:  # a quotation keeps its own time
        return other.paragraph == view.paragraph and other.quote == view.quote

    before = [t for v in views[:index] if same_voice(v) for t in v.times if _day_precise(t)]
    after = [t for v in views[index + 1:index + 3] if same_voice(v) for t in v.times
             if t.kind is TimexKind.RELATIVE and _day_precise(t)]
    return [*reversed(before), *after]


def _day_precise(expr: TimeExpression) -> bool:
    if expr.kind is TimexKind.ABSOLUTE:
        return expr.day is not None
    return expr.unit in (TimeUnit.DAY, TimeUnit.WEEKDAY, TimeUnit.WEEKEND)


def _place(doc: Doc, draft: Draft, cues: EventCues, context: TextContext) -> None:
    view = draft.view
    places = event_places(doc, draft.trigger, view, cues)
    if places:
        draft.places = places
        return
    anaphora = anaphoric_place(doc, view, cues, context)
    fallback = ([anaphora] if anaphora else [p.entity for p in view.places()]
                or list(context.paragraph_place) or list(context.place))
    draft.places, draft.place_inherited = fallback, True


def _reports(doc: Doc, statement: Draft, trigger: Span, cues: EventCues) -> bool:
    """Whether ``trigger`` stands in what the statement says: after it, in the same clause."""
    if trigger.start <= statement.trigger.start:
        return False
    return not any(fold(t.text) in cues.clause_openers for t in doc[statement.trigger.end:trigger.start])


def _statement_content(draft: Draft, statement: Draft, cues: EventCues) -> bool:
    """What a statement says happened: kept as a claim for accusations, as denied for denials, and not
    kept at all for threats, warnings and demands (their content has not happened)."""
    if statement.sub_event_type in cues.statement_content_dropped:
        return False
    if statement.sub_event_type == "denial":
        draft.modality = Modality.DENIED
    else:
        draft.modality = Modality.CLAIMED
        draft.sources = list(statement.roles.initiators)
        keys = {s.key for s in draft.sources}
        draft.roles.initiators = [e for e in draft.roles.initiators if e.key not in keys] or draft.roles.initiators
    return True


def _fill_actors(doc: Doc, draft: Draft, previous: list[Draft], cues: EventCues) -> None:
    """A sentence whose subject is a pronoun ("Questi, che hanno bersagliato...", "They refused") continues
    the previous event of the same paragraph: the pronoun stands for one of its actors."""
    view = draft.view
    if not draft.roles.empty or not previous or draft.modality is Modality.EXPECTED:
        return
    if not starts_with(folded(doc, view.start, view.start + 3), cues.pronoun_subjects):
        return
    last = previous[-1]
    if last.view.paragraph == view.paragraph and not last.roles.empty:
        draft.roles = Roles(initiators=[*last.roles.initiators, *last.roles.targets])
        draft.actors_inherited = True


def _concrete(draft: Draft) -> bool:
    """An event with nobody named must at least say where or when; a future one must say who."""
    if not draft.roles.empty:
        return True
    if draft.modality is Modality.EXPECTED:
        return False
    return (bool(draft.places) and not draft.place_inherited) or any(_day_precise(t) for t in draft.view.times)
