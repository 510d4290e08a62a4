"""Turning matches of relative expressions into ``TimeExpression``s that count from an anchor."""

from __future__ import annotations

import re

from .expression import TimeExpression, TimeUnit, TimexKind
from .lexicon import TimeLexicon


def build_weekday(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """"on Tuesday", "martedì sera", "am vergangenen Dienstag", "mardi dernier", "يوم الثلاثاء الماضي"."""
    groups = m.groupdict()
    shift = lex.lookup("shift", groups.get("shift_b") or groups.get("shift_a")) or 0
    return _relative(m, TimeUnit.WEEKDAY, max(-1, min(1, shift)), lex.lookup("weekday", m["wd"]))


def build_phrase(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """"yesterday evening", "nelle scorse ore", "letzte Woche", "ce week-end", "صباح اليوم"."""
    meaning = lex.lookup("relative", m["rel"])
    return None if meaning is None else _relative(m, *meaning)


def build_ago(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """"two days ago", "3 giorni fa", "vor zwei Tagen", "il y a 3 jours", "منذ ثلاثة أيام".

    Hours count as the day they fall on: "5 hours ago" is the anchor's day, "30 hours ago" the day before.
    """
    n, unit = lex.number(m["n"]), lex.lookup("unit", m["unit"])
    if n is None or unit is None:
        return None
    if unit == "hour":
        return _relative(m, TimeUnit.DAY, -(n // 24))
    return _relative(m, TimeUnit(unit), -n)


def build_vague(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """"recently", "a few days later", "in recent months": found, so callers see a time is mentioned,
    but with no unit, so never resolved."""
    return _relative(m, None, 0)


def _relative(m: re.Match[str], unit: TimeUnit | None, offset: int,
              weekday: int | None = None) -> TimeExpression:
    return TimeExpression(m.start(), m.end(), m[0], TimexKind.RELATIVE, weekday=weekday, unit=unit,
                          offset=offset)
