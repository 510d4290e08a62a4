"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (``?graph=IRI`` or ``?default``).

GET and HEAD for everyone; with ``?default`` and the union default graph on, the default graph is the
union of all graphs, as for ``/sparql``. PUT, POST and DELETE only on a server started with a token.
"""

from __future__ import annotations

from typing import Literal

import pyoxigraph as ox
from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from ..auth import require_writer
from ..context import Context, ServerContext
from ..jobs import ExportJob, GraphSelector, GraphWriteJob, Reply
from ..negotiation import GRAPH_OFFERS
from ..problems import ApiError
from ..responses import reply_response, stream_response
from .rdf import negotiate

router = APIRouter()


def target_graph(request: Request) -> str | None:
    """The ``graph`` IRI, or None for ``?default``; exactly one of them must be given."""
    params = request.query_params
    graph, default = params.get("graph"), "default" in params
    if (graph is None) == (not default):
        raise ApiError(400, "bad_request", "give exactly one of '?graph=IRI' and '?default'")
    if graph is not None and not graph.startswith(("http://", "https://", "urn:")):
        raise ApiError(400, "bad_request", f"the graph must be an absolute IRI, not {graph!r}")
    return graph


@router.api_route("/store", methods=["GET", "HEAD"])
def read_graph(request: Request, ctx: Context) -> Response:
    graph = target_graph(request)
    offer = negotiate(GRAPH_OFFERS, request.headers.get("accept"), request.query_params.get("format"))
    selector: GraphSelector = "union" if ctx.settings.union_default_graph else "default"
    job = ExportJob(offer.key, None if graph else selector, graph)
    media_type, chunks = ctx.pool.stream(job)
    return stream_response(request, media_type, chunks)


async def _write(request: Request, ctx: ServerContext, method: Literal["PUT", "POST", "DELETE"]) -> Response:
    require_writer(request, ctx.settings)
    graph = target_graph(request)
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if method != "DELETE" and ox.RdfFormat.from_media_type(media_type) is None:
        raise ApiError(415, "unsupported_media_type", f"send the graph as Turtle, N-Triples, RDF/XML or "
                       f"JSON-LD, not {content_type or 'a body without Content-Type'}")
    body = await request.body() if method != "DELETE" else b""
    reply: Reply = await run_in_threadpool(ctx.pool.run, GraphWriteJob(method, graph, body, content_type))
    ctx.invalidate()
    return reply_response(reply)


@router.put("/store")
async def replace_graph(request: Request, ctx: Context) -> Response:
    return await _write(request, ctx, "PUT")


@router.post("/store")
async def merge_graph(request: Request, ctx: Context) -> Response:
    return await _write(request, ctx, "POST")


@router.delete("/store")
async def delete_graph(request: Request, ctx: Context) -> Response:
    return await _write(request, ctx, "DELETE")
