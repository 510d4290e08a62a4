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
            if not first.text[:1].isupper() or not first.is_alpha:
                continue
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
            if not first.is_alpha and not first.is_digit and not first.text[0].isalnum():
                continue
            key = ""
            for end in range(start, min(start + self.max_tokens, len(doc))):
                token = doc[end]
                if end > start and "\n" in doc[end - 1].whitespace_ + doc[end - 1].text:
                    break
                key += squash(token.text)
                if key in self.keys and token.text[-1].isalnum():
                    yield Span(doc, start, end + 1, label=_NAME_LABEL)


TYPO_MIN_LENGTH = 6
SKELETON_MAX_TOKENS = 5


def _name_like(span: Span) -> bool:
    """Capitalised words, Arabic articles and hyphens only: "Maarat al-Numan", "Khan Sheikhoun"."""
    for token in span:
        text = token.text
        if not (text[:1].isupper() or text == "-" or fold(text).split("-")[0] in ARTICLES):
            return False
    return span[-1].text[:1].isupper() or "-" in span[-1].text


class TypoIndex:
    """Names within one edit (a letter added, dropped, changed, or two swapped) of a word, via the words'
    one-deletion variants (the symmetric-delete method)."""

    def __init__(self) -> None:
        self.by_deletion: dict[str, set[str]] = {}
        self.names: set[str] = set()

    @staticmethod
    def _deletions(word: str) -> set[str]:
        return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}

    def add(self, key: str) -> None:
        self.names.add(key)
        for variant in self._deletions(key):
            self.by_deletion.setdefault(variant, set()).add(key)

    def lookup(self, word: str) -> str | None:
        if word in self.names:
            return None  # spelled right: the exact lookup has it
        found = {k for v in self._deletions(word) for k in self.by_deletion.get(v, ())}
        close = sorted((abs(len(k) - len(word)), k) for k in found if k[0] == word[0] and _one_edit(word, k))
        return close[0][1] if close else None


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@Language.factory("kg_catalog_matcher", default_config={"lang": "en", "max_tokens": 8})
def make_catalog_matcher(nlp: Language, name: str, lang: str, max_tokens: int = 8) -> CatalogMatcher:
    return CatalogMatcher(lang, max_tokens)
