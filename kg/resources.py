"""Where kg's data files live: the ontology, the queries and the bundled data.

In a source checkout (and an editable install) they are the top-level ``ontology/`` and ``queries/``
folders; a wheel carries copies under ``kg/_resources/``.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ResourceError

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_resources"
_CHECKOUT = _PACKAGE.parent
DATA_DIR = _PACKAGE / "data"


def _top_level(name: str) -> Path:
    for root in (_BUNDLED, _CHECKOUT):
        if (root / name).is_dir():
            return root / name
    raise ResourceError(f"kg's '{name}/' folder is missing: reinstall kg (looked in {_BUNDLED} and {_CHECKOUT})")


def ontology_dir() -> Path:
    return _top_level("ontology")


def queries_dir() -> Path:
    return _top_level("queries")


def query_file(name: str) -> Path:
    path = queries_dir() / name
    if not path.is_file():
        raise ResourceError(f"query file {path} is missing")
    return path


def data_file(*parts: str) -> Path:
    path = DATA_DIR.joinpath(*parts)
    if not path.exists():
        raise ResourceError(f"data file {path} is missing: reinstall kg")
    return path
