"""What the server sends to a query worker and what comes back: small picklable records.

A job goes down a pipe to a worker process; the worker answers with a :class:`Reply`, :class:`Rows`,
:class:`PageData` (see :mod:`kg.serve.resource_view`), or a :class:`Failure`; an :class:`ExportJob` is
answered by a :class:`StreamStart`, chunks of ``bytes`` and :data:`STREAM_END`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .settings import ServiceRule


@dataclass(frozen=True)
class WorkerSpec:
    """How to start a worker: which store, whether it may write, which SERVICE endpoints it may call."""

    store_dir: Path
    writable: bool
    services: tuple[ServiceRule, ...]


@dataclass(frozen=True)
class QueryJob:
    """A SPARQL query from a client; the worker negotiates the format once it knows the query form."""

    query: str
    accept: str | None = None
    format: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    union_default_graph: bool = True
    row_limit: int | None = None


@dataclass(frozen=True)
class SelectJob:
    """An internal SELECT (pages, statistics); the worker answers :class:`Rows`."""

    query: str


@dataclass(frozen=True)
class UpdateJob:
    update: str


@dataclass(frozen=True)
class GraphWriteJob:
    """A Graph Store Protocol write; ``graph`` None is the default graph."""

    method: Literal["PUT", "POST", "DELETE"]
    graph: str | None
    body: bytes = b""
    content_type: str = ""


@dataclass(frozen=True)
class PageJob:
    """Everything the HTML page of one IRI shows."""

    iri: str


@dataclass(frozen=True)
class DescribeJob:
    """The triples about one IRI (as subject or object) in one RDF format (a negotiation key)."""

    iri: str
    format: str


GraphSelector = Literal["dataset", "union", "default"]


@dataclass(frozen=True)
class ExportJob:
    """Stream a serialization: the whole ``dataset``, the ``union`` of its graphs, the store's
    ``default`` graph, or the named graph ``graph``; ``format`` is a negotiation key."""

    format: str
    selector: GraphSelector | None = "dataset"
    graph: str | None = None


@dataclass(frozen=True)
class Cell:
    """An RDF term in a row: ``kind`` is ``iri``, ``bnode``, ``literal`` or ``triple``."""

    kind: str
    value: str
    language: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class Rows:
    variables: tuple[str, ...]
    rows: tuple[dict[str, Cell], ...]


@dataclass(frozen=True)
class Reply:
    body: bytes
    media_type: str
    status: int = 200
    truncated_at: int | None = None


@dataclass(frozen=True)
class Failure:
    status: int
    type: str
    message: str


@dataclass(frozen=True)
class StreamStart:
    media_type: str


STREAM_END = "end"
READY = "ready"


@dataclass(frozen=True)
class Shutdown:
    reason: str = field(default="pool closed")


Job = QueryJob | SelectJob | UpdateJob | GraphWriteJob | PageJob | DescribeJob | ExportJob
