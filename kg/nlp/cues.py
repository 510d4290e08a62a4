"""Context cues around a place name: "Raqqa province" is the governorate, "the city of Raqqa" the city.

The cue words are data (``kg/data/lexicons/<lang>/place_cues.json``); a language without a file has none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..catalog import fold
from ..errors import ResourceError
from ..resources import DATA_DIR

GOVERNORATE = "governorate"
SETTLEMENT = "settlement"
_WINDOW = 4  # tokens looked at before a name


@dataclass(frozen=True)
class PlaceCues:
    before: dict[str, frozenset[str]]
    after: dict[str, frozenset[str]]
    locative: frozenset[str] = frozenset()  # prepositions that introduce a place: "in", "near", "presso"


@cache
def place_cues(lang: str) -> PlaceCues:
    path = DATA_DIR / "lexicons" / lang / "place_cues.json"
    if not path.is_file():
        return PlaceCues({}, {})
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return PlaceCues(
            before={hint: frozenset(fold(p) for p in data[hint]["before"]) for hint in (GOVERNORATE, SETTLEMENT)},
            after={hint: frozenset(fold(p) for p in data[hint]["after"]) for hint in (GOVERNORATE, SETTLEMENT)},
            locative=frozenset(fold(p) for p in data.get("locative_before", [])),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"{path}: not a valid place cue lexicon ({exc})") from exc


def place_hint(span: Span, lang: str) -> str | None:
    """``"governorate"``, ``"settlement"`` or None, from the words right before and after ``span``."""
    cues = place_cues(lang)
    doc = span.doc
    following = fold(doc[span.end].text) if span.end < len(doc) else ""
    preceding = [fold(t.text) for t in doc[max(0, span.start - _WINDOW): span.start]]
    for hint in (GOVERNORATE, SETTLEMENT):
        if following and following in cues.after.get(hint, ()):
            return hint
        for n in range(1, len(preceding) + 1):
            if _joined(preceding[-n:]) in cues.before.get(hint, ()):
                return hint
    return None


def after_locative(doc: Doc, index: int, lang: str) -> bool:
    """Whether the words right before token ``index`` are a preposition that introduces a place."""
    words = [fold(t.text) for t in doc[max(0, index - 3):index]]
    locative = place_cues(lang).locative
    return any(_joined(words[-n:]) in locative for n in range(1, len(words) + 1))


def _joined(words: list[str]) -> str:
    # Italian elisions tokenise as "dell'" + name: join without the space the phrase list would not have.
    return " ".join(words).replace("' ", "'")
