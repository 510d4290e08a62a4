"""The SPARQL files of kg.wikilink (queries are data files, not Python strings) and filling in their slots.

A slot is written ``${name}`` in the file; SPARQL variables keep their ``?`` sigil, so the two never meet.
"""

from __future__ import annotations

from pathlib import Path
from string import Template

from ..errors import ResourceError

_HERE = Path(__file__).resolve().parent


def read_sparql(name: str) -> str:
    path = _HERE / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"query file {path} is missing: reinstall kg") from exc


def fill_sparql(name: str, **slots: str) -> str:
    """The query of file ``name`` with every ``${slot}`` replaced; a slot left unfilled is an error."""
    try:
        return Template(read_sparql(name)).substitute(slots)
    except (KeyError, ValueError) as exc:
        raise ResourceError(f"query file {_HERE / name}: slot {exc} cannot be filled") from exc
