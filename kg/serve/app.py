"""The app factory: ``create_app(settings)`` wires the routers, middleware and worker pool together.

Nothing is read at import time; the worker pool starts with the app (lifespan) and stops with it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.middleware.cors import CORSMiddleware
from starlette.staticfiles import StaticFiles

from .. import __version__
from .context import ServerContext
from .jobs import WorkerSpec
from .limits import RequestSizeLimit
from .pool import WorkerPool
from .problems import install_error_handlers
from .responses import TRUNCATED_HEADER
from .routers import dumps, graph_store, pages, sparql, ui, void
from .settings import ServeSettings

STATIC_DIR = Path(__file__).resolve().parent / "static"


def make_pool(settings: ServeSettings) -> WorkerPool:
    spec = WorkerSpec(settings.store_dir, settings.writable, settings.service_rules())
    return WorkerPool(spec, settings.workers, settings.timeout)


def create_app(settings: ServeSettings) -> FastAPI:
    """A FastAPI app serving the store of ``settings``; its workers start when the app starts."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = make_pool(settings)
        await run_in_threadpool(pool.start)
        app.state.kg = ServerContext(settings, pool)
        try:
            yield
        finally:
            await run_in_threadpool(pool.close)

    app = FastAPI(title="kg", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None)
    install_error_handlers(app)
    for module in (sparql, graph_store, dumps, void, pages, ui):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(RequestSizeLimit, max_bytes=settings.max_request_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE"],
                           allow_headers=["Accept", "Authorization", "Content-Type"],
                           expose_headers=[TRUNCATED_HEADER])
    return app
