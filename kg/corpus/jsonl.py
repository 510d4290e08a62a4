"""A ``.jsonl`` file: one article per line, a JSON object with the sidecar's fields plus ``text``.

The file is streamed line by line, so its total size is not limited; the size limit applies to each line
(each article). Blank lines are skipped. Line numbers count from 1, as editors show them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..records import InputProblem
from .files import check_regular_file, decode_utf8, describe_os_error, too_large_message
from .jsonvalues import parse_json_object
from .raw import RawArticle

JSONL_ID_PREFIX = "article"
_CHUNK = 1 << 16


def read_jsonl_articles(path: Path, *, max_bytes: int) -> Iterator[RawArticle | InputProblem]:
    """The articles of ``path`` in line order, with a problem for each line that cannot be read."""
    try:
        check_regular_file(path)
        with path.open("rb") as f:
            for number, offset, size, data in _numbered_lines(f, max_bytes):
                yield from _read_line(path, number, offset, data, size, max_bytes)
    except InputError as e:
        yield InputProblem(e.path, e.message, e.line, e.field)
    except OSError as e:
        yield InputProblem(str(path), f"cannot be read: {describe_os_error(e)}")


def _read_line(
    path: Path, number: int, offset: int, data: bytes | None, size: int, max_bytes: int
) -> Iterator[RawArticle | InputProblem]:
    if data is None:
        yield InputProblem(str(path), too_large_message("the line", size, max_bytes), number)
        return
    try:
        line = decode_utf8(data, str(path), offset=offset, line=number).rstrip("\r\n")
        if not line.strip():
            return
        fields = parse_json_object(line, str(path), line=number)
    except InputError as e:
        yield InputProblem(e.path, e.message, e.line, e.field)
        return
    text = fields.pop("text", None)
    yield RawArticle(path=str(path), text=text, id_prefix=JSONL_ID_PREFIX, fields=fields, line=number)


def _numbered_lines(f: BinaryIO, max_bytes: int) -> Iterator[tuple[int, int, int, bytes | None]]:
    """(number, byte offset, size, bytes) of each line; ``None`` bytes for a line over ``max_bytes``."""
    number, offset = 0, 0
    while chunk := f.readline(max_bytes + 1):
        number += 1
        data: bytes | None = chunk
        size = len(chunk)
        if size > max_bytes and not chunk.endswith(b"\n"):
            data, size = None, size + _skip_rest_of_line(f)
        yield number, offset, size, data
        offset += size


def _skip_rest_of_line(f: BinaryIO) -> int:
    skipped = 0
    while chunk := f.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped
