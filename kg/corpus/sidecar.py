"""A ``.txt`` article with its optional sidecar ``.json`` of the same stem holding the metadata.

The sidecar's fields are ``id``, ``title``, ``source``, ``url``, ``published`` and ``lang``; other keys
(and a ``text`` key: the text is the .txt) are ignored. The text is kept exactly as decoded, line ends
(``\\r\\n`` too) included, so offsets into ``Article.text`` are offsets into the file's characters; only a
leading byte order mark is dropped.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import InputProblem
from .files import decode_utf8, read_limited
from .identity import is_safe_id
from .jsonvalues import parse_json_object
from .raw import RawArticle

SIDECAR_SUFFIX = ".json"


def sidecar_path(text_path: Path) -> Path:
    return text_path.with_suffix(SIDECAR_SUFFIX)


def read_text_article(path: Path, *, max_bytes: int) -> RawArticle | list[InputProblem]:
    """The article in ``path`` with the metadata of its sidecar, or the problems that prevent reading it."""
    problems: list[InputProblem] = []
    fields = _read_sidecar(path, max_bytes, problems)
    text = _read_text(path, max_bytes, problems)
    if problems:
        return problems
    return RawArticle(path=str(path), text=text, id_prefix=path.stem, fields=fields,
                      meta_path=str(sidecar_path(path)) if fields else "",
                      name_id=path.stem if is_safe_id(path.stem) else None)


def _read_text(path: Path, max_bytes: int, problems: list[InputProblem]) -> str | None:
    try:
        return decode_utf8(read_limited(path, max_bytes), str(path))
    except InputError as e:
        problems.append(InputProblem(e.path, e.message, e.line, e.field))
        return None


def _read_sidecar(text_path: Path, max_bytes: int, problems: list[InputProblem]) -> dict[str, Any]:
    path = sidecar_path(text_path)
    if not os.path.lexists(path):  # a broken link is a sidecar that cannot be read
        return {}
    try:
        fields = parse_json_object(decode_utf8(read_limited(path, max_bytes), str(path)), str(path))
    except InputError as e:
        message = f"{e.message} (the sidecar of {text_path.name})"
        problems.append(InputProblem(e.path, message, e.line, e.field))
        return {}
    fields.pop("text", None)
    return fields
