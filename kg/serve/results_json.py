"""pyoxigraph terms → :class:`~kg.serve.jobs.Cell` and SPARQL 1.1 JSON results, for results that the
server truncates itself (the UI's row limit), where pyoxigraph's own serializer cannot be used."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import pyoxigraph as ox

from .jobs import Cell

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_cell(term: Any) -> Cell:
    if isinstance(term, ox.NamedNode):
        return Cell("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return Cell("bnode", term.value)
    if isinstance(term, ox.Literal):
        return Cell("literal", term.value, term.language, term.datatype.value)
    return Cell("triple", str(term))


def cell_json(cell: Cell) -> dict[str, Any]:
    kind = {"iri": "uri", "bnode": "bnode", "literal": "literal"}.get(cell.kind, "literal")
    out: dict[str, Any] = {"type": kind, "value": cell.value}
    if cell.language:
        out["xml:lang"] = cell.language
    elif cell.datatype and cell.datatype not in (_XSD_STRING, _RDF_LANG_STRING):
        out["datatype"] = cell.datatype
    return out


def solutions_json(variables: Sequence[str], rows: Iterable[dict[str, Cell]]) -> bytes:
    bindings = [{name: cell_json(cell) for name, cell in row.items()} for row in rows]
    return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}}).encode()


def solution_cells(solution: ox.QuerySolution, variables: Sequence[str]) -> dict[str, Cell]:
    row = {}
    for name in variables:
        term = solution[name]
        if term is not None:
            row[name] = to_cell(term)
    return row
