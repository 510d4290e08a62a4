"""Parsing the JSON of sidecars and JSONL lines, and describing JSON values in messages."""

from __future__ import annotations

import json
from typing import Any

from ..errors import InputError

_KINDS = ((bool, "true/false"), (int, "a number"), (float, "a number"), (str, "a string"),
          (list, "a list"), (dict, "an object"))


def parse_json_object(text: str, path: str, *, line: int | None = None) -> dict[str, Any]:
    """The JSON object in ``text``; an :class:`InputError` for bad syntax or another kind of value.

    ``line`` is the line of ``text`` in its file (a JSONL line); without it the error names the line of
    the syntax error inside ``text``.
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        where = f"column {e.colno}" if line else f"line {e.lineno} column {e.colno}"
        raise InputError(path, f"is not valid JSON: {e.msg} at {where}", line or e.lineno) from None
    if not isinstance(value, dict):
        message = f"holds {describe_value(value)}, not an object with the article's fields"
        raise InputError(path, message, line)
    return value


def describe_value(value: object) -> str:
    """``value`` for a message: its JSON kind and a short rendering, e.g. ``a number (2017)``."""
    if value is None:
        return "null"
    kind = next((name for cls, name in _KINDS if isinstance(value, cls)), type(value).__name__)
    return f"{kind} ({quoted(value)})"


def quoted(value: object, limit: int = 60) -> str:
    """``value`` as JSON, cut to about ``limit`` characters: ``"Raqqa"``, ``2017``, ``["x", ...``."""
    shown = json.dumps(value, ensure_ascii=False, default=str)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."
