"""What the event rules read of one sentence: its tokens, triggers, linked mentions and time expressions,
and helpers to look at the words around a token."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...catalog import fold
from ...records import Entity, EntityKind, LinkedMention, Sentence
from ...timex import TimeExpression
from .lexicon import DETERMINERS, EventCues, Phrase

COMMAS = frozenset({",", "،"})  # Latin and Arabic
CLAUSE_STOPS = frozenset({";", "؛", ":", "."})


@dataclass(frozen=True)
class Located:
    """A linked mention with the token span it covers."""

    linked: LinkedMention
    start: int  # token index
    end: int

    @property
    def entity(self) -> Entity:
        return self.linked.entity


@dataclass
class SentenceView:
    sentence: Sentence
    paragraph: int
    start: int  # token index
    end: int
    quote: int = 0  # which quotation the sentence speaks in (0: the reporter's own words)
    mentions: list[Located] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)

    def actors(self) -> list[Located]:
        return [m for m in self.mentions if m.entity.kind.is_actor]

    def places(self) -> list[Located]:
        return [m for m in self.mentions if m.entity.kind.is_place]

    def operations(self) -> list[Located]:
        return [m for m in self.mentions if m.entity.kind is EntityKind.OPERATION]


def quotation_ids(text: str) -> list[int]:
    """For each character, the number of the quotation it stands in (0 outside any): “...” and «...»,
    and straight double quotes taken in pairs."""
    ids, current, count, straight_open = [0] * len(text), 0, 0, False
    for i, char in enumerate(text):
        if char in "“«" or (char == '"' and not straight_open):
            count += 1
            current, straight_open = count, char == '"'
        elif char in "”»" or (char == '"' and straight_open):
            ids[i] = current
            current, straight_open = 0, False
            continue
        ids[i] = current
    return ids


def folded(doc: Doc, start: int, end: int) -> list[str]:
    """Folded token texts of ``doc[start:end]``, with Italian elisions split off ("dell'")."""
    return [fold(t.text) for t in doc[max(0, start):max(0, end)]]


def ends_with(words: list[str], phrases: frozenset[Phrase]) -> bool:
    return any(len(p) <= len(words) and tuple(words[len(words) - len(p):]) == p for p in phrases)


def starts_with(words: list[str], phrases: frozenset[Phrase]) -> bool:
    return any(len(p) <= len(words) and tuple(words[:len(p)]) == p for p in phrases)


def contains(words: list[str], phrases: frozenset[Phrase]) -> bool:
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


def words_before(doc: Doc, index: int, limit: int, floor: int) -> list[str]:
    """Up to ``limit`` folded words before token ``index`` (not before ``floor``), determiners dropped."""
    tokens = doc[max(floor, index - limit - 4):max(floor, index)]
    words = [fold(t.text) for t in tokens if not (t.is_punct and t.text not in ("'", "’"))]
    return [w for w in words if w not in DETERMINERS][-limit:]


def preceded_by(doc: Doc, index: int, phrases: frozenset[Phrase], floor: int, limit: int = 4) -> bool:
    return ends_with(words_before(doc, index, limit, floor), phrases)


def clause_gap(doc: Doc, a: int, b: int) -> bool:
    """Whether punctuation that closes a clause (; : or a sentence stop) lies between tokens a and b."""
    lo, hi = sorted((a, b))
    return any(t.text in CLAUSE_STOPS for t in doc[lo:hi])


def near_word(doc: Doc, start: int, end: int, words: frozenset[str], reach: int = 2) -> bool:
    """Whether one of ``words`` stands within ``reach`` tokens of ``doc[start:end]``."""
    around = folded(doc, start - reach, start) + folded(doc, end, end + reach)
    return any(w in words for w in around)


def is_actor_demonym(doc: Doc, mention: Located, cues: EventCues) -> bool:
    """A demonym names an actor when it qualifies a force ("Russian troops", "caccia iracheni") or stands
    as a plural noun ("the Kurds", "i curdi"), not when it qualifies a thing ("Jordanian borders")."""
    if near_word(doc, mention.start, mention.end, cues.force_nouns):
        return True
    token = doc[mention.end - 1]
    if token.text[:1].isupper() and token.text.endswith("s"):
        return True  # "the Kurds", "Iraqis"
    previous = fold(doc[mention.start - 1].text) if mention.start > 0 else ""
    following = doc[mention.end] if mention.end < len(doc) else None
    return previous in DETERMINERS and (following is None or following.is_punct)  # "contro ... i curdi."
