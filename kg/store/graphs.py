"""Loading the ontology, the curated entities and their Wikidata links into graphs of their own."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from ..errors import ResourceError
from ..namespaces import ENTITIES_GRAPH, ONTOLOGY_GRAPH, WIKIDATA_GRAPH
from ..resources import ontology_dir
from .oxigraph import replace_graph

# Which Turtle files of ontology/ make up which named graph.
STATIC_GRAPHS: dict[str, tuple[str, ...]] = {
    ONTOLOGY_GRAPH: ("kg.ttl", "acled.ttl"),
    ENTITIES_GRAPH: ("entities.ttl",),
    WIKIDATA_GRAPH: ("wikidata.ttl",),
}


def read_turtle(path: Path) -> list[ox.Triple]:
    try:
        return [q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    except (OSError, SyntaxError) as exc:
        raise ResourceError(f"cannot read {path}: {exc}") from exc


def load_static_graphs(store: ox.Store, folder: Path | None = None) -> int:
    """(Re)load the shared graphs from ``ontology/``; returns the number of triples written."""
    folder = folder or ontology_dir()
    written = 0
    for graph, files in STATIC_GRAPHS.items():
        triples = [t for name in files for t in read_turtle(folder / name)]
        written += replace_graph(store, graph, triples)
    return written
