"""Running SPARQL over the store for the CLI: results as plain tables, graphs or booleans."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import QueryError
from ..namespaces import PREFIXES, XSD


@dataclass(frozen=True)
class Table:
    """SELECT results with every cell as text (None when unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]


QueryResult = Table | bool | list[ox.Triple]


def read_query(text_or_path: str) -> str:
    """A query given inline, or the content of a ``.rq`` file."""
    if text_or_path.endswith((".rq", ".sparql")):
        path = Path(text_or_path)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read query file {path}: {exc.strerror}") from exc
    return text_or_path


def run_query(store: ox.Store, sparql: str) -> QueryResult:
    """Run a query with the union of all graphs as the default graph and kg's prefixes predeclared."""
    try:
        result = store.query(sparql, use_default_graph_as_union=True, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        raise QueryError(f"malformed query: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc
    if isinstance(result, ox.QuerySolutions):
        columns = tuple(v.value for v in result.variables)
        return Table(columns, tuple(tuple(cell(s[c]) for c in columns) for s in result))
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return list(result)


def cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str | None:
    """The plain value of a term: an IRI, a blank node id or a literal's lexical form."""
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value == XSD.decimal:
        return term.value
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value
