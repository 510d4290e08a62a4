"""The time words of one language, read from ``kg/data/lexicons/<lang>/time.json``.

Lexicons are data: adding a language is adding a file. Every key is optional; a missing one means the
language has no such words. The keys (names of months and days are written once, accents included; the
matcher tolerates spelling variants, see ``kg.timex.spelling``):

    months, month_abbreviations       name → 1..12 (abbreviations count only next to a day or a year)
    ambiguous_months                  names that are also common words ("may", "march"): where
                                      capitalised_months is true they count only with a capital initial
    weekdays, weekday_abbreviations   name → 0..6, Monday = 0 (abbreviations only before a full date)
    numbers                           number words → value ("two": 2, "a": 1)
    units                             "day"/"week"/"month"/"year"/"hour" → the words for it
    prepositions                      words before a date that belong to it ("on", "il", "am", "يوم")
    lead_words                        words that make a bare month or year a date but stay out of the
                                      span ("since", "dal", "seit", "منذ")
    day_articles, day_suffixes        "the" before a day number; "th", ".", "er" after it
    day_month_joiners                 "of" in "9th of February"
    period_modifiers                  "early", "mid", "fine", "Anfang", "منتصف" before a month or year
    date_orders                       textual orders: ["dmy"] or ["dmy", "mdy"]
    numeric_order                     how to read 13/06/2017: "dmy" or "mdy"
    day_parts_before, day_parts_after "morning", "sera", "Abend", "مساء" around a day word
    weekday_shifts_before/after       "last" → -1, "next" → 1, "scorso" → -1, "الماضي" → -1
    relative                          [{"unit": ..., "offset": ..., "phrases": [...]}], units day, week,
                                      month, year, weekend
    ago                               templates with {n} and {unit}: "{n} {unit} ago", "vor {n} {unit}"
    vague, vague_templates            expressions found but never resolved ("recently", "{n} {unit} later")
    clitics                           one-letter prefixes glued to the next word (Arabic و ب ف ل)
    non_dates                         names that contain time words but are no dates ("Sunday Times")
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..resources import DATA_DIR, data_file
from .expression import TimeUnit
from .spelling import fold

_INT_MAPS = ("months", "month_abbreviations", "weekdays", "weekday_abbreviations", "numbers",
             "weekday_shifts_before", "weekday_shifts_after")
_STRING_LISTS = ("ambiguous_months", "prepositions", "lead_words", "day_articles", "day_suffixes",
                 "day_month_joiners", "period_modifiers", "date_orders", "day_parts_before",
                 "day_parts_after", "ago", "vague", "vague_templates", "clitics", "non_dates")
_OTHER_KEYS = ("language", "description", "capitalised_months", "numeric_order", "units", "relative")
_COUNT_UNITS = ("day", "week", "month", "year", "hour")
_ORDERS = ("dmy", "mdy")
_RANGES = {"months": range(1, 13), "month_abbreviations": range(1, 13), "weekdays": range(7),
           "weekday_abbreviations": range(7)}


@dataclass(frozen=True)
class TimeLexicon:
    """The time words of one language (see the module docstring for what each field holds)."""

    lang: str
    months: dict[str, int] = field(default_factory=dict)
    month_abbreviations: dict[str, int] = field(default_factory=dict)
    ambiguous_months: tuple[str, ...] = ()
    capitalised_months: bool = False
    weekdays: dict[str, int] = field(default_factory=dict)
    weekday_abbreviations: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, tuple[str, ...]] = field(default_factory=dict)
    prepositions: tuple[str, ...] = ()
    lead_words: tuple[str, ...] = ()
    day_articles: tuple[str, ...] = ()
    day_suffixes: tuple[str, ...] = ()
    day_month_joiners: tuple[str, ...] = ()
    period_modifiers: tuple[str, ...] = ()
    date_orders: tuple[str, ...] = ("dmy",)
    numeric_order: str = "dmy"
    day_parts_before: tuple[str, ...] = ()
    day_parts_after: tuple[str, ...] = ()
    weekday_shifts_before: dict[str, int] = field(default_factory=dict)
    weekday_shifts_after: dict[str, int] = field(default_factory=dict)
    relative: dict[str, tuple[TimeUnit, int]] = field(default_factory=dict)
    ago: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    vague_templates: tuple[str, ...] = ()
    clitics: tuple[str, ...] = ()
    non_dates: tuple[str, ...] = ()

    @cached_property
    def _keys(self) -> dict[str, dict[str, Any]]:
        months = {**self.month_abbreviations, **self.months}
        shifts = {**self.weekday_shifts_before, **self.weekday_shifts_after}
        units = {word: unit for unit, words in self.units.items() for word in words}
        weekdays = {**self.weekday_abbreviations, **self.weekdays}
        tables: dict[str, dict[str, Any]] = {
            "month": months, "weekday": weekdays, "number": self.numbers, "unit": units, "shift": shifts,
            "relative": self.relative, "preposition": dict.fromkeys(self.prepositions, True),
            "ambiguous": dict.fromkeys(self.ambiguous_months, True),
        }
        return {name: {fold(k): v for k, v in table.items()} for name, table in tables.items()}

    def lookup(self, table: str, text: str | None) -> Any:
        """The value of ``text`` in one of the folded tables (month, weekday, number, unit, shift,
        relative, preposition, ambiguous), or None."""
        return None if text is None else self._keys[table].get(fold(text))

    def number(self, text: str) -> int | None:
        return int(text) if text.isdecimal() else self.lookup("number", text)


def normalise_lang(lang: str) -> str:
    """The primary language subtag: "en-GB" → "en"."""
    return re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]


@cache
def load_lexicon(lang: str) -> TimeLexicon | None:
    """The lexicon of ``lang``, read once; None when kg has no time lexicon for that language."""
    if not re.fullmatch(r"[a-z]{2,3}", lang) or not (DATA_DIR / "lexicons" / lang / "time.json").is_file():
        return None
    path = data_file("lexicons", lang, "time.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ResourceError(f"time lexicon {path} cannot be read: {err}; fix or restore the file") from err
    return read_lexicon(lang, data, path)


def read_lexicon(lang: str, data: Any, path: Path | str = "<memory>") -> TimeLexicon:
    """Check the parsed JSON of a time lexicon and make it a ``TimeLexicon``."""
    if not isinstance(data, dict):
        raise ResourceError(f"time lexicon {path} must hold a JSON object")
    unknown = set(data) - {*_INT_MAPS, *_STRING_LISTS, *_OTHER_KEYS}
    if unknown:
        raise ResourceError(f"time lexicon {path} has unknown keys {sorted(unknown)}; see kg.timex.lexicon")
    fields: dict[str, Any] = {name: _int_map(data, name, path) for name in _INT_MAPS if name in data}
    fields |= {name: _strings(data, name, path) for name in _STRING_LISTS if name in data}
    fields["capitalised_months"] = bool(data.get("capitalised_months", False))
    fields["numeric_order"] = data.get("numeric_order", "dmy")
    fields["units"] = _units(data.get("units", {}), path)
    fields["relative"] = _relative(data.get("relative", []), path)
    lexicon = TimeLexicon(lang=lang, **fields)
    _check_conventions(lexicon, path)
    return lexicon


def _int_map(data: dict[str, Any], name: str, path: Path | str) -> dict[str, int]:
    value = data[name]
    valid = _RANGES.get(name)
    if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
        raise ResourceError(f"time lexicon {path}: '{name}' must map words to integers")
    if valid is not None and not all(v in valid for v in value.values()):
        raise ResourceError(f"time lexicon {path}: '{name}' values must lie in {valid}")
    return dict(value)


def _strings(data: dict[str, Any], name: str, path: Path | str) -> tuple[str, ...]:
    value = data[name]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ResourceError(f"time lexicon {path}: '{name}' must be a list of non-empty strings")
    return tuple(value)


def _units(value: Any, path: Path | str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict) or not set(value) <= set(_COUNT_UNITS):
        raise ResourceError(f"time lexicon {path}: 'units' must map some of {_COUNT_UNITS} to word lists")
    return {unit: _strings(value, unit, path) for unit in value}


def _relative(value: Any, path: Path | str) -> dict[str, tuple[TimeUnit, int]]:
    if not isinstance(value, list):
        raise ResourceError(f"time lexicon {path}: 'relative' must be a list of groups")
    phrases: dict[str, tuple[TimeUnit, int]] = {}
    for group in value:
        unit, offset = _relative_meaning(group, path)
        phrases |= dict.fromkeys(_strings(group, "phrases", path), (unit, offset))
    return phrases


def _relative_meaning(group: Any, path: Path | str) -> tuple[TimeUnit, int]:
    units = [u.value for u in TimeUnit if u is not TimeUnit.WEEKDAY]
    ok = isinstance(group, dict) and group.get("unit") in units and isinstance(group.get("offset"), int)
    if not ok or "phrases" not in group:
        raise ResourceError(f"time lexicon {path}: each 'relative' group needs a unit in {units}, "
                            f"an integer offset and a list of phrases, not {group!r}")
    return TimeUnit(group["unit"]), int(group["offset"])


def _check_conventions(lexicon: TimeLexicon, path: Path | str) -> None:
    if lexicon.numeric_order not in _ORDERS or not set(lexicon.date_orders) <= set(_ORDERS):
        raise ResourceError(f"time lexicon {path}: date orders must be among {_ORDERS}")
    for template in (*lexicon.ago, *lexicon.vague_templates):
        if "{n}" not in template or "{unit}" not in template:
            raise ResourceError(f"time lexicon {path}: template '{template}' needs {{n}} and {{unit}}")
    if any(len(c) != 1 for c in lexicon.clitics):
        raise ResourceError(f"time lexicon {path}: clitics must be single letters")
