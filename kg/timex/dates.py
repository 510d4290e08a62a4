"""Turning matches of calendar dates into absolute ``TimeExpression``s, rejecting impossible ones.

A date is kept only if it can exist ("31 June" cannot; "29 February" can, when the year allows it) and,
for month names that are also common words ("May", "March" in English), only when written as a month.
"""

from __future__ import annotations

import calendar
import re

from .expression import TimeExpression, TimexKind
from .lexicon import TimeLexicon


def build_iso(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """2017-06-13, 2017/06/13: always year, month, day."""
    return _absolute(m, m.start(), int(m["year"]), int(m["month"]), int(m["day"]))


def build_numeric(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """13/06/2017, 13.06.2017: read in the lexicon's numeric order (day first by default); when that
    gives no valid date, the other order."""
    year, a, b = int(m["year"]), int(m["a"]), int(m["b"])
    day, month = (a, b) if lex.numeric_order == "dmy" else (b, a)
    if not _exists(year, month, day):
        day, month = month, day
    return _absolute(m, m.start(), year, month, day)


def build_written(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """13 Jun 2017, June 13, 2017, Feb. 10, 9. Februar, il 9 febbraio, June 2017, 9 شباط."""
    if not _written_as_month(m, lex):
        return None
    weekday = lex.lookup("weekday", m.groupdict().get("weekday"))
    return _absolute(m, m.start(), _number(m, "year"), lex.lookup("month", m["month"]), _number(m, "day"),
                     weekday)


def build_cued(m: re.Match[str], lex: TimeLexicon) -> TimeExpression | None:
    """A bare month or year after a cue: "in April" (span from the preposition), "since 2011" (the lead
    word stays out of the span), "mid-April". Without a cue a bare month or year is not a date."""
    start = _cued_start(m)
    if start is None:
        return None
    month = m.groupdict().get("month")
    if month is not None and not _written_as_month(m, lex):
        return None
    return _absolute(m, start, _number(m, "year"), lex.lookup("month", month), None)


def _cued_start(m: re.Match[str]) -> int | None:
    if m["preps"]:
        return m.start("preps")
    if m["mod"]:
        return m.start("mod")
    return m.start("target") if m["lead"] else None


def _written_as_month(m: re.Match[str], lex: TimeLexicon) -> bool:
    """False for an ambiguous month name ("may") not capitalised in a language that capitalises months."""
    token = m["month"]
    return not (lex.capitalised_months and lex.lookup("ambiguous", token) and not token[0].isupper())


def _number(m: re.Match[str], name: str) -> int | None:
    text = m.groupdict().get(name)
    return int(text) if text else None


def _exists(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None and year is not None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    return 1 <= day <= calendar.monthrange(2000 if year is None else year, month)[1]


def _absolute(m: re.Match[str], start: int, year: int | None, month: int | None, day: int | None,
              weekday: int | None = None) -> TimeExpression | None:
    if (year is not None and not 1 <= year <= 9999) or not _exists(year, month, day):
        return None
    return TimeExpression(start, m.end(), m.string[start:m.end()], TimexKind.ABSOLUTE, year=year,
                          month=month, day=day, weekday=weekday)
