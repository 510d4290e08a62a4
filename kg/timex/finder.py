"""Finding every temporal expression in a text: run the language's rules, keep the longest matches."""

from __future__ import annotations

import bisect

from .expression import TimeExpression
from .grammar import Grammar, grammar_for


def find_time_expressions(text: str, lang: str) -> list[TimeExpression]:
    """Every temporal expression in ``text``, non-overlapping (longest wins), sorted by start.

    Offsets are Python string indices into ``text``, end exclusive. A language without a time lexicon
    gets only the language-neutral formats (2017-06-13, 13/06/2017).

    >>> found = find_time_expressions("On Tuesday, 13 Jun 2017, ISIS may attack", "en")
    >>> [(e.text, e.kind.value) for e in found]
    [('On Tuesday, 13 Jun 2017', 'absolute')]
    """
    grammar = grammar_for(lang)
    found = [expr for rule in grammar.rules for match in rule.pattern.finditer(text)
             if (expr := rule.build(match, grammar.lexicon)) is not None]
    return _longest_first(_outside_non_dates(found, text, grammar))


def _outside_non_dates(found: list[TimeExpression], text: str, grammar: Grammar) -> list[TimeExpression]:
    """Drop expressions inside names that only look like dates ("The Sunday Times", "Bild am Sonntag")."""
    if grammar.non_dates is None:
        return found
    blocked = [m.span() for m in grammar.non_dates.finditer(text)]  # sorted, non-overlapping
    starts = [start for start, _ in blocked]

    def is_blocked(expr: TimeExpression) -> bool:
        i = bisect.bisect_left(starts, expr.end)  # blocked[i - 1] is the last one starting before the end
        return i > 0 and blocked[i - 1][1] > expr.start

    return [e for e in found if not is_blocked(e)]


def _longest_first(found: list[TimeExpression]) -> list[TimeExpression]:
    kept: list[TimeExpression] = []  # non-overlapping, sorted by start
    starts: list[int] = []
    for expr in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        i = bisect.bisect_left(starts, expr.start)
        if (i < len(kept) and kept[i].start < expr.end) or (i > 0 and kept[i - 1].end > expr.start):
            continue
        kept.insert(i, expr)
        starts.insert(i, expr.start)
    return kept
