"""The one error shape of the server.

Every error answer carries ``status``, ``type`` and ``message``:

* JSON (the default): ``{"error": {"status": 400, "type": "malformed_query", "message": "..."}}``
* ``text/plain`` for clients that accept no JSON (SPARQL clients asking for XML, CSV, TSV):
  ``400 malformed_query: ...``
* a small HTML page for browsers (``text/html`` preferred over JSON).

Types used: ``malformed_query``, ``bad_request``, ``not_acceptable``, ``unsupported_media_type``,
``request_too_large``, ``unauthorized``, ``forbidden``, ``read_only``, ``not_found``,
``service_not_allowed``, ``federation_failed``, ``query_timeout`` (503), ``busy`` (503),
``worker_crashed``, ``internal_error``. No traceback ever reaches a client; it goes to the server log.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from ..errors import KgError
from .negotiation import preference
from .templating import render

log = logging.getLogger("kg.serve")

_JSON, _TEXT, _HTML = "application/json", "text/plain", "text/html"


class ApiError(Exception):
    """An error answer: raised anywhere in a request, rendered by the app's handler."""

    def __init__(self, status: int, type: str, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status, self.type, self.message = status, type, message
        self.headers = dict(headers or {})


def error_response(request: Request, error: ApiError) -> Response:
    """Render ``error`` in the representation the client prefers (JSON, text or HTML)."""
    accept = request.headers.get("accept")
    choice = preference(accept, (_JSON, _TEXT, _HTML)) or _TEXT
    body = {"status": error.status, "type": error.type, "message": error.message}
    if choice == _HTML:
        html = render("error.html", error=body)
        return HTMLResponse(html, status_code=error.status, headers=error.headers)
    if choice == _TEXT:
        text = f"{error.status} {error.type}: {error.message}\n"
        return PlainTextResponse(text, status_code=error.status, headers=error.headers)
    return Response(json.dumps({"error": body}), status_code=error.status, headers=error.headers,
                    media_type=_JSON)


_STARLETTE_TYPES = {404: "not_found", 405: "method_not_allowed", 400: "bad_request"}


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception, ours or the framework's, through :func:`error_response`."""

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(request, exc)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        kind = _STARLETTE_TYPES.get(exc.status_code, "http_error")
        return error_response(request, ApiError(exc.status_code, kind, str(exc.detail), exc.headers))

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        return error_response(request, ApiError(400, "bad_request", f"invalid request parameters: {exc}"))

    async def on_kg_error(request: Request, exc: Exception) -> Response:
        return error_response(request, ApiError(500, "store_error", str(exc)))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(request, ApiError(500, "internal_error", "internal error; see the server log"))

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(KgError, on_kg_error)
    app.add_exception_handler(Exception, on_unexpected)
