"""Recognising a line of tags: short comma-separated keywords, such as
``Russia, Russia Defense Ministry, Russian defense ministryRussia, Russia Defense Ministry, ...``.

A tag line has at least ``min_items`` items, each of a few words and without sentence punctuation, does
not end like a sentence, and repeats an item (a list rendered twice) or has many items. Lists in prose
("Russia, Iran and Turkey signed ...") fail these tests.
"""

from __future__ import annotations

from .patterns import TagListRule

_SENTENCE_END = tuple(".!?:;\"'”’»)")
_NOT_IN_KEYWORD = set("!?;:\"“”«»()")


def is_tag_line(line: str, rule: TagListRule) -> bool:
    """Whether ``line`` (stripped, white space collapsed) is a list of tags."""
    if len(line) > rule.max_line_chars or line.endswith(_SENTENCE_END):
        return False
    items = [item.strip() for item in line.split(",")]
    if len(items) < rule.min_items or not all(_is_keyword(item, rule) for item in items):
        return False
    distinct = {item.casefold() for item in items}
    return len(distinct) < len(items) or len(items) >= rule.min_items_without_repeat


def _is_keyword(item: str, rule: TagListRule) -> bool:
    return (
        0 < len(item) <= rule.max_item_chars
        and len(item.split()) <= rule.max_item_words
        and not _NOT_IN_KEYWORD.intersection(item)
    )
