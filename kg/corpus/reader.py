"""Reading a corpus: the inputs expanded, each file read, each article built and checked."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..records import Article, InputProblem
from .assemble import ReadContext, accept_article
from .discover import Source, SourceKind, discover_sources
from .files import DEFAULT_MAX_BYTES
from .jsonl import read_jsonl_articles
from .raw import RawArticle
from .sidecar import read_text_article

Inputs = Sequence[Path | str] | Path | str


@dataclass(frozen=True)
class Corpus:
    """The articles read, in input order, and the problems that kept other inputs out."""

    articles: tuple[Article, ...]
    problems: tuple[InputProblem, ...]


def read_corpus(inputs: Inputs, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Read the articles in ``inputs`` (files and folders); bad input becomes a problem, never an exception.

    ``max_bytes`` limits each .txt file, sidecar and JSONL line.

    >>> corpus = read_corpus([Path("seeds")])
    >>> [a.id for a in corpus.articles][:2], corpus.problems
    (['000_43084d2398bc9209', '001_ebde9c7ef49edc9c'], ())
    """
    items = list(iter_corpus(inputs, max_bytes=max_bytes))
    return Corpus(
        articles=tuple(item for item in items if isinstance(item, Article)),
        problems=tuple(item for item in items if isinstance(item, InputProblem)),
    )


def iter_corpus(inputs: Inputs, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputProblem]:
    """The articles and problems of ``inputs`` one by one, in the order :func:`read_corpus` returns them.

    Inputs are read in the order given; the files of a folder in the order of their paths; the articles of
    a JSONL file in line order.
    """
    context = ReadContext()
    for source in discover_sources(_as_paths(inputs)):
        if isinstance(source, InputProblem):
            yield source
            continue
        yield from _articles_of(source, max_bytes, context)


def _as_paths(inputs: Inputs) -> list[Path]:
    if isinstance(inputs, str | os.PathLike):
        return [Path(inputs)]
    return [Path(item) for item in inputs]


def _articles_of(source: Source, max_bytes: int, context: ReadContext) -> Iterator[Article | InputProblem]:
    """The articles of ``source``; an unexpected error ends the file with a problem, not a traceback."""
    try:
        for raw in _read_source(source, max_bytes):
            yield from [raw] if isinstance(raw, InputProblem) else accept_article(raw, context)
    except Exception as e:  # a bug in kg must not lose the other files
        yield InputProblem(str(source.path), f"could not be read because of an internal error of kg "
                           f"({type(e).__name__}: {e}); please report it")


def _read_source(source: Source, max_bytes: int) -> Iterable[RawArticle | InputProblem]:
    if source.kind is SourceKind.JSONL:
        return read_jsonl_articles(source.path, max_bytes=max_bytes)
    raw = read_text_article(source.path, max_bytes=max_bytes)
    return raw if isinstance(raw, list) else [raw]
