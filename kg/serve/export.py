"""Streaming serializations out of a worker: dumps, Graph Store GETs and the RDF twin of a page.

The dump content is what ``kg export`` writes: TriG and N-Quads keep the named graphs; Turtle (and every
other triple format) is the union of all graphs, each triple once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, cast

import pyoxigraph as ox

from ..namespaces import PREFIXES
from .jobs import STREAM_END, DescribeJob, ExportJob, Failure, Reply, StreamStart
from .negotiation import offer_by_key

CHUNK_BYTES = 64 * 1024
_PREFIXES = dict(PREFIXES)


class ChunkWriter:
    """A binary file object that sends what is written as chunks of about ``CHUNK_BYTES``."""

    def __init__(self, send: Callable[[Any], None]):
        self._send, self._buffer = send, bytearray()

    def write(self, data: bytes) -> int:
        self._buffer += data
        if len(self._buffer) >= CHUNK_BYTES:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._buffer:
            self._send(bytes(self._buffer))
            self._buffer.clear()


def stream_export(store: ox.Store, job: ExportJob, send: Callable[[Any], None]) -> None:
    """Answer ``job`` with a StreamStart, chunks of bytes and STREAM_END (or one Failure)."""
    offer = offer_by_key(job.format)
    if job.graph is not None and not store.contains_named_graph(ox.NamedNode(job.graph)):
        send(Failure(404, "not_found", f"no graph <{job.graph}> in the store"))
        return
    send(StreamStart(offer.content_type))
    writer = ChunkWriter(send)
    _write(store, job, offer.rdf_format, cast(IO[bytes], writer))
    writer.flush()
    send(STREAM_END)


def _write(store: ox.Store, job: ExportJob, rdf_format: Any, writer: IO[bytes]) -> None:
    if job.graph is not None:
        store.dump(writer, rdf_format, from_graph=ox.NamedNode(job.graph), prefixes=_PREFIXES)
    elif job.selector == "default":
        store.dump(writer, rdf_format, from_graph=ox.DefaultGraph(), prefixes=_PREFIXES)
    elif job.selector == "dataset" and rdf_format.supports_datasets:
        store.dump(writer, rdf_format, prefixes=_PREFIXES)
    else:
        ox.serialize(union_triples(store), writer, rdf_format, prefixes=_PREFIXES)


def union_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """Every triple of every graph, each once, with its terms exactly as stored (a SPARQL CONSTRUCT would
    normalise derived datatypes such as xsd:nonNegativeInteger). Remembers the triples it has sent."""
    seen: set[ox.Triple] = set()
    for quad in store.quads_for_pattern(None, None, None, None):
        triple = quad.triple
        if triple not in seen:
            seen.add(triple)
            yield triple


def describe(store: ox.Store, job: DescribeJob) -> Reply | Failure:
    """The triples with ``job.iri`` as subject or object, from every graph, each once."""
    node = ox.NamedNode(job.iri)
    triples = list(dict.fromkeys(_about(store, node)))
    if not triples:
        return Failure(404, "not_found", f"nothing is known about <{job.iri}> in this graph")
    offer = offer_by_key(job.format)
    body = ox.serialize(triples, format=offer.rdf_format, prefixes=_PREFIXES) or b""
    return Reply(body, offer.content_type)


def _about(store: ox.Store, node: ox.NamedNode) -> Iterator[ox.Triple]:
    patterns: Iterable[Iterable[ox.Quad]] = (
        store.quads_for_pattern(node, None, None, None),
        store.quads_for_pattern(None, None, node, None),
    )
    for quads in patterns:
        for quad in quads:
            yield quad.triple
