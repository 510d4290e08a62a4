"""Deterministic dumps of the whole store: Turtle (the union of all graphs), TriG, N-Quads, JSON-LD."""

from __future__ import annotations

from enum import Enum
from typing import BinaryIO

import pyoxigraph as ox

from ..namespaces import PREFIXES


class ExportFormat(Enum):
    """A dump format: its pyoxigraph format, and whether it keeps named graphs."""

    TURTLE = ("turtle", ox.RdfFormat.TURTLE, False)
    TRIG = ("trig", ox.RdfFormat.TRIG, True)
    NQUADS = ("nquads", ox.RdfFormat.N_QUADS, True)
    NTRIPLES = ("ntriples", ox.RdfFormat.N_TRIPLES, False)
    JSONLD = ("jsonld", ox.RdfFormat.JSON_LD, True)

    def __init__(self, label: str, rdf_format: ox.RdfFormat, keeps_graphs: bool):
        self.label = label
        self.rdf_format = rdf_format
        self.keeps_graphs = keeps_graphs

    @classmethod
    def named(cls, label: str) -> ExportFormat:
        for fmt in cls:
            if fmt.label == label:
                return fmt
        raise ValueError(f"unknown export format '{label}' (one of: {', '.join(f.label for f in cls)})")


def _sort_key(term: ox.Quad | ox.Triple) -> str:
    return str(term)


def sorted_quads(store: ox.Store) -> list[ox.Quad]:
    return sorted(store.quads_for_pattern(None, None, None, None), key=_sort_key)


def union_triples(store: ox.Store) -> list[ox.Triple]:
    """Every triple of every graph, once."""
    return sorted({q.triple for q in store.quads_for_pattern(None, None, None, None)}, key=_sort_key)


def export_store(store: ox.Store, fmt: ExportFormat, output: BinaryIO) -> int:
    """Write the store to ``output``; the same store always gives the same bytes. Returns the statements
    written."""
    statements: list[ox.Quad] | list[ox.Triple] = sorted_quads(store) if fmt.keeps_graphs else union_triples(store)
    ox.serialize(statements, output, fmt.rdf_format, prefixes=dict(PREFIXES))
    return len(statements)
