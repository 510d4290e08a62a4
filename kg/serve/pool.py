"""The query-worker pool: queries run in worker processes that can be killed.

pyoxigraph can neither cancel a query nor run two in parallel in one process, so each query goes to a
free worker process (started with ``spawn``; each opens the store read-only). A worker that does not
answer within the time limit is killed and replaced, and the client gets ``503 query_timeout``; the other
workers keep serving. When all workers stay busy for the whole time limit a client gets ``503 busy``.

A server started with a token opens the store read-write; only one process may do that, so it has a
single worker (queries and writes are then served one at a time, still under the time limit).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from ..errors import StoreError
from .jobs import READY, STREAM_END, ExportJob, Failure, Job, Shutdown, StreamStart, WorkerSpec
from .problems import ApiError
from .worker import worker_main

log = logging.getLogger("kg.serve")


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection


class WorkerPool:
    """``size`` worker processes over the store of ``spec``; ``timeout`` seconds per job."""

    def __init__(self, spec: WorkerSpec, size: int, timeout: float, startup_timeout: float = 60.0):
        self._spec, self._timeout, self._startup_timeout = spec, timeout, startup_timeout
        self._size = 1 if spec.writable else size
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    @property
    def timeout(self) -> float:
        return self._timeout

    def start(self) -> None:
        """Start every worker and wait until each has opened the store (raises StoreError if not)."""
        workers = [self._spawn() for _ in range(self._size)]
        try:
            for worker in workers:
                self._await_ready(worker)
        except StoreError:
            self.close()
            raise
        for worker in workers:
            self._idle.put(worker)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._stop(worker)

    def run(self, job: Job) -> Any:
        """Send ``job`` to a free worker and return its answer; a Failure becomes an ApiError."""
        worker = self._acquire()
        answer = self._exchange(worker, job)
        self._idle.put(worker)
        if isinstance(answer, Failure):
            raise ApiError(answer.status, answer.type, answer.message)
        return answer

    def stream(self, job: ExportJob) -> tuple[str, Iterator[bytes]]:
        """Start a streamed export; returns its media type and an iterator over its chunks."""
        worker = self._acquire()
        first = self._exchange(worker, job)
        if isinstance(first, Failure):
            self._idle.put(worker)
            raise ApiError(first.status, first.type, first.message)
        assert isinstance(first, StreamStart)
        return first.media_type, self._chunks(worker)

    def _chunks(self, worker: _Worker) -> Iterator[bytes]:
        finished = False
        try:
            while True:
                message = self._receive(worker)
                if message == STREAM_END or isinstance(message, Failure):
                    finished = message == STREAM_END
                    if isinstance(message, Failure):
                        log.error("export failed in a worker: %s", message.message)
                    return
                yield message
        finally:
            if finished:
                self._idle.put(worker)
            else:
                self._replace(worker)

    def _exchange(self, worker: _Worker, job: Job) -> Any:
        try:
            worker.conn.send(job)
        except (OSError, ValueError) as exc:
            self._replace(worker)
            raise ApiError(500, "worker_crashed", f"a query worker was lost ({exc}); try again") from exc
        return self._receive(worker)

    def _receive(self, worker: _Worker) -> Any:
        try:
            if worker.conn.poll(self._timeout):
                return worker.conn.recv()
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise ApiError(500, "worker_crashed", "a query worker died while answering; try again") from exc
        self._replace(worker)
        raise ApiError(503, "query_timeout",
                       f"the query ran past the time limit of {self._timeout:g} s and was stopped")

    def _acquire(self) -> _Worker:
        if self._closed:
            raise ApiError(503, "busy", "the server is shutting down")
        try:
            return self._idle.get(timeout=self._timeout)
        except queue.Empty:
            raise ApiError(503, "busy", f"all {self._size} query workers stayed busy for "
                           f"{self._timeout:g} s; try again later", {"Retry-After": "5"}) from None

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=worker_main, args=(child, self._spec), daemon=True,
                                        name="kg-query-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._all.add(worker)
        return worker

    def _await_ready(self, worker: _Worker) -> None:
        message: Any = None
        try:
            if worker.conn.poll(self._startup_timeout):
                message = worker.conn.recv()
        except (EOFError, OSError):
            message = None
        if message != READY:
            self._stop(worker)
            reason = message.message if isinstance(message, Failure) else "it did not start"
            raise StoreError(f"a query worker could not open the store at {self._spec.store_dir}: {reason}")

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` now and start its replacement in the background."""
        self._stop(worker, graceful=False)
        if not self._closed:
            threading.Thread(target=self._add_worker, name="kg-worker-replacement", daemon=True).start()

    def _add_worker(self) -> None:
        try:
            worker = self._spawn()
            self._await_ready(worker)
        except StoreError as exc:
            log.error("cannot replace a query worker: %s", exc)
            return
        if self._closed:
            self._stop(worker)
        else:
            self._idle.put(worker)

    def _stop(self, worker: _Worker, graceful: bool = True) -> None:
        with self._lock:
            self._all.discard(worker)
        if graceful and worker.process.is_alive():
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(Shutdown())
            worker.process.join(timeout=2)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=5)
        worker.conn.close()
