"""Worker answers as HTTP responses: plain replies, and streams with optional gzip."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from .jobs import Reply
from .negotiation import parse_accept

TRUNCATED_HEADER = "Kg-Results-Truncated"


def reply_response(reply: Reply) -> Response:
    headers = {"Vary": "Accept"}
    if reply.truncated_at is not None:
        headers[TRUNCATED_HEADER] = str(reply.truncated_at)
    media_type = reply.media_type if reply.body or reply.status != 204 else None
    return Response(reply.body, status_code=reply.status, media_type=media_type, headers=headers)


def gzip_chunks(chunks: Iterator[bytes]) -> Iterator[bytes]:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    try:
        for chunk in chunks:
            compressed = compressor.compress(chunk)
            if compressed:
                yield compressed
        yield compressor.flush()
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()


def wants_gzip_encoding(request: Request) -> bool:
    """``Accept-Encoding: gzip`` (with a q-value above zero)."""
    for coding, q in parse_accept(request.headers.get("accept-encoding")):
        if coding in ("gzip", "x-gzip"):
            return q > 0
    return False


def stream_response(request: Request, media_type: str, chunks: Iterator[bytes], *,
                    filename: str | None = None, gzip_file: bool = False) -> StreamingResponse:
    """A chunked response. ``gzip_file`` sends a ``.gz`` file (application/gzip); otherwise a client that
    sends ``Accept-Encoding: gzip`` gets the same media type with ``Content-Encoding: gzip``."""
    headers = {"Vary": "Accept, Accept-Encoding"}
    if gzip_file:
        media_type, chunks = "application/gzip", gzip_chunks(chunks)
        filename = f"{filename}.gz" if filename else None
    elif wants_gzip_encoding(request):
        headers["Content-Encoding"], chunks = "gzip", gzip_chunks(chunks)
    if filename:
        headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return StreamingResponse(chunks, media_type=media_type, headers=headers)
