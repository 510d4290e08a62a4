"""Writes in a worker (only in a server started with a token): SPARQL Update and Graph Store writes."""

from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import PREFIXES
from .federation import ServiceNotAllowed, apply_service_policy
from .jobs import Failure, GraphWriteJob, Reply, UpdateJob
from .query_inspection import InspectionError, inspect_update
from .settings import ServiceRule

_NO_CONTENT = Reply(b"", "text/plain", status=204)


def run_update(store: ox.Store, job: UpdateJob, rules: tuple[ServiceRule, ...]) -> Reply | Failure:
    try:
        text, _ = apply_service_policy(job.update, rules, inspect_update)
        store.update(text, prefixes=dict(PREFIXES))
    except SyntaxError as exc:
        return Failure(400, "malformed_query", str(exc))
    except (ServiceNotAllowed, InspectionError) as exc:
        return Failure(400, "service_not_allowed", str(exc))
    except (OSError, ValueError) as exc:
        return Failure(500, "store_error", f"the update failed: {exc}")
    store.flush()
    return _NO_CONTENT


def write_graph(store: ox.Store, job: GraphWriteJob) -> Reply | Failure:
    """PUT replaces, POST merges, DELETE drops one graph, each as one SPARQL Update (one transaction)."""
    existed = job.graph is None or store.contains_named_graph(ox.NamedNode(job.graph))
    if job.method == "DELETE" and not existed:
        return Failure(404, "not_found", f"no graph <{job.graph}> in the store")
    try:
        triples = [] if job.method == "DELETE" else _parse_triples(job)
    except (SyntaxError, ValueError) as exc:
        return Failure(400, "bad_request", f"cannot parse the request body as {job.content_type}: {exc}")
    try:
        store.update(_graph_update(job, triples))
    except (OSError, SyntaxError, ValueError) as exc:
        return Failure(500, "store_error", f"the graph write failed: {exc}")
    store.flush()
    return _NO_CONTENT if existed or job.method == "DELETE" else Reply(b"", "text/plain", status=201)


def _graph_update(job: GraphWriteJob, triples: list[ox.Triple]) -> str:
    target = "DEFAULT" if job.graph is None else f"GRAPH <{job.graph}>"
    if job.method == "DELETE":
        return f"DROP {target}"
    body = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()
    data = body if job.graph is None else f"GRAPH <{job.graph}> {{\n{body}}}"
    steps = [f"CREATE SILENT {target}"] if job.graph is not None else []
    if job.method == "PUT":
        steps.insert(0, f"DROP SILENT {target}")
    steps.append(f"INSERT DATA {{ {data} }}")
    return " ;\n".join(steps)


def _parse_triples(job: GraphWriteJob) -> list[ox.Triple]:
    media_type = job.content_type.split(";")[0].strip().lower()
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    if rdf_format is None:
        raise ValueError(f"unsupported media type {media_type}")
    return [q.triple for q in ox.parse(job.body, format=rdf_format, base_iri=job.graph)]
