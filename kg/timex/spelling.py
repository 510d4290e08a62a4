"""Spelling tolerance: lexicon phrases become forgiving regexes, matched text becomes lookup keys.

A phrase written once in a lexicon ("l'altro ieri", "février", "الأربعاء") must match the ways news text
spells it: curly or straight apostrophes, missing accents, Arabic hamza and taa-marbuta variants, optional
Arabic short vowels and tatweel, flexible spacing. ``phrase_pattern`` builds that regex; ``fold`` maps any
matched variant back to one key, so the text a regex matched can be looked up in the lexicon.

>>> fold("L’altro  ieri") == fold("l'altroieri")
True
>>> fold("الأربعاء") == fold("الاربعاء")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

APOSTROPHES = "'’ʼ‘`´"
_HYPHENS = "-‐‑–"
_TATWEEL = "\u0640"
_ARABIC_MARKS = "[\u064b-\u0652\u0670\u0640]*"  # short vowels, shadda, sukun, dagger alef, tatweel
# Letters that news text uses interchangeably with the lexicon's spelling.
_EQUIVALENT = ("aàáâäã", "eèéêë", "iìíîï", "oòóôöõ", "uùúûü", "cç", "nñ", "اأإآٱ", "هة", "يى")
_CLASS_OF = {ch: "[" + group + "]" for group in _EQUIVALENT for ch in group}
_FOLD_TABLE = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا", _TATWEEL: None})
_DROPPED = set(APOSTROPHES + _HYPHENS + ".")


def fold(text: str) -> str:
    """The lookup key of ``text``: no case, accents, Arabic marks, spaces, hyphens or apostrophes."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE))
    kept = (c for c in decomposed if not unicodedata.combining(c) and not c.isspace() and c not in _DROPPED)
    return "".join(kept).casefold().translate(_FOLD_TABLE)


def is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


def _char_pattern(ch: str) -> str:
    if ch in APOSTROPHES:
        return "[" + APOSTROPHES + r"]\s*"
    if ch in _HYPHENS:
        return r"(?:[-‐‑–]|\s)?"
    if ch.isascii():
        return re.escape(ch)
    pattern = _CLASS_OF.get(ch, re.escape(ch))
    return pattern + _ARABIC_MARKS if is_arabic(ch) else pattern


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase``: words separated by any whitespace, letters by their spelling variants."""
    words = phrase.split()
    return r"\s+".join("".join(_char_pattern(ch) for ch in word) for word in words)


def alternation(phrases: Iterable[str]) -> str | None:
    """One non-capturing group matching any of ``phrases``, longest first; None when there are none."""
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    if not unique:
        return None
    return "(?:" + "|".join(phrase_pattern(p) for p in unique) + ")"
