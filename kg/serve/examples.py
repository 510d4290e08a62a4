"""The example queries of the UI: the ``.rq`` files in ``queries/``.

Each file starts with header comments ``# title: ...`` and ``# description: ...``. Files may use kg's
prefixes without declaring them (the endpoint knows them); for the editor, the declarations of the
prefixes a query uses are added in front so that it shows no undeclared-prefix errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResourceError
from ..namespaces import PREFIXES
from ..resources import queries_dir

_HEADER = re.compile(r"^#\s*(title|description)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    description: str
    query: str


def read_example(path: Path) -> Example:
    text = path.read_text(encoding="utf-8")
    header = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            header[match.group(1).lower()] = match.group(2)
    return Example(path.stem, header.get("title", path.stem.replace("_", " ")), header.get("description", ""),
                   with_prefix_declarations(text))


def with_prefix_declarations(query: str) -> str:
    """``query`` with ``PREFIX`` lines for the kg prefixes it uses but does not declare."""
    declared = set(_DECLARED.findall(query))
    used = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w:<#/?]){re.escape(p)}:", query)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in used) + query


def load_examples(folder: Path | None = None) -> list[Example]:
    try:
        folder = folder or queries_dir()
    except ResourceError:
        return []
    return [read_example(path) for path in sorted(folder.glob("*.rq"))]
