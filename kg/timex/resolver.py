"""Resolving a temporal expression to a calendar date against an anchor (normally the publication date).

The rules follow how news is written:

* A relative expression needs an anchor; without one it resolves to None (never guess).
* Days: "today", "this morning", "tonight", "in the past few hours", "oggi", "stamattina" are the anchor;
  "yesterday (evening)", "ieri", "gestern" the day before; "the day before yesterday" two days before;
  "tomorrow" the day after; "N days ago" N days before. Day precision.
* A weekday ("on Tuesday", "domenica", "am Dienstag", "يوم الثلاثاء") is the most recent such day on or
  before the anchor: the anchor's own weekday is the anchor, as news says "on Thursday" for the day it
  is published. With "last"/"scorso"/"dernier" the most recent one strictly before; with "next"/
  "prossimo" the next one strictly after. Day precision.
* The weekend ("over the weekend", "nel fine settimana", "am Wochenende", "ce week-end") is the most
  recent Saturday strictly before the anchor (on a Sunday, the day before), day precision: a convention
  that puts a Saturday–Sunday span on its first day. "next weekend" is the next Saturday.
* Weeks: "last week" is the anchor − 7 days, "this week" the anchor, "N weeks ago" − 7N; week precision.
* Months: "last month" is the first day of the previous month, "this month" of the anchor's; month
  precision. Years: "last year" is 1 January of the previous year, "this year" of the anchor's; year
  precision.
* Vague expressions ("recently", "a few days later", "in recent months") never resolve.
* Absolute dates resolve as written. One without a year takes the anchor's year, unless that puts it
  more than 30 days after the anchor, then the year before ("in November" in a June article is last
  November); with no year and no anchor it resolves to None. "in April" has month precision, "in 2016"
  year precision.

>>> import datetime as dt
>>> from kg.timex import find_time_expressions
>>> [yesterday] = find_time_expressions("yesterday's seizure", "en")
>>> resolve(yesterday, dt.date(2017, 6, 15)).value
datetime.date(2017, 6, 14)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..records import DatePrecision, EventDate
from .expression import TimeExpression, TimeUnit, TimexKind

FUTURE_TOLERANCE = dt.timedelta(days=30)  # a yearless date this far past the anchor is last year's
_SATURDAY = 5


def resolve(expr: TimeExpression, anchor: dt.date | None) -> EventDate | None:
    """The date ``expr`` refers to, given the anchor date; None when it cannot be known."""
    if expr.kind is TimexKind.ABSOLUTE:
        found = _absolute(expr, anchor)
    elif anchor is None or expr.unit is None:
        found = None
    else:
        found = _RELATIVE[expr.unit](expr, anchor)
    return None if found is None else EventDate(found[0], found[1], expr.start, expr.end)


Resolved = tuple[dt.date, DatePrecision]


def _absolute(expr: TimeExpression, anchor: dt.date | None) -> Resolved | None:
    if expr.month is None:
        return (dt.date(expr.year, 1, 1), DatePrecision.YEAR) if expr.year else None
    precision = DatePrecision.MONTH if expr.day is None else DatePrecision.DAY
    year = expr.year if expr.year is not None else _year_for(expr.month, expr.day or 1, anchor)
    try:
        return (dt.date(year, expr.month, expr.day or 1), precision) if year else None
    except ValueError:  # 29 February in a year without it
        return None


def _year_for(month: int, day: int, anchor: dt.date | None) -> int | None:
    """The anchor's year, or the year before when that would put the date well after the anchor."""
    if anchor is None:
        return None
    try:
        this_year = dt.date(anchor.year, month, day)
    except ValueError:
        return anchor.year - 1
    return anchor.year - 1 if this_year > anchor + FUTURE_TOLERANCE else anchor.year


def _days(expr: TimeExpression, anchor: dt.date) -> Resolved:
    return anchor + dt.timedelta(days=expr.offset), DatePrecision.DAY


def _weeks(expr: TimeExpression, anchor: dt.date) -> Resolved:
    return anchor + dt.timedelta(weeks=expr.offset), DatePrecision.WEEK


def _months(expr: TimeExpression, anchor: dt.date) -> Resolved:
    index = anchor.year * 12 + anchor.month - 1 + expr.offset
    return dt.date(index // 12, index % 12 + 1, 1), DatePrecision.MONTH


def _years(expr: TimeExpression, anchor: dt.date) -> Resolved:
    return dt.date(anchor.year + expr.offset, 1, 1), DatePrecision.YEAR


def _weekday(expr: TimeExpression, anchor: dt.date) -> Resolved | None:
    if expr.weekday is None:
        return None
    return _nearest(anchor, expr.weekday, expr.offset), DatePrecision.DAY


def _weekend(expr: TimeExpression, anchor: dt.date) -> Resolved:
    return _nearest(anchor, _SATURDAY, 1 if expr.offset > 0 else -1), DatePrecision.DAY


def _nearest(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` nearest the anchor: on or before it (0), strictly before (-1), strictly after (1)."""
    if direction > 0:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    back = (anchor.weekday() - weekday) % 7
    return anchor - dt.timedelta(days=back or (7 if direction < 0 else 0))


_RELATIVE: dict[TimeUnit, Callable[[TimeExpression, dt.date], Resolved | None]] = {
    TimeUnit.DAY: _days, TimeUnit.WEEK: _weeks, TimeUnit.MONTH: _months, TimeUnit.YEAR: _years,
    TimeUnit.WEEKDAY: _weekday, TimeUnit.WEEKEND: _weekend,
}
