"""The query worker: a child process that opens the store and answers jobs from its pipe, one at a time.

It imports pyoxigraph, rdflib (lazily, for SERVICE/FROM checks) and kg's small serve modules; never
FastAPI or spaCy. The pool kills it when a job runs past the time limit; ``SIGINT`` is ignored so that a
Ctrl-C on the server stops the server first, which then closes its workers.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from ..errors import KgError
from ..store import open_store
from .execute_query import run_query, run_select
from .execute_write import run_update, write_graph
from .export import describe, stream_export
from .jobs import (
    READY,
    DescribeJob,
    ExportJob,
    Failure,
    GraphWriteJob,
    PageJob,
    QueryJob,
    SelectJob,
    Shutdown,
    UpdateJob,
    WorkerSpec,
)
from .page_queries import page_data


def worker_main(conn: Connection, spec: WorkerSpec) -> None:
    """Entry point of a worker process (started with the ``spawn`` method)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        store = open_store(spec.store_dir, read_only=not spec.writable)
    except (KgError, OSError) as exc:
        conn.send(Failure(500, "store_error", str(exc)))
        return
    conn.send(READY)
    serve_jobs(conn, Executor(store, spec))


def serve_jobs(conn: Connection, executor: Executor) -> None:
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if isinstance(job, Shutdown):
            return
        executor.handle(job, conn.send)


class Executor:
    """Runs one job against the store and sends its answer."""

    def __init__(self, store: ox.Store, spec: WorkerSpec):
        self.store, self.spec = store, spec

    def handle(self, job: Any, send: Callable[[Any], None]) -> None:
        try:
            if isinstance(job, ExportJob):
                stream_export(self.store, job, send)
            else:
                send(self.answer(job))
        except Exception as exc:  # the server must get an answer, never a dead pipe
            send(Failure(500, "internal_error", f"{type(exc).__name__}: {exc}"))

    def answer(self, job: Any) -> Any:
        if isinstance(job, QueryJob):
            return run_query(self.store, job, self.spec.services)
        if isinstance(job, SelectJob):
            return run_select(self.store, job)
        if isinstance(job, PageJob):
            return page_data(self.store, job)
        if isinstance(job, DescribeJob):
            return describe(self.store, job)
        if isinstance(job, UpdateJob | GraphWriteJob) and not self.spec.writable:
            return Failure(403, "read_only", "this server is read-only")
        if isinstance(job, UpdateJob):
            return run_update(self.store, job, self.spec.services)
        if isinstance(job, GraphWriteJob):
            return write_graph(self.store, job)
        return Failure(500, "internal_error", f"unknown job {type(job).__name__}")
