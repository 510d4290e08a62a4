"""Stated numbers of people killed, wounded, captured or freed: "five of its fighters killed",
"freed three women and nine children", "12 civili uccisi"."""

from __future__ import annotations

from spacy.tokens import Doc

from ...records import Quantity
from .lexicon import EventCues
from .reading import SentenceView, folded

_BEFORE, _AFTER = 6, 8


def _number(word: str, cues: EventCues) -> int | None:
    digits = word.replace(",", "").replace(".", "")
    if digits.isdigit():
        return int(digits)
    return cues.number_words.get(word)


def find_quantities(doc: Doc, view: SentenceView, cues: EventCues) -> list[Quantity]:
    words = folded(doc, view.start, view.end)
    found = []
    for kind, phrases in cues.quantities.items():
        for i in range(len(words)):
            length = next((len(p) for p in phrases if tuple(words[i:i + len(p)]) == p), 0)
            if not length:
                continue
            value = _count_before(words, i, cues) or _count_after(words, i + length, cues)
            if value:
                token = doc[view.start + i]
                found.append(Quantity(kind, value, token.idx, token.idx + len(token.text)))
    return found


def _count_before(words: list[str], index: int, cues: EventCues) -> int | None:
    """"five of its fighters killed", "12 morts": a number, then people (or nothing), then the word."""
    window = words[max(0, index - _BEFORE):index]
    for offset in range(len(window) - 1, -1, -1):  # the nearest number is the one counted
        value = _number(window[offset], cues)
        if value and (offset == len(window) - 1 or any(w in cues.person_nouns for w in window[offset + 1:])):
            return value  # "12 morts", "five of its fighters killed"
    return None


def _count_after(words: list[str], index: int, cues: EventCues) -> int | None:
    """"freed three women and nine children": the verb, then numbers each followed by people; a number
    after "including" is part of the one before ("12 civilians, including four children")."""
    window = words[index:index + _AFTER]
    total = 0
    for offset, word in enumerate(window[:-1]):
        if any(tuple(window[max(0, offset - len(p)):offset]) == p for p in cues.quantity_inclusion):
            break
        value = _number(word, cues)
        if value and window[offset + 1] in cues.person_nouns:
            total += value
    return total or None
