"""Opening the pyoxigraph store and replacing named graphs atomically."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import StoreError


def open_store(path: Path | str, *, read_only: bool = False) -> ox.Store:
    """Open (and create, unless ``read_only``) the on-disk store at ``path``.

    Opening read-only while another process writes the same directory is undefined behaviour in
    Oxigraph: build first, then serve.
    """
    path = Path(path)
    try:
        if read_only:
            if not path.is_dir():
                raise StoreError(f"no store at {path}: run 'kg build' first (or pass --store DIR)")
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc


def _insert_data(graph: str, triples: list[ox.Triple]) -> str:
    body = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}"


def _update(store: ox.Store, graph: str, update: str) -> None:
    """Run one SPARQL update: Oxigraph applies it as one transaction, all or nothing."""
    try:
        store.update(update)
    except (OSError, SyntaxError, ValueError) as exc:
        raise StoreError(f"cannot write graph <{graph}>: {exc}") from exc


def replace_graph(store: ox.Store, graph: str, triples: Iterable[ox.Triple]) -> int:
    """Replace the content of named graph ``graph`` by ``triples`` in one transaction.

    Readers see either the old graph or the new one, never a mix, and a failure leaves the old graph
    as it was. Returns the number of triples written.
    """
    triples = list(triples)
    _update(store, graph, f"DROP SILENT GRAPH <{graph}> ;\n" + _insert_data(graph, triples))
    return len(triples)


def replace_descriptions(
    store: ox.Store, graph: str, subjects: Iterable[ox.NamedNode], triples: Iterable[ox.Triple]
) -> None:
    """In one transaction, drop what ``graph`` says about ``subjects`` and add ``triples``."""
    values = " ".join(str(s) for s in subjects)
    delete = (f"DELETE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}\n"
              f"WHERE {{ VALUES ?s {{ {values} }} GRAPH <{graph}> {{ ?s ?p ?o }} }} ;\n")
    _update(store, graph, delete + _insert_data(graph, list(triples)))


def graph_triple_count(store: ox.Store, graph: str) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
