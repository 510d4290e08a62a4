"""How well a Wikidata item fits an entity, from 0 to 1, and the ranking of an entity's candidates.

    score = (0.55 name + 0.25 type + 0.10 language + 0.10 prominence) × country

- name: the item's best match: its label 1.0, an alias 0.8; × 0.95 when the entity's name that matched is
  an alias of the entity rather than a preferred label; × 0.9 when only the spelling without diacritics
  matched.
- type (``types.json``): an item whose wdt:P31 class fits the entity's kg class 1.0; without wdt:P31 0.3;
  an item whose classes all misfit (a film or a family name for a person) is never proposed.
- language: 1.0 when the match is in the language of an article that mentions the entity, or "mul".
- prominence: the logarithm of the item's sitelinks, 1.0 from 300 up (a capital over a namesake hamlet).
- country: for an entity that lies in a known state, × 0.5 when the item lies in another (wdt:P17),
  × 0.9 when the item has no country.

>>> from kg.wikilink.records import NameMatch, SearchName, Subject, WikidataItem
>>> damascus = Subject("kge:damasco", "Damasco", frozenset({"Settlement"}),
...                    (SearchName("Damasco", None, True),), ("it",))
>>> score(damascus, WikidataItem("Q3766", frozenset({NameMatch("Damasco", "it", False)}),
...                              classes=frozenset({"Q5119"}), sitelinks=299))
1.0
>>> score(damascus, WikidataItem("Q11424", frozenset({NameMatch("Damasco", "it", False)}),
...                              classes=frozenset({"Q11424"}))) is None
True
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from .candidates import NEUTRAL_LANGUAGE, spellings
from .records import Candidate, NameMatch, Subject, WikidataItem

TYPES_FILE = Path(__file__).resolve().parent / "types.json"
WEIGHTS = {"name": 0.55, "type": 0.25, "language": 0.10, "prominence": 0.10}
LABEL, ALIAS = 1.0, 0.8
OWN_ALIAS, PLAIN_SPELLING = 0.95, 0.9
UNTYPED = 0.3
FULL_PROMINENCE_SITELINKS = 300
OTHER_COUNTRY, NO_COUNTRY = 0.5, 0.9


class TypeFit(Enum):
    FITS = 1.0
    UNTYPED = UNTYPED
    MISFITS = 0.0


def score(subject: Subject, item: WikidataItem) -> float | None:
    """The item's score for the subject, or None when its type rules it out."""
    fit = type_fit(subject, item)
    if fit is TypeFit.MISFITS or not item.matches:
        return None
    parts = {
        "name": max(name_score(subject, m) for m in item.matches),
        "type": fit.value,
        "language": max(language_score(subject, m) for m in item.matches),
        "prominence": prominence(item.sitelinks),
    }
    total = sum(WEIGHTS[k] * v for k, v in parts.items()) * country_factor(subject, item)
    return round(min(total, 1.0), 3)


def name_score(subject: Subject, match: NameMatch) -> float:
    as_written = [n for n in subject.names if " ".join(n.text.split()) == match.text]
    plain = [n for n in subject.names if match.text in spellings(n.text)]
    names = as_written or plain
    if not names:
        return 0.0
    spelled = 1.0 if as_written else PLAIN_SPELLING
    own = 1.0 if any(n.preferred for n in names) else OWN_ALIAS
    return (ALIAS if match.alias else LABEL) * spelled * own


def language_score(subject: Subject, match: NameMatch) -> float:
    return 1.0 if match.lang in subject.languages or match.lang == NEUTRAL_LANGUAGE else 0.0


def prominence(sitelinks: int) -> float:
    return min(1.0, math.log10(1 + max(sitelinks, 0)) / math.log10(1 + FULL_PROMINENCE_SITELINKS))


def country_factor(subject: Subject, item: WikidataItem) -> float:
    if not subject.countries:
        return 1.0
    if not item.countries:
        return NO_COUNTRY
    return 1.0 if subject.countries & item.countries else OTHER_COUNTRY


def type_fit(subject: Subject, item: WikidataItem) -> TypeFit:
    allowed = allowed_classes(subject.classes)
    if not item.classes or not allowed:
        return TypeFit.UNTYPED
    return TypeFit.FITS if (item.classes | item.superclasses) & allowed else TypeFit.MISFITS


def allowed_classes(kg_classes: Iterable[str]) -> frozenset[str]:
    """The Wikidata classes that fit any of ``kg_classes`` (local names such as "Settlement")."""
    table = type_table()
    return frozenset().union(*(table.get(c, frozenset()) for c in kg_classes))


def rank(subject: Subject, items: Iterable[WikidataItem], limit: int) -> tuple[Candidate, ...]:
    """The subject's ``limit`` best candidates, best first (ties: more sitelinks, then the older item)."""
    scored = [(s, item) for item in items if (s := score(subject, item)) is not None]
    scored.sort(key=lambda p: (-p[0], -p[1].sitelinks, int(p[1].qid[1:])))
    label_languages = (*subject.languages, "en", NEUTRAL_LANGUAGE)
    return tuple(_candidate(subject, item, s, n, label_languages)
                 for n, (s, item) in enumerate(scored[:limit], start=1))


def _candidate(subject: Subject, item: WikidataItem, value: float, position: int,
               languages: tuple[str, ...]) -> Candidate:
    label, lang = item.label(languages)
    return Candidate(entity=subject.iri, entity_label=subject.label, qid=item.qid, label=label,
                     label_lang=lang, score=value, rank=position)


@cache
def type_table() -> Mapping[str, frozenset[str]]:
    """kg class (local name) → the Wikidata classes that fit it, ``includes`` expanded."""
    try:
        raw = json.loads(TYPES_FILE.read_text(encoding="utf-8"))["classes"]
        return {name: _expand(raw, name, ()) for name in raw}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"cannot read the type table {TYPES_FILE}: {exc!r}") from exc


def _expand(raw: Mapping[str, Any], name: str, seen: tuple[str, ...]) -> frozenset[str]:
    if name in seen:
        raise ResourceError(f"{TYPES_FILE}: '{name}' includes itself ({' → '.join((*seen, name))})")
    entry = raw[name]
    own = frozenset(entry.get("wikidata", {}))
    return own.union(*(_expand(raw, other, (*seen, name)) for other in entry.get("includes", ())))
