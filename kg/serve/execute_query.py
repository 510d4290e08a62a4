"""Running SPARQL queries in a worker: dataset selection, SERVICE policy, format, row limit."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from ..namespaces import PREFIXES
from .federation import ServiceNotAllowed, apply_service_policy
from .jobs import Failure, QueryJob, Reply, Rows, SelectJob
from .negotiation import GRAPH_OFFERS, RESULT_OFFERS, NotAcceptable, Offer, UnknownFormat, choose
from .query_inspection import InspectionError, QueryFacts, inspect_query
from .results_json import solution_cells, solutions_json
from .settings import ServiceRule

_DEFAULT_PREFIXES = dict(PREFIXES)


def run_query(store: ox.Store, job: QueryJob, rules: tuple[ServiceRule, ...]) -> Reply | Failure:
    try:
        text, facts = apply_service_policy(job.query, rules, inspect_query)
        results = store.query(text, prefixes=_DEFAULT_PREFIXES, **_dataset_arguments(job, facts))
        return _serialize(results, job)
    except SyntaxError as exc:
        return Failure(400, "malformed_query", str(exc))
    except ServiceNotAllowed as exc:
        return Failure(400, "service_not_allowed", str(exc))
    except InspectionError as exc:
        return Failure(400, "service_not_allowed",
                       f"this query uses SERVICE or FROM and could not be checked: {exc}")
    except UnknownFormat as exc:
        return Failure(400, "bad_request", str(exc))
    except NotAcceptable as exc:
        return Failure(406, "not_acceptable", str(exc))
    except OSError as exc:
        return _evaluation_failure(exc, "service" in job.query.lower())
    except ValueError as exc:
        return Failure(400, "bad_request", str(exc))


def _evaluation_failure(exc: OSError, federated: bool) -> Failure:
    if federated:
        return Failure(502, "federation_failed", f"a federated SERVICE call failed: {exc}")
    return Failure(500, "store_error", f"the query failed while reading the store: {exc}")


def _dataset_arguments(job: QueryJob, facts: QueryFacts) -> dict[str, Any]:
    """Protocol graph parameters override FROM clauses, which override the union default graph."""
    arguments: dict[str, Any] = {}
    if job.default_graphs:
        arguments["default_graph"] = [ox.NamedNode(iri) for iri in job.default_graphs]
    if job.named_graphs:
        arguments["named_graphs"] = [ox.NamedNode(iri) for iri in job.named_graphs]
    if not arguments and not facts.has_dataset and job.union_default_graph:
        arguments["use_default_graph_as_union"] = True
    return arguments


def _serialize(results: Any, job: QueryJob) -> Reply:
    if isinstance(results, ox.QueryBoolean):
        offer = choose(RESULT_OFFERS, job.accept, job.format)
        return Reply(results.serialize(format=offer.results_format) or b"", offer.content_type)
    if isinstance(results, ox.QuerySolutions):
        offer = choose(RESULT_OFFERS, job.accept, job.format)
        if job.row_limit is not None:
            return _limited_solutions(results, job.row_limit)
        return Reply(results.serialize(format=offer.results_format) or b"", offer.content_type)
    offer = choose(GRAPH_OFFERS, job.accept, job.format)
    if job.row_limit is not None:
        triples = list(itertools.islice(results, job.row_limit + 1))
        truncated = job.row_limit if len(triples) > job.row_limit else None
        body = _graph_bytes(triples[: job.row_limit], offer)
        return Reply(body, offer.content_type, truncated_at=truncated)
    return Reply(_graph_bytes(results, offer), offer.content_type)


def _graph_bytes(triples: Iterable[ox.Triple], offer: Offer) -> bytes:
    return ox.serialize(triples, format=offer.rdf_format, prefixes=_DEFAULT_PREFIXES) or b""


def _limited_solutions(results: ox.QuerySolutions, limit: int) -> Reply:
    """The UI's row limit: at most ``limit`` rows, always SPARQL JSON (what YASGUI reads)."""
    variables = [v.value for v in results.variables]
    rows = [solution_cells(s, variables) for s in itertools.islice(results, limit + 1)]
    truncated = limit if len(rows) > limit else None
    body = solutions_json(variables, rows[:limit])
    return Reply(body, RESULT_OFFERS[0].content_type, truncated_at=truncated)


def run_select(store: ox.Store, job: SelectJob) -> Rows | Failure:
    """An internal SELECT over the union of all graphs."""
    try:
        results = store.query(job.query, prefixes=_DEFAULT_PREFIXES, use_default_graph_as_union=True)
    except (SyntaxError, OSError, ValueError) as exc:
        return Failure(500, "internal_error", f"internal query failed: {exc}")
    assert isinstance(results, ox.QuerySolutions)
    variables = tuple(v.value for v in results.variables)
    return Rows(variables, tuple(solution_cells(s, variables) for s in results))
