"""Article ids: checking the given ones, deriving the missing ones, and catching duplicates.

An id becomes a segment of the article's IRI, so it may hold only ASCII letters, digits, ``-``, ``_``
and ``.`` (and is not ``.`` or ``..``). A .txt file without an id in its sidecar takes its name as id
(``000_43084d2398bc9209.txt``), when that is a safe id. Otherwise the id is derived from the content: the
file stem (made safe) or ``"article"``, a dash and the first 16 hex digits of the SHA-256 of the text, so
the same text always gets the same id.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..records import Article, InputProblem
from .jsonvalues import describe_value, quoted

_SAFE_ID = re.compile(r"[A-Za-z0-9._-]+")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
DEFAULT_ID_PREFIX = "article"
MAX_ID_CHARS = 200


def parse_id(value: object) -> str | None:
    """``value`` as an article id, ``None`` when absent; a ``ValueError`` when it is not a safe id."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a string id or null, found {describe_value(value)}")
    if not is_safe_id(value):
        raise ValueError(
            f"the id {quoted(value)} cannot be part of an IRI: use only ASCII letters, digits, '-', '_' "
            f"and '.' (at most {MAX_ID_CHARS} characters)"
        )
    return value


def is_safe_id(value: str) -> bool:
    return bool(_SAFE_ID.fullmatch(value)) and value not in (".", "..") and len(value) <= MAX_ID_CHARS


def derive_id(prefix: str, text: str) -> str:
    """A stable id for an article without one, e.g. ``derive_id("report", "...")`` → ``report-3f2a…``."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    safe_prefix = _UNSAFE_RUN.sub("-", prefix).strip("-.")[:100] or DEFAULT_ID_PREFIX
    return f"{safe_prefix}-{digest}"


@dataclass
class IdRegister:
    """The ids seen so far in one read, with where each was first found."""

    _first: dict[str, str] = field(default_factory=dict)

    def claim(self, article: Article, line: int | None) -> InputProblem | None:
        """Record ``article``'s id; a problem when an earlier article already has it."""
        where = article.path + (f":{line}" if line else "")
        first = self._first.setdefault(article.id, where)
        if first == where:
            return None
        return InputProblem(
            article.path, f"the id {quoted(article.id)} is already used by the article in {first}; "
            "give this article another id", line, "id",
        )
