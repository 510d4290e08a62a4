"""What a query asks for before it runs: its SERVICE endpoints and whether it names its own dataset.

pyoxigraph does not expose its parsed query, so rdflib's SPARQL parser (imported lazily, in the worker
only) gives the algebra. It runs only when the text mentions ``SERVICE`` or ``FROM``: a query can have
neither clause without spelling the keyword, and most queries then cost nothing extra.

>>> inspect_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }").services
('http://example.org/sparql',)
>>> inspect_query("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }").has_dataset
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..namespaces import PREFIXES


class InspectionError(ValueError):
    """rdflib could not parse a query that needs inspecting."""


@dataclass(frozen=True)
class QueryFacts:
    services: tuple[str, ...] = ()
    """The SERVICE endpoints, in order of appearance; a variable endpoint appears as ``?name``."""
    has_dataset: bool = False
    """Whether the query has FROM or FROM NAMED clauses."""


def _mentions(text: str, *words: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in words)


def inspect_query(query: str) -> QueryFacts:
    if not _mentions(query, "service", "from"):
        return QueryFacts()
    from rdflib.plugins.sparql import prepareQuery

    try:
        algebra = prepareQuery(query, initNs=dict(PREFIXES)).algebra
    except Exception as exc:  # rdflib raises pyparsing errors and plain Exceptions
        raise InspectionError(str(exc)) from exc
    return QueryFacts(services=_service_terms(algebra), has_dataset=bool(algebra.get("datasetClause")))


def inspect_update(update: str) -> QueryFacts:
    if not _mentions(update, "service"):
        return QueryFacts()
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        algebra = translateUpdate(parseUpdate(update), initNs=dict(PREFIXES)).algebra
    except Exception as exc:
        raise InspectionError(str(exc)) from exc
    return QueryFacts(services=_service_terms(list(algebra)))


def _service_terms(node: Any) -> tuple[str, ...]:
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, CompValue):
            if value.name == "ServiceGraphPattern":
                term = value.get("term")
                found.append(f"?{term}" if isinstance(term, Variable) else str(term))
            for child in value.values():
                walk(child)
        elif isinstance(value, list | tuple):
            for child in value:
                walk(child)

    walk(node)
    return tuple(dict.fromkeys(found))
