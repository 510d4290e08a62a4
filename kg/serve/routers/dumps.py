"""Dumps at ``/dump`` (negotiated, or ``?format=``) and ``/dump.nq``, ``/dump.trig``, ``/dump.ttl``.

Streamed; ``.gz`` or ``?gzip=1`` sends a gzip file, ``Accept-Encoding: gzip`` a gzip-encoded response.
The content is what ``kg export`` writes (TriG/N-Quads keep the named graphs, Turtle is their union).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from ..context import Context, ServerContext
from ..jobs import ExportJob
from ..negotiation import DATASET_OFFERS
from ..problems import ApiError
from ..responses import stream_response
from .rdf import negotiate

router = APIRouter()

EXTENSIONS = {"nq": "nquads", "trig": "trig", "ttl": "turtle"}
FILE_NAMES = {value: f"kg-syria.{key}" for key, value in EXTENSIONS.items()}


def _dump(request: Request, ctx: ServerContext, format: str | None, gzip_file: bool) -> Response:
    offer = negotiate(DATASET_OFFERS, request.headers.get("accept"), format)
    media_type, chunks = ctx.pool.stream(ExportJob(offer.key, "dataset"))
    return stream_response(request, media_type, chunks, filename=FILE_NAMES[offer.key], gzip_file=gzip_file)


def _truthy(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "yes", "")


@router.get("/dump")
def dump(request: Request, ctx: Context) -> Response:
    params = request.query_params
    return _dump(request, ctx, params.get("format"), _truthy(params.get("gzip")))


@router.get("/dump.{extension}")
def dump_file(extension: str, request: Request, ctx: Context) -> Response:
    name, gzip_file = (extension[:-3], True) if extension.endswith(".gz") else (extension, False)
    if name not in EXTENSIONS:
        raise ApiError(404, "not_found", f"no dump /dump.{extension}; try /dump.nq, /dump.trig or /dump.ttl "
                       "(add .gz for gzip)")
    return _dump(request, ctx, EXTENSIONS[name], gzip_file or _truthy(request.query_params.get("gzip")))
