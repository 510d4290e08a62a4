"""Reading an input file's bytes within a size limit, and decoding them as UTF-8.

The size is checked with ``stat`` before a file is opened, so an oversized file is rejected without being
read. Errors are :class:`~kg.errors.InputError` naming the file; the readers turn them into problems.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import InputError

DEFAULT_MAX_BYTES = 10_000_000
"""The largest .txt file, sidecar or JSONL line kg reads by default (10 MB)."""

UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def check_regular_file(path: Path) -> os.stat_result:
    """The file's ``stat``; an :class:`InputError` when it is missing, unreadable or not a regular file."""
    try:
        info = path.stat()
    except OSError as e:
        raise InputError(str(path), f"cannot be read: {describe_os_error(e)}") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(str(path), "is not a regular file (a device, pipe or socket?)")
    return info


def read_limited(path: Path, max_bytes: int) -> bytes:
    """All bytes of ``path``; an :class:`InputError` if it is larger than ``max_bytes`` or unreadable."""
    size = check_regular_file(path).st_size
    if size > max_bytes:
        raise InputError(str(path), too_large_message("the file", size, max_bytes))
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise InputError(str(path), f"cannot be read: {describe_os_error(e)}") from None
    if len(data) > max_bytes:  # the file grew after stat
        raise InputError(str(path), too_large_message("the file", len(data), max_bytes))
    return data


def decode_utf8(data: bytes, path: str, *, offset: int = 0, line: int | None = None) -> str:
    """``data`` decoded as UTF-8, a leading byte order mark dropped.

    ``offset`` is the position of ``data`` in its file and ``line`` its line number, for the error an
    undecodable byte raises; without ``line`` the line is counted in ``data``.
    """
    body = data.removeprefix(UTF8_BOM)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        position = len(data) - len(body) + e.start
        where = line or data.count(b"\n", 0, position) + 1
        raise InputError(path, _undecodable_message(data, position, offset), where) from None


def _undecodable_message(data: bytes, position: int, offset: int) -> str:
    if offset == 0 and data.startswith(_UTF16_BOMS):
        return "is UTF-16 encoded, not UTF-8: save it as UTF-8"
    return (
        f"is not valid UTF-8: byte 0x{data[position]:02x} at byte offset {offset + position} cannot be "
        "decoded; save the file as UTF-8"
    )


def too_large_message(what: str, size: int, max_bytes: int) -> str:
    return (
        f"{what} is {_megabytes(size)}, larger than the limit of {_megabytes(max_bytes)}; "
        "split it, or raise the limit (max_bytes)"
    )


def describe_os_error(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"
