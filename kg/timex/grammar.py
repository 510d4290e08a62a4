"""The regexes that find temporal expressions in one language, built once from its lexicon.

Each ``Rule`` pairs a compiled regex with the function that turns a match into a ``TimeExpression``
(or rejects it). The language-neutral rules (ISO and numeric dates) come first and exist for every
language; the others exist only when the lexicon has the words they need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from . import dates, relative
from .expression import TimeExpression
from .lexicon import TimeLexicon, load_lexicon, normalise_lang
from .spelling import APOSTROPHES, alternation, phrase_pattern

Builder = Callable[[re.Match[str], TimeLexicon], TimeExpression | None]

_SEP = rf"(?:\s+|(?<=[{APOSTROPHES}])\s*)"  # between words; nothing after an elided article (l'8)
_COMMA = r"[,،]?\s+"
_RIGHT = r"(?!\w)"
_YEAR = r"(?P<year>(?:19|20|١٩|٢٠)\d\d)(?!\w|[.,]\d)"
_DAY = r"(?<![\d.,:/])(?P<day>\d{1,2})(?!\d)"
_COUNT = r"(?<![\d.,])\d{1,3}(?![\d.,]\d)"
_NUMBER_LEFT, _NUMBER_RIGHT = r"(?<![\w.,:/-])", r"(?!\w|[.,:/-]\d)"  # not inside a longer number or time
_ISO = _NUMBER_LEFT + r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d\d?)(?P=sep)(?P<day>\d\d?)" + _NUMBER_RIGHT
_NUMERIC = _NUMBER_LEFT + r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})" + _NUMBER_RIGHT


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder


@dataclass(frozen=True)
class Grammar:
    lexicon: TimeLexicon
    rules: tuple[Rule, ...]
    non_dates: re.Pattern[str] | None = None  # names that only look like dates


@cache
def grammar_for(lang: str) -> Grammar:
    """The rules for ``lang`` (a language without a lexicon gets the language-neutral ones), cached."""
    code = normalise_lang(lang)
    return compile_grammar(load_lexicon(code) or TimeLexicon(lang=code))


def compile_grammar(lexicon: TimeLexicon) -> Grammar:
    """The rules for one lexicon: the language-neutral ones, then those its words make possible."""
    rules = [Rule("iso", re.compile(_ISO), dates.build_iso),
             Rule("numeric", re.compile(_NUMERIC), dates.build_numeric)]
    rules += [Rule(name, re.compile(_left(lexicon) + body, re.IGNORECASE), build)
              for name, body, build in _lexical_rules(lexicon) if body is not None]
    non_dates = alternation(lexicon.non_dates)
    blocker = re.compile(_left(lexicon) + non_dates + _RIGHT, re.IGNORECASE) if non_dates else None
    return Grammar(lexicon, tuple(rules), blocker)


def _lexical_rules(lex: TimeLexicon) -> Iterable[tuple[str, str | None, Builder]]:
    yield "day-month", _day_month(lex) if "dmy" in lex.date_orders else None, dates.build_written
    yield "month-day", _month_day(lex) if "mdy" in lex.date_orders else None, dates.build_written
    yield "month-year", _month_year(lex), dates.build_written
    yield "cued-month", _cued(lex, _month_names(lex, abbreviations=False)), dates.build_cued
    yield "cued-year", _cued(lex, _YEAR), dates.build_cued
    yield "weekday", _weekday(lex), relative.build_weekday
    yield "relative", _relative(lex), relative.build_phrase
    yield "vague", _vague(lex), relative.build_vague
    for template in lex.ago:
        yield "ago", _template(lex, template), relative.build_ago
    for template in lex.vague_templates:
        yield "vague-template", _template(lex, template), relative.build_vague


def _left(lex: TimeLexicon) -> str:
    """Start of a word, allowing one or two glued clitics (Arabic و ب ف ل) before it."""
    if not lex.clitics:
        return r"(?<!\w)"
    c = "[" + "".join(lex.clitics) + "]"
    return rf"(?:(?<!\w)|(?<=(?<!\w){c})|(?<=(?<!\w){c}{c}))"


def _optional(alt: str | None, before: str = "", after: str = "", times: str = "?") -> str:
    return "" if alt is None else f"(?:{before}{alt}{after}){times}"


def _month_names(lex: TimeLexicon, abbreviations: bool = True) -> str | None:
    full = alternation(lex.months)
    abbr = alternation(lex.month_abbreviations) if abbreviations else None
    names = "|".join(x for x in (full and full + _RIGHT, abbr and abbr + _RIGHT + r"\.?") if x)
    return rf"(?P<month>{names})(?:\s*/\s*(?:{names}))?" if names else None


def _date_lead(lex: TimeLexicon) -> str:
    """Prepositions and a weekday that may open a date: "on Tuesday, ", "am Dienstag, ", "il "."""
    preps = alternation(lex.prepositions)
    weekday = alternation([*lex.weekdays, *lex.weekday_abbreviations])
    lead = _optional(preps, after=_SEP, times="{0,2}")
    after_weekday = _optional(preps, after=_SEP)
    return lead + _optional(weekday, "(?P<weekday>", rf"){_RIGHT}\.?{_COMMA}{after_weekday}")


def _day(lex: TimeLexicon) -> str:
    articles = _optional(alternation(lex.day_articles), after=_SEP)
    return articles + _DAY + _optional(alternation(lex.day_suffixes))


def _day_month(lex: TimeLexicon) -> str | None:
    month = _month_names(lex)
    if month is None:
        return None
    joiner = _optional(alternation(lex.day_month_joiners), after=r"\s+")
    return _date_lead(lex) + _day(lex) + r"\s*" + joiner + month + f"(?:{_COMMA}{_YEAR})?" + _RIGHT


def _month_day(lex: TimeLexicon) -> str | None:
    month = _month_names(lex)
    if month is None:
        return None
    return _date_lead(lex) + month + r"\s+" + _day(lex) + f"(?:{_COMMA}{_YEAR})?" + _RIGHT


def _modifier(lex: TimeLexicon, name: str = "") -> str:
    group = f"?P<{name}>" if name else "?:"
    return _optional(alternation(lex.period_modifiers), f"({group}", r")(?:\s+|\s*[-‐–]\s*)")


def _month_year(lex: TimeLexicon) -> str | None:
    month = _month_names(lex)
    if month is None:
        return None
    preps = _optional(alternation(lex.prepositions), after=_SEP, times="{0,2}")
    return preps + _modifier(lex) + month + _COMMA + _YEAR


def _cued(lex: TimeLexicon, target: str | None) -> str | None:
    """A bare month or year made a date by a word before it: "in April", "since 2011", "Ende Mai"."""
    if target is None or not (lex.prepositions or lex.lead_words or lex.period_modifiers):
        return None
    lead = _optional(alternation(lex.lead_words), "(?P<lead>", ")" + _SEP) or "(?P<lead>)?"
    preps = alternation(lex.prepositions)
    prep_group = f"(?P<preps>(?:{preps}{_SEP}){{1,2}})?" if preps else "(?P<preps>)?"
    mod = _modifier(lex, "mod") or "(?P<mod>)?"
    return lead + prep_group + mod + f"(?P<target>{target})" + _RIGHT


def _weekday(lex: TimeLexicon) -> str | None:
    weekday = alternation(lex.weekdays)
    if weekday is None:
        return None
    prep = _optional(alternation(lex.prepositions), after=_SEP)
    shift_before = _optional(alternation(lex.weekday_shifts_before), "(?P<shift_b>", ")" + _SEP)
    part_before = _optional(alternation(lex.day_parts_before), after=_SEP)
    part_after = _optional(alternation(lex.day_parts_after), r"\s*")
    shift_after = _optional(alternation(lex.weekday_shifts_after), r"\s+(?P<shift_a>", ")")
    return (prep + shift_before + part_before + prep + f"(?P<wd>{weekday})" + part_after + shift_after
            + _RIGHT)


def _relative(lex: TimeLexicon) -> str | None:
    phrases = alternation(lex.relative)
    if phrases is None:
        return None
    part_before = _optional(alternation(lex.day_parts_before), after=_SEP)
    part_after = _optional(alternation(lex.day_parts_after), r"\s*")
    return part_before + f"(?P<rel>{phrases})" + part_after + _RIGHT


def _vague(lex: TimeLexicon) -> str | None:
    phrases = alternation(lex.vague)
    return None if phrases is None else phrases + _RIGHT


def _template(lex: TimeLexicon, template: str) -> str | None:
    """A regex for "{n} {unit} ago"-like templates; None when the lexicon has no units."""
    units = alternation(w for words in lex.units.values() for w in words)
    if units is None:
        return None
    numbers = alternation(lex.numbers)
    count = f"(?P<n>{numbers}|{_COUNT})" if numbers else f"(?P<n>{_COUNT})"
    slots = {"{n}": count, "{unit}": f"(?P<unit>{units})"}
    return r"\s+".join(slots.get(word) or phrase_pattern(word) for word in template.split()) + _RIGHT
