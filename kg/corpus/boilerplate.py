"""Finding web boilerplate in an article: comment forms, share widgets, tag lists, captions and credits.

The result is a tuple of ``(start, end)`` character ranges into the text (end exclusive), sorted, with
ranges separated only by white space merged, so that a whole comment form is one range. A whole-line range
starts and ends at the line's first and last non-space character. The text itself is never changed.
The patterns are data: see ``boilerplate_patterns.json``.

>>> patterns = load_boilerplate_patterns()
>>> text = "Raqqa was retaken.\\n\\nShare this:\\nTwitter\\nFacebook"
>>> [text[b0:b1] for b0, b1 in find_boilerplate(text, "en", patterns)]
['Share this:\\nTwitter\\nFacebook']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from .patterns import BoilerplatePatterns, Matchers, load_boilerplate_patterns
from .taglist import is_tag_line

Range = tuple[int, int]
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_WORD = re.compile(r"\S+")
MAX_LINE_CHARS = 1_000
"""Longer lines are prose: whole-line patterns are not tried on them (inline ones are)."""


@dataclass(frozen=True)
class Line:
    """A non-blank line with its white space collapsed, and where its words are in the article text."""

    text: str
    starts: tuple[int, ...]  # where each word starts in ``text``
    origins: tuple[int, ...]  # where each word starts in the article text

    def position(self, index: int) -> int:
        """Where character ``index`` of ``text`` is in the article (a collapsed space: its run's start)."""
        word = bisect_right(self.starts, index) - 1
        next_start = self.starts[word + 1] if word + 1 < len(self.starts) else len(self.text) + 1
        return self.origins[word] + min(index - self.starts[word], next_start - 1 - self.starts[word])

    def span(self, start: int, end: int) -> Range:
        return self.position(start), self.position(end - 1) + 1

    @property
    def whole(self) -> Range:
        return self.span(0, len(self.text))


def find_boilerplate(text: str, lang: str, patterns: BoilerplatePatterns | None = None) -> tuple[Range, ...]:
    """The boilerplate ranges of ``text``, an article in language ``lang``."""
    patterns = patterns or load_boilerplate_patterns()
    matchers = patterns.for_language(lang)
    lines = list(content_lines(text))
    ranges = [*_boilerplate_lines(lines, matchers, patterns), *_inline_matches(lines, matchers)]
    return merge_ranges(text, ranges)


def content_lines(text: str) -> Iterator[Line]:
    """The non-blank lines of ``text``, stripped and with every run of white space made one space."""
    for match in _LINE.finditer(text):
        words = list(_WORD.finditer(text, match.start(), match.end()))
        if words:
            starts = tuple(accumulate((len(w.group()) + 1 for w in words[:-1]), initial=0))
            yield Line(" ".join(w.group() for w in words), starts, tuple(w.start() for w in words))


def _boilerplate_lines(
    lines: Iterable[Line], matchers: Matchers, patterns: BoilerplatePatterns
) -> Iterator[Range]:
    previous_was_boilerplate = False
    for line in lines:
        previous_was_boilerplate = len(line.text) <= MAX_LINE_CHARS and bool(
            matchers.lines.fullmatch(line.text)
            or (previous_was_boilerplate and matchers.after_boilerplate.fullmatch(line.text))
            or is_tag_line(line.text, patterns.tag_list)
        )
        if previous_was_boilerplate:
            yield line.whole


def _inline_matches(lines: Iterable[Line], matchers: Matchers) -> Iterator[Range]:
    for line in lines:
        for match in matchers.inline.finditer(line.text):
            if match.end() > match.start():
                yield line.span(match.start(), match.end())


def merge_ranges(text: str, ranges: Iterable[Range]) -> tuple[Range, ...]:
    """``ranges`` sorted, with overlapping ones and ones separated only by white space merged."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and (start <= merged[-1][1] or text[merged[-1][1]:start].isspace()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)
