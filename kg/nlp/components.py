"""kg's spaCy pipeline components, registered under kg_ names (spaCy factory names allow no dots).

- ``kg_paragraph_breaks`` starts a sentence after every line break, which news text uses for
  paragraphs, headlines and captions (the parser and the sentencizer respect preset starts).
- ``kg_catalog_matcher`` finds every catalogue name in the text and stores the hits in
  ``doc.spans["kg_names"]``; which entity a hit stands for is decided later.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..catalog import fold, squash
from ..catalog.transliteration import ARTICLES, skeleton
from .cues import after_locative
from .function_words import DETERMINERS
from .typos import TypoIndex

NAMES_KEY = "kg_names"
_TEXT_KEY = "kg_text"


def text_of(doc: Doc) -> str:
    """The doc's text, joined once: ``Doc.text`` rebuilds the string from the tokens at every call."""
    if _TEXT_KEY not in doc.user_data:
        doc.user_data[_TEXT_KEY] = doc.text
    return str(doc.user_data[_TEXT_KEY])
_NAME_LABEL = "KG_NAME"


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
    return doc


class CatalogMatcher:
    """Marks every token span whose squashed text (see ``kg.catalog.squash``) is a catalogue name.

    Lookup is by squashed token n-grams rather than spaCy's PhraseMatcher: a PhraseMatcher pattern only
    matches text its language's tokenizer splits the same way, and tokenizers disagree on hyphens and
    apostrophes ("Al-Bahra" is one token in Italian and three in English, "Sha'Fah" one or two). Squashed
    keys meet whatever the split, and the index needs no tokenizing of 100,000 names at start-up.
    """

    def __init__(self, lang: str, max_tokens: int = 8):
        self.lang = lang
        self.max_tokens = max_tokens
        self.keys: set[str] = set()
        self.typos = TypoIndex()
        self.skeletons: dict[str, str] = {}

    def add_names(self, keys: Iterable[str], typo_keys: Iterable[str] = (),
                  skeletons: dict[str, str] | None = None) -> None:
        """``typo_keys``: names also found with one letter wrong ("Bagdhad"), for long curated names;
        ``skeletons``: place names also found in another transliteration ("Khan Sheikhoun")."""
        self.keys.update(keys)
        for key in typo_keys:
            self.typos.add(key)
        self.skeletons.update(skeletons or {})

    def __call__(self, doc: Doc) -> Doc:
        """Exact names, then typos and other transliterations where no exact name covers the words; where
        hits overlap, the mention stage keeps the longest ("Maarat al-Numan" over a village "Maarat")."""
        spans = list(self._spans(doc))
        covered = {i for span in spans for i in range(span.start, span.end)}
        spans += [s for s in self._typo_spans(doc) if s.start not in covered]
        longest: dict[int, int] = {}
        for span in spans:
            longest[span.start] = max(longest.get(span.start, 0), span.end)
        spans += [s for s in self._skeleton_spans(doc) if s.end > longest.get(s.start, 0)]
        doc.spans[NAMES_KEY] = spans
        return doc

    def _skeleton_spans(self, doc: Doc) -> Iterator[Span]:
        """Capitalised words whose transliteration skeleton is a place's: several words anywhere ("Khan
        Sheikhoun"), one word only after a place preposition ("in Jarabulus")."""
        for start, first in enumerate(doc):
            if not first.text[:1].isupper() or not first.is_alpha or fold(first.text) in DETERMINERS:
                continue  # "La Turquie" is no village
            located = after_locative(doc, start, self.lang)
            for end in range(min(start + SKELETON_MAX_TOKENS, len(doc)), start + (0 if located else 1), -1):
                span = doc[start:end]
                key = self.skeletons.get(skeleton(span.text)) if _name_like(span) else None
                if key:
                    yield Span(doc, start, end, label=_NAME_LABEL, kb_id=key)
                    break

    def _typo_spans(self, doc: Doc) -> Iterator[Span]:
        for token in doc:
            if token.is_alpha and token.text[:1].isupper() and len(token.text) >= TYPO_MIN_LENGTH:
                key = self.typos.lookup(squash(token.text))
                if key:
                    yield Span(doc, token.i, token.i + 1, label=_NAME_LABEL, kb_id=key)

    def _spans(self, doc: Doc) -> Iterator[Span]:
        for start, first in enumerate(doc):
            if not first.text[0].isalnum():
                continue
            for first_key, as_written in _first_word_keys(first.text):
                key = ""
                for end in range(start, min(start + self.max_tokens, len(doc))):
                    token = doc[end]
                    if end > start and ("\n" in doc[end - 1].whitespace_ + doc[end - 1].text or not as_written):
                        break
                    key += first_key if end == start else squash(token.text)
                    if key in self.keys and token.text[-1].isalnum():
                        yield Span(doc, start, end + 1, label=_NAME_LABEL, kb_id="" if as_written else key)


ARABIC_PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def _first_word_keys(text: str) -> Iterator[tuple[str, bool]]:
    """The keys a name's first word may have: as written; without an Arabic proclitic ("وداعش", "بهجين",
    "للرقة" = li + al-Raqqa), which the blank Arabic tokenizer leaves on; and, alone, the acronym before
    a hyphen of a compound ("SDF-Kämpfer", "IS-Stellungen"). The flag says whether it is as written."""
    yield squash(text), True
    if text[:1] in ARABIC_PROCLITICS and len(text) > 3:
        rest = text[1:]
        yield squash("ال" + rest[1:] if rest.startswith("ل") else rest), False
        if rest[:1] in ARABIC_PROCLITICS and len(rest) > 3:
            yield squash(rest[1:]), False
    head = text.split("-", 1)[0]
    if "-" in text and len(head) >= 2 and head.isupper():
        yield squash(head), False


TYPO_MIN_LENGTH = 6
SKELETON_MAX_TOKENS = 5


def _name_like(span: Span) -> bool:
    """Capitalised words, Arabic articles and hyphens only: "Maarat al-Numan", "Khan Sheikhoun"."""
    for token in span:
        text = token.text
        if not (text[:1].isupper() or text == "-" or fold(text).split("-")[0] in ARTICLES):
            return False
    return span[-1].text[:1].isupper() or "-" in span[-1].text


@Language.factory("kg_catalog_matcher", default_config={"lang": "en", "max_tokens": 8})
def make_catalog_matcher(nlp: Language, name: str, lang: str, max_tokens: int = 8) -> CatalogMatcher:
    return CatalogMatcher(lang, max_tokens)
