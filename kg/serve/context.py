"""What a request handler needs, made once per app: settings, the worker pool, cached statistics."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Annotated, cast

from fastapi import Depends, Request

from ..namespaces import ENTITY, EVENT
from .jobs import Rows, SelectJob
from .pool import WorkerPool
from .settings import ServeSettings

_COUNTS = f"""SELECT ?triples ?entities ?events WHERE {{
  {{ SELECT (COUNT(*) AS ?triples) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ ?s ?p ?o }} }} }}
  {{ SELECT (COUNT(DISTINCT ?e) AS ?entities) WHERE {{ ?e ?p1 ?o1 FILTER(STRSTARTS(STR(?e), "{ENTITY}")) }} }}
  {{ SELECT (COUNT(DISTINCT ?v) AS ?events) WHERE {{ ?v ?p2 ?o2 FILTER(STRSTARTS(STR(?v), "{EVENT}")) }} }}
}}"""
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
_TERMS = {
    "property": "SELECT DISTINCT ?t WHERE { ?s ?t ?o } ORDER BY ?t",
    "class": "SELECT DISTINCT ?t WHERE { ?s a ?t } ORDER BY ?t",
}


@dataclass(frozen=True)
class DatasetStats:
    triples: int
    entities: int
    events: int
    graphs: tuple[str, ...]


@dataclass
class ServerContext:
    """The per-app state: read-only data is cached until a write invalidates it."""

    settings: ServeSettings
    pool: WorkerPool
    _stats: DatasetStats | None = None
    _terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def select(self, query: str) -> Rows:
        return cast(Rows, self.pool.run(SelectJob(query)))

    def stats(self) -> DatasetStats:
        with self._lock:
            if self._stats is None:
                counts = self.select(_COUNTS).rows[0]
                graphs = tuple(row["g"].value for row in self.select(_GRAPHS).rows if "g" in row)
                self._stats = DatasetStats(triples=int(counts["triples"].value),
                                           entities=int(counts["entities"].value),
                                           events=int(counts["events"].value), graphs=graphs)
            return self._stats

    def terms(self, kind: str) -> tuple[str, ...]:
        """The properties or classes the data uses (for the editor's autocompletion)."""
        with self._lock:
            if kind not in self._terms:
                rows = self.select(_TERMS[kind]).rows
                self._terms[kind] = tuple(r["t"].value for r in rows if "t" in r and r["t"].kind == "iri")
            return self._terms[kind]

    def invalidate(self) -> None:
        with self._lock:
            self._stats, self._terms = None, {}


def get_context(request: Request) -> ServerContext:
    return cast(ServerContext, request.app.state.kg)


Context = Annotated[ServerContext, Depends(get_context)]
"""A handler parameter ``ctx: Context`` receives the app's :class:`ServerContext`."""
