"""The VoID description of the dataset at ``/.well-known/void`` (and ``/void``, and ``/dataset``, the path
of the dataset's IRI ``https://w3id.org/kg-syria/dataset``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from ..context import Context
from ..description import void_description
from .rdf import rdf_response

router = APIRouter()


@router.get("/.well-known/void")
@router.get("/void")
@router.get("/dataset")
def void(request: Request, ctx: Context) -> Response:
    server = str(request.base_url)
    triples = void_description(server, ctx.stats())
    return rdf_response(triples, request.headers.get("accept"), request.query_params.get("format"))
