"""Who did what to whom: the actors of a trigger and their roles (ACLED actor 1, actor 2, associated).

The words before an actor decide first ("against X", "contro X" → target; "by X", "dai X" → initiator;
"with the support of X" → associated); then, where the English parser ran, the grammar (passive subjects
are targets); then position (before the trigger → initiator, after → target).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...catalog import fold
from ...records import Entity, EntityKind
from .lexicon import EventCues
from .reading import COMMAS, Located, SentenceView, clause_gap, is_actor_demonym, preceded_by

REACH = 30  # tokens around a trigger within which actors are considered
_NOT_ACTORS = {EntityKind.MEDIA}


@dataclass
class Roles:
    initiators: list[Entity] = field(default_factory=list)
    targets: list[Entity] = field(default_factory=list)
    associated: list[Entity] = field(default_factory=list)

    def add(self, role: str, entity: Entity) -> None:
        group = {"initiator": self.initiators, "target": self.targets, "associated": self.associated}[role]
        if all(e.key != entity.key for e in (*self.initiators, *self.targets, *self.associated)):
            group.append(entity)

    @property
    def empty(self) -> bool:
        return not (self.initiators or self.targets or self.associated)


def candidate_actors(doc: Doc, trigger: Span, view: SentenceView, cues: EventCues, speakers: set[int]) -> list[Located]:
    """The sentence's actor mentions, less the speakers of attributions (by position: "the SDF claimed
    that SDF special forces freed..." keeps the second SDF) and a headline's dateline ("Siria, raid ...")."""
    return [
        m for m in view.actors()
        if m.entity.kind not in _NOT_ACTORS and m.start not in speakers and not _dateline(doc, m, view)
        and (not m.linked.mention.demonym or is_actor_demonym(doc, m, cues)
             or (cues.adjective_after_noun and m.start == trigger.end))
    ]


_DASHES = {"-", "–", "—"}


def _dateline(doc: Doc, mention: Located, view: SentenceView) -> bool:
    """The place a story is about or was filed from: a headline's "Siria, raid russi ...", a body's
    "QAMISHLI, Syria (ANHA) - ..."."""
    headline = view.paragraph == 0
    if headline and mention.start == view.start and mention.end < view.end:
        after = doc[mention.end]
        spaced_dash = after.text in _DASHES and bool(doc[mention.end - 1].whitespace_)  # not "US-backed"
        if after.text in {",", ":"} or spaced_dash:
            return True
    head = doc[view.start:min(view.end, view.start + 10)]
    dash = next((t.i for t in head if t.text in _DASHES and t.i > view.start and t.nbor(-1).text == ")"), None)
    return dash is not None and mention.end <= dash


def assign_roles(doc: Doc, trigger: Span, actors: list[Located], view: SentenceView, cues: EventCues) -> Roles:
    roles = Roles()
    for actor in sorted(actors, key=lambda a: abs(a.start - trigger.start)):
        if abs(actor.start - trigger.start) > REACH or _in_next_clause(doc, trigger, actor, cues):
            continue
        role = _role(doc, trigger, actor, view, cues)
        if role:
            roles.add(role, actor.entity)
    return roles


def _in_next_clause(doc: Doc, trigger: Span, actor: Located, cues: EventCues) -> bool:
    """"... troops had crossed the Euphrates where the SDF is battling IS": an actor separated from the
    trigger by a relative or contrastive word belongs to another clause."""
    if actor.start >= trigger.end:
        return any(fold(t.text) in cues.clause_openers for t in doc[trigger.end:actor.start])
    # Before the trigger, only an open clause counts: "Turkey, which backs some factions, warned" keeps Turkey.
    for token in reversed(doc[actor.end:trigger.start]):
        if token.text in COMMAS:
            return False
        if fold(token.text) in cues.clause_openers:
            return True
    return False


