"""Expanding the inputs (files and folders) into the article files to read, in a deterministic order.

A folder is searched recursively; its ``.txt`` and ``.jsonl`` files are read in the order of their paths,
and everything else is ignored: sidecar ``.json`` files (read with their ``.txt``), other files, and
hidden files and folders (names starting with ``.``). Symbolic links to folders are not followed. A file
named explicitly must be a ``.txt`` or ``.jsonl`` file. A file reached twice is read once.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..records import InputProblem
from .files import describe_os_error


class SourceKind(StrEnum):
    TEXT = ".txt"
    JSONL = ".jsonl"


@dataclass(frozen=True)
class Source:
    """An article file to read."""

    path: Path
    kind: SourceKind


_SIDECAR_ALONE = "a .json file is read only as the sidecar of the .txt file of the same name: give {txt}"
_UNSUPPORTED = (
    "is not an article file: kg reads .txt files (each with an optional .json sidecar) and .jsonl files "
    "(one JSON article per line)"
)


def source_kind(path: Path) -> SourceKind | None:
    suffix = path.suffix.lower()
    return next((kind for kind in SourceKind if kind.value == suffix), None)


def discover_sources(inputs: Iterable[Path]) -> Iterator[Source | InputProblem]:
    """The article files in ``inputs``, in order, and a problem for each input that cannot be used."""
    seen: set[Path] = set()
    for path in inputs:
        for found in _expand(path):
            if isinstance(found, Source):
                if _identity(found.path) in seen:
                    continue
                seen.add(_identity(found.path))
            yield found


def _expand(path: Path) -> Iterator[Source | InputProblem]:
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        yield InputProblem(str(path), "no such file or folder")
        return
    except OSError as e:
        yield InputProblem(str(path), f"cannot be read: {describe_os_error(e)}")
        return
    yield from _walk_folder(path) if stat.S_ISDIR(mode) else [_named_file(path)]


def _named_file(path: Path) -> Source | InputProblem:
    kind = source_kind(path)
    if kind is not None:
        return Source(path, kind)
    if path.suffix.lower() == ".json":
        return InputProblem(str(path), _SIDECAR_ALONE.format(txt=path.with_suffix(".txt").name))
    return InputProblem(str(path), _UNSUPPORTED)


def _walk_folder(folder: Path) -> Iterator[Source | InputProblem]:
    errors: list[OSError] = []
    found: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=errors.append):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(Path(root, name) for name in names if _is_article_file(name))
    for error in errors:
        yield InputProblem(str(error.filename or folder), f"cannot be listed: {describe_os_error(error)}")
    if not found and not errors:
        yield InputProblem(str(folder), "the folder holds no .txt or .jsonl files")
    for path in sorted(found, key=lambda p: p.relative_to(folder).parts):
        yield Source(path, source_kind(path) or SourceKind.TEXT)


def _is_article_file(name: str) -> bool:
    return not name.startswith(".") and source_kind(Path(name)) is not None


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
