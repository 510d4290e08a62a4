"""Language codes: normalising the ones given, detecting the missing ones.

Codes are lowercase ISO 639-1 (``"EN"``, ``"en-US"``, ``"en_GB"``, ``"eng"`` → ``"en"``). Detection uses
py3langid restricted to the languages of news about Syria; when it is unsure (short or letterless text)
the language is ``"und"`` (BCP 47 "undetermined").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from .jsonvalues import describe_value, quoted

DETECTABLE_LANGUAGES = ("en", "ar", "fr", "de", "it", "es", "tr", "ru", "ku", "fa", "nl", "pt")
UNDETERMINED = "und"
MIN_CONFIDENCE = 0.3
SAMPLE_CHARS = 20_000

# ISO 639-2/3 codes of languages likely in this corpus, for inputs that use three letters.
_THREE_LETTER = {
    "eng": "en", "ara": "ar", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "ita": "it", "spa": "es",
    "tur": "tr", "rus": "ru", "kur": "ku", "kmr": "ku", "fas": "fa", "per": "fa", "nld": "nl", "dut": "nl",
    "por": "pt", "heb": "he",
}
_PRIMARY_SUBTAG = re.compile(r"[a-z]{2,3}")


def parse_lang(value: object) -> str | None:
    """``value`` as an ISO 639-1 code; ``None`` when absent, empty or ``"und"`` (then it is detected).

    A ``ValueError`` when it is not a language code.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a language code such as \"en\" or null, found {describe_value(value)}")
    if not value.strip():
        return None
    code = normalise_language_code(value)
    if code is None:
        raise ValueError(f"expected an ISO 639-1 language code such as \"en\", found {quoted(value)}")
    return None if code == UNDETERMINED else code


def normalise_language_code(value: str) -> str | None:
    """The ISO 639-1 code of a language tag (``"und"`` kept), or ``None`` when it is not one."""
    primary = value.strip().lower().replace("_", "-").split("-")[0]
    if not _PRIMARY_SUBTAG.fullmatch(primary):
        return None
    if len(primary) == 2 or primary == UNDETERMINED:
        return primary
    return _THREE_LETTER.get(primary)


class LanguageDetector:
    """Detects the language of a text among ``languages``; the model is loaded on first use.

    >>> LanguageDetector().detect("Die Truppen haben die Stadt am Montag eingenommen.")
    'de'
    """

    def __init__(
        self, languages: Sequence[str] = DETECTABLE_LANGUAGES, min_confidence: float = MIN_CONFIDENCE
    ):
        self.languages = tuple(languages)
        self.min_confidence = min_confidence

    @cached_property
    def _identifier(self) -> Any:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(list(self.languages))
        return identifier

    def detect(self, text: str) -> str:
        """The ISO 639-1 code of ``text``'s language, or ``"und"`` when unsure."""
        if not any(ch.isalpha() for ch in text[:SAMPLE_CHARS]):
            return UNDETERMINED
        lang, confidence = self._identifier.classify(text[:SAMPLE_CHARS])
        return str(lang) if confidence >= self.min_confidence else UNDETERMINED
