"""Names under which an entity can be found in text, and the spelling variants news uses for them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import available_languages, zipf_frequency

from .folding import fold

# Arabic articles that transliterations write as "al-X", "Al X" or "alX".
_ARTICLES = ("al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ad-", "es", "ez", "ath")
_ARTICLE_RE = re.compile(r"^(?P<art>" + "|".join(a.rstrip("-") for a in _ARTICLES) + r")[\s-](?P<rest>\S.*)$", re.I)
COMMON_WORD_ZIPF = 3.8  # a single word at least this frequent in the language is also an ordinary word


@dataclass(frozen=True)
class Name:
    """One name of one entity, as it is looked up in text."""

    text: str
    entity: str  # entity key
    lang: str | None = None  # None: any language
    demonym: bool = False
    curated: bool = True

    @property
    def key(self) -> str:
        return fold(self.text)


def without_article(name: str) -> str | None:
    """"al-Tanf" → "Tanf"; None when the name has no leading Arabic article."""
    match = _ARTICLE_RE.match(name)
    return match["rest"] if match else None


@lru_cache(maxsize=100_000)
def is_common_word(word: str, lang: str) -> bool:
    """Whether ``word`` is also an everyday word of ``lang`` (or of English, the lingua franca of news)."""
    w = word.lower()
    return _zipf(w, lang) >= COMMON_WORD_ZIPF or _zipf(w, "en") >= COMMON_WORD_ZIPF


_NO_WORD_LIST: set[str] = set()


def _zipf(word: str, lang: str) -> float:
    """A language without a usable word list ("und", "ku"; Chinese without its segmenter) leaves English
    alone to decide."""
    if lang in _NO_WORD_LIST or lang not in _word_list_languages():
        return 0.0
    try:
        return zipf_frequency(word, lang)
    except (LookupError, ImportError):
        _NO_WORD_LIST.add(lang)
        return 0.0


@lru_cache(maxsize=1)
def _word_list_languages() -> frozenset[str]:
    return frozenset(available_languages())


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 1 < len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in text.strip()
