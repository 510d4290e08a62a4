"""kg.corpus.discover: which files are read, in which order."""

from __future__ import annotations

from pathlib import Path

from kg.corpus.discover import Source, SourceKind, discover_sources
from kg.records import InputProblem


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    return path


def names(found: list[Source | InputProblem], root: Path) -> list[str]:
    return [f.path.relative_to(root).as_posix() if isinstance(f, Source) else f"!{f.message}" for f in found]


def test_folders_are_searched_recursively_in_path_order(tmp_path: Path):
    for name in ("b.txt", "a.jsonl", "a/z.txt", "a/b/c.TXT", "c.json", "a/notes.md", "b.json"):
        touch(tmp_path / name)
    found = list(discover_sources([tmp_path]))
    assert names(found, tmp_path) == ["a/b/c.TXT", "a/z.txt", "a.jsonl", "b.txt"]
    assert [f.kind for f in found if isinstance(f, Source)] == [SourceKind.TEXT, SourceKind.TEXT,
                                                                 SourceKind.JSONL, SourceKind.TEXT]


def test_hidden_files_and_folders_are_skipped(tmp_path: Path):
    for name in ("a.txt", ".hidden.txt", "._a.txt", ".git/b.txt"):
        touch(tmp_path / name)
    assert names(list(discover_sources([tmp_path])), tmp_path) == ["a.txt"]


def test_inputs_keep_their_order_and_a_file_is_read_once(tmp_path: Path):
    a, b = touch(tmp_path / "a.txt"), touch(tmp_path / "b.txt")
    found = list(discover_sources([b, tmp_path, a]))
    assert names(found, tmp_path) == ["b.txt", "a.txt"]


def test_a_folder_without_articles_is_a_problem(tmp_path: Path):
    touch(tmp_path / "readme.md")
    found = list(discover_sources([tmp_path]))
    assert names(found, tmp_path) == ["!the folder holds no .txt or .jsonl files"]


def test_named_files_must_be_articles(tmp_path: Path):
    found = list(discover_sources([touch(tmp_path / "a.csv"), touch(tmp_path / "a.json"), tmp_path / "none"]))
    assert all(isinstance(f, InputProblem) for f in found)
    assert [f.message.split(":")[0] for f in found if isinstance(f, InputProblem)] == [
        "is not an article file",
        "a .json file is read only as the sidecar of the .txt file of the same name",
        "no such file or folder",
    ]


def test_symlinked_folders_are_not_followed(tmp_path: Path):
    touch(tmp_path / "real" / "a.txt")
    (tmp_path / "top").mkdir()
    (tmp_path / "top" / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    touch(tmp_path / "top" / "b.txt")
    assert names(list(discover_sources([tmp_path / "top"])), tmp_path / "top") == ["b.txt"]
