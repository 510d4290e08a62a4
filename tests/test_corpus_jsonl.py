"""kg.corpus.jsonl: one article per line."""

from __future__ import annotations

from pathlib import Path

from kg.corpus.jsonl import read_jsonl_articles
from kg.corpus.raw import RawArticle
from kg.records import InputProblem


def read(path: Path, max_bytes: int = 10_000) -> list[RawArticle | InputProblem]:
    return list(read_jsonl_articles(path, max_bytes=max_bytes))


def test_lines_become_raw_articles_with_their_numbers(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "One."}\r\n\n   \n{"text": "Two.", "lang": "it"}')
    found = read(path)
    assert [(r.line, r.text, dict(r.fields)) for r in found if isinstance(r, RawArticle)] == [
        (1, "One.", {"id": "a"}),
        (4, "Two.", {"lang": "it"}),
    ]
    assert all(isinstance(r, RawArticle) and r.id_prefix == "article" for r in found)


def test_a_line_without_text_is_still_a_raw_article(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a"}\n', encoding="utf-8")
    (raw,) = read(path)
    assert isinstance(raw, RawArticle) and raw.text is None


def test_bad_lines_are_problems_and_the_next_lines_are_read(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "a"}\n{"text": "b\xff"}\n"just a string"\n{"text": \n{"text": "e"}\n')
    found = read(path)
    assert [(type(r).__name__, r.line) for r in found] == [
        ("RawArticle", 1), ("InputProblem", 2), ("InputProblem", 3), ("InputProblem", 4), ("RawArticle", 5),
    ]
    messages = [r.message for r in found if isinstance(r, InputProblem)]
    assert "byte 0xff at byte offset 25" in messages[0]
    assert messages[1] == "holds a string (\"just a string\"), not an object with the article's fields"
    assert messages[2].startswith("is not valid JSON: Expecting value at column")


def test_a_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    long_line = '{"text": "' + "x" * 500 + '"}'
    path.write_text(f'{{"text": "a"}}\n{long_line}\n{{"text": "c"}}\n', encoding="utf-8")
    found = read(path, max_bytes=100)
    assert [(type(r).__name__, r.line) for r in found] == [
        ("RawArticle", 1), ("InputProblem", 2), ("RawArticle", 3),
    ]
    assert "the line is 513 bytes, larger than the limit of 100 bytes" in found[1].message  # type: ignore[union-attr]


def test_a_missing_jsonl_file_is_a_problem(tmp_path: Path):
    (problem,) = read(tmp_path / "none.jsonl")
    assert isinstance(problem, InputProblem)
    assert problem.message.startswith("cannot be read")
