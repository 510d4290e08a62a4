"""Every IRI of the graph is dereferenceable: ``/id/...``, ``/acled/...`` and ``/ontology`` answer for
``https://w3id.org/kg-syria/...``; HTML for browsers, Turtle, JSON-LD, N-Triples or RDF/XML by ``Accept``
(or ``?format=``). A named graph's IRI answers with the graph's content."""

from __future__ import annotations

from typing import cast

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, Response

from ...namespaces import KG, ONTOLOGY_GRAPH
from ..context import Context, ServerContext
from ..jobs import DescribeJob, ExportJob, PageJob, Reply
from ..negotiation import HTML, PAGE_OFFERS
from ..problems import ApiError
from ..resource_view import PageData, local_path_iri
from ..responses import reply_response, stream_response
from ..templating import render
from .rdf import negotiate

router = APIRouter()


def _not_found(iri: str) -> ApiError:
    return ApiError(404, "not_found", f"nothing is known about <{iri}> in this graph")


def resource(request: Request, ctx: ServerContext) -> Response:
    iri = local_path_iri(request.url.path)
    offer = negotiate(PAGE_OFFERS, request.headers.get("accept"), request.query_params.get("format"))
    if offer is HTML:
        page = cast(PageData, ctx.pool.run(PageJob(iri)))
        if page.is_empty:
            raise _not_found(iri)
        html = render("resource.html", page=page, formats=[o.key for o in PAGE_OFFERS if o is not HTML])
        return HTMLResponse(html, headers={"Vary": "Accept"})
    if iri in ctx.stats().graphs:
        media_type, chunks = ctx.pool.stream(ExportJob(offer.key, None, iri))
        return stream_response(request, media_type, chunks)
    return reply_response(cast(Reply, ctx.pool.run(DescribeJob(iri, offer.key))))


@router.get("/id/{path:path}")
def id_page(request: Request, ctx: Context) -> Response:
    return resource(request, ctx)


@router.get("/acled/{path:path}")
def acled_page(request: Request, ctx: Context) -> Response:
    return resource(request, ctx)


_ONTOLOGY_TERMS = f"""SELECT ?term (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?comment)
WHERE {{
  GRAPH <{ONTOLOGY_GRAPH}> {{ ?term a ?t . FILTER(STRSTARTS(STR(?term), "{KG}"))
    OPTIONAL {{ ?term rdfs:label ?l FILTER(LANGMATCHES(LANG(?l), "en")) }}
    OPTIONAL {{ ?term rdfs:comment ?c FILTER(LANGMATCHES(LANG(?c), "en")) }} }}
}} GROUP BY ?term ORDER BY ?term"""


@router.get("/ontology")
def ontology_page(request: Request, ctx: Context) -> Response:
    """The ontology's terms are ``ontology#Term``: one page lists them all, with an anchor each."""
    offer = negotiate(PAGE_OFFERS, request.headers.get("accept"), request.query_params.get("format"))
    if offer is not HTML:
        media_type, chunks = ctx.pool.stream(ExportJob(offer.key, None, ONTOLOGY_GRAPH))
        return stream_response(request, media_type, chunks)
    terms = [{name: cell.value for name, cell in row.items()} for row in ctx.select(_ONTOLOGY_TERMS).rows]
    for term in terms:
        term["anchor"] = term["term"][len(KG):]
    return HTMLResponse(render("ontology.html", terms=terms, iri=str(KG)), headers={"Vary": "Accept"})
