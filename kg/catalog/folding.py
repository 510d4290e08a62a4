"""Folding names and tokens to one comparable form: case, accents, apostrophes, dashes, Arabic letters.

Folding never changes which characters a match covers: it is applied to tokens (spaCy's NORM) and to
catalogue names, while offsets always come from the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼʻ′"} | {c: "-" for c in "‐‑‒–—―"})
# Arabic: drop tatweel, unify alef and yeh forms; diacritics go with the combining marks below.
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ـ": None})
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase, accent-free, apostrophe- and dash-normalised form of ``text``.

    >>> fold("Sha’Fah"), fold("Dayr az-Zawr"), fold("Ḩimş")
    ("sha'fah", 'dayr az-zawr', 'hims')
    """
    text = text.translate(_APOSTROPHES).translate(_ARABIC)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip().casefold()


_NOT_ALNUM = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """The folded text with spaces, hyphens, dots and apostrophes removed: the key names are looked up by,
    so that "al-Bahra", "Al Bahra" and "AlBahra", or "U.S." and "US", meet.

    >>> squash("Deir ez-Zor"), squash("Sha’Fah")
    ('deirezzor', 'shafah')
    """
    return _NOT_ALNUM.sub("", fold(text))
