"""Checking and normalising an article's metadata fields.

Every field is optional and may be null. ``title`` and ``source`` are strings (trimmed; empty means
absent); ``url`` an http(s) URL; ``published`` an ISO date or date-time (``2017-06-15``,
``2017-06-15T10:00:00Z``), kept as the calendar date written, without converting time zones; ``lang`` a
language code (see :mod:`.language`); ``id`` a safe id (see :mod:`.identity`). Unknown fields are ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..records import InputProblem
from .identity import parse_id
from .jsonvalues import describe_value, quoted
from .language import parse_lang


@dataclass(frozen=True)
class Metadata:
    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    lang: str | None = None


def parse_string(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a string or null, found {describe_value(value)}")
    return value.strip() or None


def parse_url(value: object) -> str | None:
    url = _string_or_error(value, "an http(s) URL")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc or _has_space(url):
        raise ValueError(f"expected an http:// or https:// URL, found {quoted(url)}")
    return url


def _has_space(text: str) -> bool:
    return any(ch.isspace() for ch in text)


def parse_published(value: object) -> dt.date | None:
    text = _string_or_error(value, "a date such as \"2017-06-15\"")
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text) if len(text) <= 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(
            f"{quoted(text)} is not an ISO date: write it as 2017-06-15 or 2017-06-15T10:00:00Z"
        ) from None


def _string_or_error(value: object, expected: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError(f"expected {expected} or null, found {describe_value(value)}")
    return (value or "").strip() or None


_PARSERS: dict[str, Callable[[object], object]] = {
    "id": parse_id, "title": parse_string, "source": parse_string, "url": parse_url,
    "published": parse_published, "lang": parse_lang,
}


def parse_metadata(
    fields: Mapping[str, object], path: str, line: int | None = None
) -> Metadata | list[InputProblem]:
    """The checked metadata of one article, or a problem for each bad field (naming ``path`` and ``line``)."""
    values: dict[str, Any] = {}
    problems: list[InputProblem] = []
    for name, parse in _PARSERS.items():
        try:
            values[name] = parse(fields.get(name))
        except ValueError as e:
            problems.append(InputProblem(path, str(e), line, name))
    return problems or Metadata(**values)
