"""The catalogue: every entity a mention can link to, and the names to find them by, per language."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from ..records import Entity
from ..resources import data_file, ontology_dir
from .curated import read_curated
from .folding import fold, squash
from .gazetteer import read_gazetteer
from .names import Name, is_acronym, is_common_word, without_article
from .transliteration import is_distinctive, skeleton

MIN_PLACE_NAME = 4
TYPO_MIN_LENGTH = 6  # shorter gazetteer names are mostly noise ("Ali", "Tal")


class CaseRule(StrEnum):
    """How the case of the text must agree with a name for a match to count."""

    ANY = "any"  # curated multi-word names: machine translations write "raqqa governorate"
    CAPITALISED = "capitalised"  # ordinary words used as names: "Coalition", gazetteer villages
    NOT_LOWER = "not-lower"  # acronyms of 3+ letters: "ISIS", "Isis", not "isis"
    EXACT = "exact"  # two-letter acronyms: "US", "IS"


@dataclass(frozen=True)
class NameEntry:
    form: str  # the name as written in the catalogue
    entity: str
    case: CaseRule
    demonym: bool
    curated: bool


@dataclass
class Catalog:
    entities: dict[str, Entity]
    names: list[Name]
    _by_lang: dict[str, dict[str, list[NameEntry]]] = field(default_factory=dict)

    def entity(self, key: str) -> Entity:
        return self.entities[key]

    def lexicon(self, lang: str) -> dict[str, list[NameEntry]]:
        """Squashed name (see ``squash``) → the entries it can stand for in ``lang``, curated ones first."""
        if lang not in self._by_lang:
            self._by_lang[lang] = _lexicon(self.names, lang)
        return self._by_lang[lang]

    def typo_keys(self, lang: str) -> list[str]:
        """Long one-word curated names worth finding with a typo (not demonyms: "Syrians")."""
        return [key for key, entries in self.lexicon(lang).items()
                if len(key) >= TYPO_MIN_LENGTH and key.isalpha() and any(
                    e.curated and not e.demonym and " " not in e.form
                    for e in entries)]

    def skeletons(self, lang: str) -> dict[str, str]:
        """Transliteration skeleton → the name key of the places it stands for (see ``transliteration``),
        for skeletons distinctive enough and owned by one name key only."""
        found: dict[str, set[str]] = defaultdict(set)
        for key, entries in self.lexicon(lang).items():
            for entry in entries:
                if self.entities[entry.entity].kind.is_place and not entry.demonym:
                    shape = skeleton(entry.form)
                    if is_distinctive(shape):
                        found[shape].add(key)
        return {shape: min(keys) for shape, keys in found.items()}

    def by_qid(self, qid: str) -> Entity | None:
        return next((e for e in self.entities.values() if e.wikidata == qid), None)


def _case_rule(text: str, curated: bool, lang: str, demonym: bool = False) -> CaseRule:
    if is_acronym(text):
        return CaseRule.EXACT if sum(c.isalpha() for c in text) <= 2 else CaseRule.NOT_LOWER
    if demonym:
        return CaseRule.ANY  # "russi", "iracheni": lowercase in most languages, and listed per language
    words = text.split()
    if not curated or (len(words) == 1 and is_common_word(text, lang)):
        return CaseRule.CAPITALISED
    return CaseRule.ANY


def _usable(text: str, curated: bool, lang: str) -> bool:
    if curated:
        return True
    words = [w for w in fold(text).replace("-", " ").split() if w]
    letters = sum(c.isalpha() for c in text)
    return letters >= MIN_PLACE_NAME and not all(is_common_word(w, lang) for w in words)


def _forms(name: Name) -> set[str]:
    """The name, and for "As Susah" also "Susah" and "al-Susah": transliterations write the Arabic article
    assimilated (as-, ash-, ad-) or not (al-), or leave it out. Hyphen and space variants need no listing:
    names are looked up squashed (see ``squash``)."""
    bare = without_article(name.text)
    if bare and not name.demonym and sum(c.isalpha() for c in bare) >= 5:
        return {name.text, bare, f"al-{bare}"}
    return {name.text}


def _lexicon(names: Iterable[Name], lang: str) -> dict[str, list[NameEntry]]:
    lexicon: dict[str, dict[str, NameEntry]] = defaultdict(dict)
    for name in names:
        if name.lang not in (None, lang):
            continue
        for form in _forms(name):
            if not _usable(form, name.curated, lang):
                continue
            case = _case_rule(form, name.curated, lang, name.demonym)
            entry = NameEntry(form, name.entity, case, name.demonym, name.curated)
            lexicon[squash(form)].setdefault(name.entity + form, entry)
    return {key: sorted(v.values(), key=lambda e: not e.curated) for key, v in lexicon.items()}


@cache
def load_catalog() -> Catalog:
    """The curated entities and the gazetteer, read once per process."""
    curated, curated_names = read_curated(ontology_dir())
    places, place_names = read_gazetteer(data_file("gazetteer"), curated, curated_names)
    entities = {e.key: e for e in [*curated, *places]}
    return Catalog(entities=entities, names=[*curated_names, *place_names])
