"""Whether and according to whom: attribution ("Konashenkov said", "according to the SDF", a quote
opened after "X writes"), and the modality of an event: asserted, claimed, unverified, denied, expected."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...catalog import fold
from ...records import Entity, EntityKind, Modality
from ..components import text_of
from .lexicon import EventCues
from .reading import CLAUSE_STOPS, COMMAS, Located, SentenceView, contains, folded, starts_with, words_before
from .setting import TextContext

SOURCE_REACH = 8
_SOURCE_KINDS = {EntityKind.PERSON, EntityKind.MEDIA}
_OPEN_QUOTES, _CLOSE_QUOTES = "“«\"", "”»\""


def speaker_phrase(doc: Doc, view: SentenceView, speaker: Located) -> list[Located]:
    """The actor mentions of the speaker's noun phrase ("Defense Ministry spokesperson Maj. Gen. Igor
    Konashenkov"): they speak, they do not act."""
    # "Defense Ministry spokesperson X": the body a spokesperson speaks for stands right before the name.
    tokens = {i for m in view.actors() if speaker.start - 2 <= m.end <= speaker.start for i in range(m.start, m.end)}
    if not doc.has_annotation("DEP"):
        return [m for m in view.actors() if m.start in tokens] + [speaker]
    head = doc[speaker.end - 1]
    while head.dep_ in ("compound", "appos", "amod", "poss", "nmod") and head.head.i != head.i:
        head = head.head
    tokens |= {t.i for t in head.subtree} | set(range(speaker.start, speaker.end))
    inside = [m for m in view.actors() if tokens & set(range(m.start, m.end)) and not m.entity.kind.is_place]
    return inside or [speaker]


def attribution_sources(doc: Doc, view: SentenceView, cues: EventCues) -> list[Located]:
    """The speakers an attribution cue in the sentence points to, persons and media first."""
    sources: list[Located] = []
    for index in range(view.start, view.end):
        for after_cue, phrases in ((True, cues.source_after_attribution), (False, cues.attribution)):
            match = _phrase_at(doc, index, phrases)
            if match:
                found = _cue_speaker(doc, view, index, index + match, after_cue)
                if found and found not in sources:
                    sources.append(found)
                break
    return sources


def _phrase_at(doc: Doc, index: int, phrases: frozenset[tuple[str, ...]]) -> int:
    for phrase in phrases:
        if tuple(folded(doc, index, index + len(phrase))) == phrase:
            return len(phrase)
    return 0


def _cue_speaker(doc: Doc, view: SentenceView, cue_start: int, cue_end: int, after_cue: bool) -> Located | None:
    """The parse decides where there is one ("unverified reports of clashes between the army and ..."
    names no speaker); word order decides elsewhere."""
    if doc.has_annotation("DEP"):
        return _subject_speaker(doc, view, cue_start, ("pobj", "prep") if after_cue else ("nsubj", "nsubjpass"))
    return _speaker(view, cue_start, cue_end, after_cue)


