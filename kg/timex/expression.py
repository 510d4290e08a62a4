"""The record ``find_time_expressions`` returns: one temporal expression found in a text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class TimexKind(StrEnum):
    """Whether an expression names the calendar or counts from the moment of writing."""

    ABSOLUTE = "absolute"  # a full or partial calendar date: "13 Jun 2017", "February 9", "in 2016"
    RELATIVE = "relative"  # "yesterday", "on Tuesday", "last month", "recently"


class TimeUnit(StrEnum):
    """What a relative expression counts in; ``offset`` says how many, signed (negative = the past)."""

    DAY = "day"  # anchor + offset days
    WEEK = "week"  # anchor + 7 × offset days
    MONTH = "month"  # the month offset months from the anchor's
    YEAR = "year"  # the year offset years from the anchor's
    WEEKDAY = "weekday"  # a named day of the week; offset -1 "last", 0 plain, +1 "next"
    WEEKEND = "weekend"  # the weekend; offset -1 or 0 the past one, +1 the next one


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression: its span in the text, its kind and the parts needed to resolve it.

    Absolute expressions fill ``year``/``month``/``day`` (any may be missing, "February 9" has no year);
    relative ones fill ``unit`` and ``offset``, plus ``weekday`` (0 = Monday) for a named day.
    A vague relative expression ("recently", "a few days later") has no unit and never resolves.
    """

    start: int
    end: int
    text: str
    kind: TimexKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: TimeUnit | None = None
    offset: int = 0

    @property
    def vague(self) -> bool:
        return self.kind is TimexKind.RELATIVE and self.unit is None
