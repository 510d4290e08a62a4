"""The corpus stage: news articles in, :class:`~kg.records.Article` records out.

Inputs are files and folders (searched recursively):

- ``name.txt``: one article, its text exactly as in the file (UTF-8; a byte order mark is dropped, line
  ends are kept, so offsets into ``Article.text`` are offsets into the file's characters), with an
  optional sidecar ``name.json`` holding ``id``, ``title``, ``source``, ``url``, ``published`` and
  ``lang``;
- ``name.jsonl``: one article per line, a JSON object with the same fields plus ``text``.

Every field is optional. A missing ``lang`` is detected (``Article.lang_detected``); a missing ``id`` is
derived from the text. Web boilerplate (comment forms, share widgets, tag lists, captions) is recorded as
``Article.boilerplate`` ranges; the text is not changed.

Bad input never raises: each becomes an :class:`~kg.records.InputProblem` naming the file, the line and the
field, and that article is left out while the others are read.

>>> from pathlib import Path
>>> corpus = read_corpus([Path("seeds")])
>>> len(corpus.articles), corpus.problems
(4, ())
"""

from __future__ import annotations

from .files import DEFAULT_MAX_BYTES
from .reader import Corpus, iter_corpus, read_corpus

__all__ = ["DEFAULT_MAX_BYTES", "Corpus", "iter_corpus", "read_corpus"]