def _subject_speaker(doc: Doc, view: SentenceView, cue_start: int, deps: tuple[str, ...]) -> Located | None:
    """With a parse: the subject of the attribution verb ("The SDF ... separately claiming"), climbing from
    a participle to the verb it hangs on; the object of "according to"."""
    if not doc.has_annotation("DEP"):
        return None
    verb = doc[cue_start]
    for _ in range(3):
        heads = [c for c in verb.children if c.dep_ in deps]
        for head in heads:
            tokens = {t.i for t in head.subtree}
            inside = [m for m in view.actors() if tokens & set(range(m.start, m.end)) and not m.linked.mention.demonym]
            if inside:
                return min(inside, key=lambda m: m.start)
        if verb.dep_ not in ("advcl", "xcomp", "conj", "relcl", "acl", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _speaker(view: SentenceView, cue_start: int, cue_end: int, after_cue: bool) -> Located | None:
    def distance(m: Located) -> int:
        return m.start - cue_end if m.start >= cue_end else cue_start - m.end

    near = [m for m in view.actors() if 0 <= distance(m) <= SOURCE_REACH and not m.linked.mention.demonym]
    after = [m for m in near if m.start >= cue_end]
    before = [m for m in near if m.start < cue_end]
    if after_cue:  # "according to SDF's Mustafa Bali": the person, not the group
        ordered = sorted(after, key=lambda m: (m.entity.kind not in _SOURCE_KINDS, distance(m)))
    else:  # "X said", "X confirmed to Y": the nearest before, else "said an officer, X"
        ordered = sorted(before, key=distance) or sorted(after, key=distance)
    return ordered[0] if ordered else None


def update_quote(doc: Doc, view: SentenceView, sources: list[Located], context: TextContext) -> Entity | None:
    """The speaker of a quotation the sentence is part of, if one was opened with an attribution."""
    text = text_of(doc)[view.sentence.start:view.sentence.end]
    speaker = context.quote_source if context.quote_open else None
    opens = sum(text.count(q) for q in "“«")
    closes = sum(text.count(q) for q in "”»")
    if opens > closes:
        context.quote_open = True
        context.quote_source = sources[0].entity if sources else None
        speaker = speaker or context.quote_source
    elif closes > opens:
        context.quote_open = False
    return speaker


def modality(doc: Doc, trigger: Span, view: SentenceView, cues: EventCues, claimed: bool) -> Modality:
    before = words_before(doc, trigger.start, 5, view.start)
    sentence = folded(doc, view.start, view.end)
    if contains(before, cues.denied):
        return Modality.DENIED
    after = folded(doc, trigger.end, min(view.end, trigger.end + 2)) if cues.adjective_after_noun else []
    if contains(before, cues.expected) or contains(after, cues.expected):  # "offensiva imminente"
        return Modality.EXPECTED
    if contains(sentence, cues.unverified):
        return Modality.UNVERIFIED
    return Modality.CLAIMED if claimed else Modality.ASSERTED


def is_negated(doc: Doc, trigger: Span, view: SentenceView, cues: EventCues) -> bool:
    """"no clashes", "non ci sono stati scontri"; in a verb-final language anywhere in the trigger's clause
    ("Die SDF griffen Hadschin am Montag nicht an")."""
    if contains(words_before(doc, trigger.start, 2, view.start), cues.negation):
        return True
    if not cues.verb_final:
        return False
    start, end = trigger.start, trigger.end
    while start > view.start and doc[start - 1].text not in COMMAS | CLAUSE_STOPS:
        start -= 1
    while end < view.end and doc[end].text not in COMMAS | CLAUSE_STOPS:
        end += 1
    return contains(folded(doc, start, end), cues.negation)


def is_background(doc: Doc, trigger: Span, view: SentenceView, cues: EventCues) -> bool:
    """A non-restrictive relative clause tells the history of what it follows ("Aleppo, which was captured
    by militants last year"; "South Manuja, where the parties signed a truce"), not the news."""
    for index in range(trigger.start - 1, max(view.start, trigger.start - 8), -1):
        token = doc[index]
        if token.text in COMMAS:
            return False
        if fold(token.text) in cues.background_relatives and index > view.start and doc[index - 1].text in COMMAS:
            return True
    return False


def is_hypothetical(doc: Doc, trigger: Span, view: SentenceView, cues: EventCues) -> bool:
    """A condition or a purpose ("if fired upon", "per creare", "in order to") is not a happening."""
    if starts_with(folded(doc, view.start, view.start + 4), cues.intention_openers):
        return True  # "L'obiettivo è creare ...", "The aim is to ..."
    start = trigger.start
    while start > view.start and start > trigger.start - 6 and doc[start - 1].text not in COMMAS | CLAUSE_STOPS:
        start -= 1
    return contains(folded(doc, start, trigger.start), cues.hypothetical)
