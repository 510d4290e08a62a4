"""``run_server(settings)``: what ``kg serve`` calls."""

from __future__ import annotations

from ..errors import StoreError
from .settings import ServeSettings


def run_server(settings: ServeSettings) -> None:
    """Serve the store of ``settings`` with uvicorn until interrupted.

    Raises :class:`~kg.errors.StoreError` before binding the port if there is no store to serve. The query
    workers are started with ``multiprocessing``'s ``spawn`` method, so a script (not the ``kg`` command)
    that calls this must do so under ``if __name__ == "__main__":``.
    """
    import uvicorn

    from .app import create_app

    if not settings.store_dir.is_dir():
        raise StoreError(f"no store at {settings.store_dir}: run 'kg build' first (or pass --store DIR)")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=settings.log_level,
                timeout_graceful_shutdown=5)