def _role(doc: Doc, trigger: Span, actor: Located, view: SentenceView, cues: EventCues) -> str | None:
    floor = view.start
    if preceded_by(doc, actor.start, cues.associated_before, floor, limit=5) or _backer(doc, actor, cues):
        return "associated"
    if preceded_by(doc, actor.start, cues.agent_before, floor, limit=4):
        return "initiator"
    if preceded_by(doc, actor.start, cues.between, floor, limit=2):
        return "initiator"  # "clashes between X and Y": X first, Y (after "and") is the target
    after = actor.start >= trigger.end
    if after and actor.start - trigger.end <= 2 and preceded_by(doc, actor.start, cues.possessive_before, floor, 2):
        return "initiator"  # "l'offensiva delle SDF"
    if after and actor.start == trigger.end and actor.linked.mention.demonym and cues.adjective_after_noun:
        return "initiator"  # "raid russi", "frappes turques"
    if preceded_by(doc, actor.start, cues.target_before, floor, limit=3) and after:
        return "target"
    grammatical = _grammatical_role(doc, trigger, actor)
    if grammatical:
        return grammatical
    if after and (clause_gap(doc, trigger.end, actor.start) or _comma_between(doc, trigger.end, actor.start)):
        return None  # "When X started dropping shells, the SDF took control": another clause
    return _by_word_order(doc, trigger, actor, view, cues)


def _by_word_order(doc: Doc, trigger: Span, actor: Located, view: SentenceView, cues: EventCues) -> str:
    """Before the trigger acts, after it is acted upon; but in a verb-final clause ("Die SDF haben einen
    Angriff des IS zurückgeschlagen") only the first actor acts, and after a clause-initial verb ("قصفت
    طائرات التحالف مواقع داعش") the first actor acts."""
    actors_in_order = sorted(view.actors(), key=lambda m: m.start)
    first = actors_in_order[0] if actors_in_order else None
    if cues.verb_final and _ends_clause(doc, trigger, view) and actor.start < trigger.start:
        return "initiator" if actor is first or (first and actor.start == first.start) else "target"
    if cues.verb_first and trigger.start - view.start <= 2 and actor.start >= trigger.end:
        following = [m for m in actors_in_order if m.start >= trigger.end]
        return "initiator" if following and following[0].start == actor.start else "target"
    return "target" if actor.start >= trigger.end else "initiator"


def _ends_clause(doc: Doc, trigger: Span, view: SentenceView) -> bool:
    return trigger.end >= view.end or doc[trigger.end].is_punct


def _backer(doc: Doc, actor: Located, cues: EventCues) -> bool:
    """"US-backed forces", "Turkish-led rebels" (the backer joined to the word by a hyphen)."""
    following = [fold(t.text) for t in doc[actor.end:actor.end + 2]]
    return bool(following) and (following[0].lstrip("-") in cues.backing_after
                                or (following[0] == "-" and len(following) > 1 and following[1] in cues.backing_after))


def _comma_between(doc: Doc, start: int, end: int) -> bool:
    return any(t.text in COMMAS for t in doc[start:end])


_NOMINAL = ("compound", "amod", "conj", "appos", "nmod", "poss")


def _core(token: Token) -> Token:
    """The noun phrase head a name belongs to: "SDF fighters and servicemen of US special forces" → fighters."""
    for _ in range(8):
        if token.dep_ in _NOMINAL and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            token = token.head.head
        else:
            break
    return token


def _phrase(token: Token) -> set[int]:
    """The token and the nouns in apposition or coordination with it."""
    return {token.i, *(t.i for t in token.children if t.dep_ in ("appos", "conj")), token.head.i
            if token.dep_ == "appos" else token.i}


def _governing_verb(trigger: Span) -> Token | None:
    token = _core(trigger.root)
    if token.dep_ == "pobj" and token.head.head.i != token.head.i:
        token = token.head.head
    elif token.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _grammatical_role(doc: Doc, trigger: Span, actor: Located) -> str | None:
    """Roles from the dependency parse, when there is one: the agent of a passive ("by X") initiates, its
    subject is the target; the subject of the trigger's verb initiates, its object is the target."""
    if not doc.has_annotation("DEP"):
        return None
    core = _core(doc[actor.end - 1])
    if core.dep_ == "pobj" and core.head.dep_ == "agent":
        return "initiator"
    verb = _governing_verb(trigger)
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i in _phrase(core):
        return "target"  # "Micalizzi injured by an ISIS attack", "a photographer wounded in the battle"
    if verb is None or core.head.i != verb.i:
        return "initiator" if core.dep_ == "poss" and core.head.i == trigger.root.i else None
    return {"nsubjpass": "target", "nsubj": "initiator", "dobj": "target"}.get(core.dep_)
