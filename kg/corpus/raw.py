"""An article as found in an input file, before its fields are checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawArticle:
    """The text and the metadata fields of one article, and where they were found.

    ``path`` is the file of the text (the .txt or the .jsonl), ``meta_path`` the file of the metadata (the
    sidecar .json, or the .jsonl itself); ``line`` is the JSONL line. ``text`` is whatever the input held
    (``None`` when missing); ``id_prefix`` starts the id derived for an article without one, and
    ``name_id`` is the id a file's own name gives (the stem of ``report-7.txt``), when it is a safe id.
    """

    path: str
    text: object
    id_prefix: str
    fields: Mapping[str, object] = field(default_factory=dict)
    meta_path: str = ""
    line: int | None = None
    name_id: str | None = None

    @property
    def metadata_file(self) -> str:
        return self.meta_path or self.path
