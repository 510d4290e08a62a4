"""kg.corpus.files: reading within a size limit, decoding UTF-8."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus.files import decode_utf8, read_limited
from kg.errors import InputError


def test_read_limited_reads_a_file_at_the_limit(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100


def test_read_limited_rejects_a_file_over_the_limit(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="101 bytes, larger than the limit of 100 bytes"):
        read_limited(path, 100)


def test_read_limited_rejects_a_folder_and_a_missing_file(tmp_path: Path):
    with pytest.raises(InputError, match="not a regular file"):
        read_limited(tmp_path, 100)
    with pytest.raises(InputError, match="cannot be read: no such file"):
        read_limited(tmp_path / "missing.txt", 100)


def test_decode_drops_the_byte_order_mark_and_keeps_line_ends():
    assert decode_utf8(b"\xef\xbb\xbfone\r\ntwo\n", "a.txt") == "one\r\ntwo\n"
    assert decode_utf8("città".encode(), "a.txt") == "città"


def test_decode_error_names_the_byte_offset_in_the_file_and_the_line():
    with pytest.raises(InputError) as caught:
        decode_utf8(b"\xef\xbb\xbfok\nbad \xc3( here", "a.txt")
    assert (caught.value.path, caught.value.line) == ("a.txt", 2)
    assert "byte 0xc3 at byte offset 10" in caught.value.message


def test_decode_error_of_a_line_counts_from_its_offset():
    with pytest.raises(InputError) as caught:
        decode_utf8(b"ab\xff", "a.jsonl", offset=1000, line=7)
    assert caught.value.line == 7
    assert "byte offset 1002" in caught.value.message


def test_utf16_is_named():
    with pytest.raises(InputError, match="UTF-16"):
        decode_utf8("Raqqa".encode("utf-16"), "a.txt")
