"""The SPARQL 1.1 Protocol at ``/sparql`` (and ``/ui/sparql``, the same with the UI's row limit).

GET ``?query=``, POST form-encoded (``query=`` or ``update=``), POST ``application/sparql-query`` and
``application/sparql-update``; ``default-graph-uri`` and ``named-graph-uri``; GET without a query gives the
service description (browsers are sent to the UI).
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, QueryParams
from starlette.responses import RedirectResponse, Response

from ..auth import require_writer
from ..context import Context, ServerContext
from ..description import service_description
from ..jobs import QueryJob, Reply, UpdateJob
from ..negotiation import GRAPH_OFFERS, RESULT_OFFERS, parse_accept, preference, quality
from ..problems import ApiError
from ..responses import reply_response
from .rdf import negotiate, rdf_response

router = APIRouter()

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"


@dataclass(frozen=True)
class ProtocolRequest:
    query: str | None = None
    update: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    using_graphs: bool = False
    format: str | None = None


def _single(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ApiError(400, "bad_request", f"give the '{name}' parameter once, not {len(values)} times")
    return values[0] if values else None


def _from_params(params: QueryParams | FormData, body_query: str | None = None,
                 body_update: str | None = None) -> ProtocolRequest:
    texts = {name: [str(v) for v in params.getlist(name)] for name in ("query", "update", "format")}
    graphs = {name: tuple(str(v) for v in params.getlist(name))
              for name in ("default-graph-uri", "named-graph-uri")}
    using = any(params.getlist(name) for name in ("using-graph-uri", "using-named-graph-uri"))
    query = body_query if body_query is not None else _single(texts["query"], "query")
    update = body_update if body_update is not None else _single(texts["update"], "update")
    if query is not None and update is not None:
        raise ApiError(400, "bad_request", "give either 'query' or 'update', not both")
    return ProtocolRequest(query, update, graphs["default-graph-uri"], graphs["named-graph-uri"], using,
                           _single(texts["format"], "format"))


async def read_protocol_request(request: Request) -> ProtocolRequest:
    if request.method == "GET":
        return _from_params(request.query_params)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type == FORM:
        return _from_params(await request.form())
    if media_type in (QUERY_BODY, UPDATE_BODY):
        try:
            text = (await request.body()).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ApiError(400, "bad_request", f"the request body is not UTF-8: {exc}") from exc
        is_query = media_type == QUERY_BODY
        return _from_params(request.query_params, text if is_query else None, None if is_query else text)
    raise ApiError(415, "unsupported_media_type", f"POST a SPARQL request as {FORM}, {QUERY_BODY} or "
                   f"{UPDATE_BODY}, not {media_type or 'a body without Content-Type'}")


def check_acceptable(accept: str | None, format: str | None) -> None:
    """Refuse early a request that no query form could satisfy (406), or an unknown format (400)."""
    offers = (*RESULT_OFFERS, *GRAPH_OFFERS)
    if format:
        negotiate(offers, None, format)
    elif quality(parse_accept(accept), [m for o in offers for m in o.media_types]) <= 0:
        raise ApiError(406, "not_acceptable", f"none of the requested media types ({accept}) is a SPARQL "
                       f"result format; available: {', '.join(o.media_type for o in offers)}")


async def answer(request: Request, ctx: ServerContext, row_limit: int | None) -> Response:
    protocol = await read_protocol_request(request)
    if protocol.update is not None:
        return await _update(request, ctx, protocol)
    if protocol.query is None:
        if request.method == "POST":
            raise ApiError(400, "bad_request", "the request has neither a 'query' nor an 'update'")
        return await _service_description(request, ctx, protocol.format)
    accept = request.headers.get("accept")
    check_acceptable(accept, protocol.format)
    job = QueryJob(protocol.query, accept, protocol.format, protocol.default_graphs, protocol.named_graphs,
                   ctx.settings.union_default_graph, row_limit)
    reply: Reply = await run_in_threadpool(ctx.pool.run, job)
    return reply_response(reply)


async def _update(request: Request, ctx: ServerContext, protocol: ProtocolRequest) -> Response:
    if request.method != "POST":
        raise ApiError(405, "method_not_allowed", "SPARQL Update must be sent with POST", {"Allow": "POST"})
    require_writer(request, ctx.settings)
    if protocol.using_graphs:
        raise ApiError(400, "bad_request", "using-graph-uri and using-named-graph-uri are not supported; "
                       "write USING clauses in the update instead")
    assert protocol.update is not None
    reply: Reply = await run_in_threadpool(ctx.pool.run, UpdateJob(protocol.update))
    ctx.invalidate()
    return reply_response(reply)


async def _service_description(request: Request, ctx: ServerContext, format: str | None) -> Response:
    accept = request.headers.get("accept")
    rdf_types = [o.media_type for o in GRAPH_OFFERS]
    if not format and preference(accept, ["text/html", *rdf_types]) == "text/html":
        return RedirectResponse("/", status_code=303)
    stats = await run_in_threadpool(ctx.stats)
    endpoint = str(request.url.replace(query="", fragment=""))
    return rdf_response(service_description(endpoint, ctx.settings, stats), accept, format)


@router.api_route("/sparql", methods=["GET", "POST"], name="sparql")
async def sparql(request: Request, ctx: Context) -> Response:
    return await answer(request, ctx, None)


@router.api_route("/ui/sparql", methods=["GET", "POST"], name="ui_sparql")
async def ui_sparql(request: Request, ctx: Context) -> Response:
    return await answer(request, ctx, ctx.settings.ui_result_limit)
