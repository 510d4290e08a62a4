"""Temporal expressions in news text, and the dates they refer to.

Plain Python and regexes, no NLP pipeline: the words of each language are data in
``kg/data/lexicons/<lang>/time.json`` (see ``kg.timex.lexicon``), compiled once per language.

>>> import datetime as dt
>>> [expr] = find_time_expressions("On Tuesday, the Syrian army launched an offensive", "en")
>>> expr.text, expr.kind.value
('On Tuesday', 'relative')
>>> resolve(expr, dt.date(2017, 6, 15))
EventDate(value=datetime.date(2017, 6, 13), precision=<DatePrecision.DAY: 'day'>, start=0, end=10)
>>> resolve(expr, None) is None
True
"""

from .expression import TimeExpression, TimeUnit, TimexKind
from .finder import find_time_expressions
from .resolver import resolve

__all__ = ["TimeExpression", "TimeUnit", "TimexKind", "find_time_expressions", "resolve"]
