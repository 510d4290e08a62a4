"""kg.corpus.sidecar: a .txt article and its .json sidecar."""

from __future__ import annotations

from pathlib import Path

from kg.corpus.raw import RawArticle
from kg.corpus.sidecar import read_text_article
from kg.records import InputProblem

LIMIT = 10_000


def read(path: Path) -> RawArticle | list[InputProblem]:
    return read_text_article(path, max_bytes=LIMIT)


def test_text_is_kept_exactly_with_crlf_and_without_bom(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfTitle\r\n\r\nBody  text.\r\n")
    raw = read(tmp_path / "a.txt")
    assert isinstance(raw, RawArticle)
    assert raw.text == "Title\r\n\r\nBody  text.\r\n"
    assert (raw.path, raw.fields, raw.id_prefix, raw.line) == (str(tmp_path / "a.txt"), {}, "a", None)


def test_sidecar_fields_are_read_and_its_text_key_ignored(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Body.", encoding="utf-8")
    sidecar = '{"id": "x", "lang": "en", "text": "other", "author": "y"}'
    (tmp_path / "a.json").write_text(sidecar, encoding="utf-8")
    raw = read(tmp_path / "a.txt")
    assert isinstance(raw, RawArticle)
    assert raw.text == "Body."
    assert raw.fields == {"id": "x", "lang": "en", "author": "y"}
    assert raw.metadata_file == str(tmp_path / "a.json")


def test_sidecar_that_is_not_an_object(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "a.json").write_text('["en"]', encoding="utf-8")
    (problem,) = read(tmp_path / "a.txt")  # type: ignore[misc]
    assert (problem.path, problem.line) == (str(tmp_path / "a.json"), None)
    assert problem.message == (
        "holds a list ([\"en\"]), not an object with the article's fields (the sidecar of a.txt)"
    )


def test_sidecar_syntax_error_names_its_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{\n"id": "a",\n"lang": \n}\n', encoding="utf-8")
    (problem,) = read(tmp_path / "a.txt")  # type: ignore[misc]
    assert (problem.path, problem.line) == (str(tmp_path / "a.json"), 4)


def test_a_bad_sidecar_and_a_bad_text_are_both_reported(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"\xff")
    (tmp_path / "a.json").write_text("{", encoding="utf-8")
    problems = read(tmp_path / "a.txt")
    assert isinstance(problems, list)
    assert [Path(p.path).name for p in problems] == ["a.json", "a.txt"]
