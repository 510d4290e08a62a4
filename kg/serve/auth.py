"""Who may write: nobody on a read-only server; with a token, only ``Authorization: Bearer <token>``."""

from __future__ import annotations

import hmac

from fastapi import Request

from .problems import ApiError
from .settings import ServeSettings

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="kg"'}


def require_writer(request: Request, settings: ServeSettings) -> None:
    """Raise 403 ``read_only`` without a server token, 401 without credentials, 403 for a wrong token."""
    if settings.token is None:
        raise ApiError(403, "read_only", "this server is read-only: start it with --token to enable "
                       "SPARQL Update and Graph Store writes")
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials.strip():
        raise ApiError(401, "unauthorized", "writes need the header 'Authorization: Bearer <token>'",
                       _CHALLENGE)
    if not hmac.compare_digest(credentials.strip().encode(), settings.token.encode()):
        raise ApiError(403, "forbidden", "the bearer token is not the server's token")
