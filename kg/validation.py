"""Checking a store against the SHACL shapes of ``ontology/shapes.ttl``.

The union of all graphs of the store is copied into an rdflib graph together with the ontology
(``kg.ttl``, so that targets and ``sh:class`` follow ``rdfs:subClassOf``) and the ACLED scheme
(``acled.ttl``, so that event types can be looked up), and validated with pyshacl. A graph that breaks
the shapes is not an error: the report says so and lists what is wrong.

    >>> import pyoxigraph as ox
    >>> validate_store(ox.Store()).conforms
    True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import rdflib
from pyparsing import ParseBaseException
from pyshacl.errors import ReportableRuntimeError
from rdflib.namespace import RDF, SH
from rdflib.term import BNode, Node, URIRef

from .errors import ResourceError
from .resources import ontology_dir

SHAPES_FILE = "shapes.ttl"
ONTOLOGY_FILES = ("kg.ttl", "acled.ttl")
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, with its nodes as strings (IRIs bare, blank nodes as ``_:id``)."""

    focus_node: str
    path: str | None
    message: str
    severity: str  # Violation | Warning | Info
    shape: str | None  # the node shape that holds the failed constraint
    value: str | None = None  # the offending value, when there is one

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: <{self.focus_node}>{where}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_store`; ``conforms`` ignores warnings."""

    conforms: bool
    violations: tuple[Violation, ...] = ()


def validate_store(store: ox.Store) -> ValidationReport:
    """Validate every graph of ``store`` (as one union graph) against kg's SHACL shapes.

    Raises :class:`~kg.errors.ResourceError` when the shapes or the ontology files are missing or are not
    Turtle, or when a shape is malformed (pyshacl loads a shape only when it has focus nodes, so a malformed
    shape goes unnoticed on a store it does not apply to). A non-conforming store is reported, not raised.
    """
    folder = ontology_dir()
    shapes = load_turtle(folder / SHAPES_FILE)
    data = store_graph(store)
    for name in ONTOLOGY_FILES:
        data += load_turtle(folder / name)
    try:
        conforms, results, _ = pyshacl.validate(
            data,
            shacl_graph=shapes,
            inference="none",
            advanced=True,  # SHACL-AF SPARQL targets, see shapes.ttl
            inplace=True,
            allow_warnings=True,
            allow_infos=True,
        )
    except (ReportableRuntimeError, ParseBaseException) as exc:  # malformed shape or SPARQL constraint
        raise ResourceError(f"the SHACL shapes in {folder / SHAPES_FILE} cannot be used: {exc}") from exc
    return ValidationReport(bool(conforms), read_violations(results, shapes))


def store_graph(store: ox.Store) -> rdflib.Graph:
    """The union of all graphs of ``store`` as one rdflib graph."""
    triples = (quad.triple for quad in store)
    ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    if ntriples:
        graph.parse(data=ntriples.decode("utf-8"), format="nt")
    return graph


def load_turtle(path: Path) -> rdflib.Graph:
    if not path.is_file():
        raise ResourceError(f"ontology file {path} is missing: reinstall kg")
    try:
        return rdflib.Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise ResourceError(f"ontology file {path} is not valid Turtle: {exc}") from exc


def read_violations(results: rdflib.Graph, shapes: rdflib.Graph) -> tuple[Violation, ...]:
    """The ``sh:ValidationResult`` nodes of a pyshacl results graph, as sorted records."""
    found = [_violation(results, node, shapes) for node in results.subjects(RDF.type, SH.ValidationResult)]
    return tuple(sorted(found, key=_sort_key))


def _violation(results: rdflib.Graph, node: Node, shapes: rdflib.Graph) -> Violation:
    def value(predicate: URIRef) -> Node | None:
        return results.value(node, predicate)

    severity = value(SH.resultSeverity)
    return Violation(
        focus_node=_text(value(SH.focusNode)) or "",
        path=_text(value(SH.resultPath)),
        message=_message(results.objects(node, SH.resultMessage)),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        shape=_text(_named_shape(value(SH.sourceShape), shapes)),
        value=_text(value(SH.value)),
    )


def _named_shape(shape: Node | None, shapes: rdflib.Graph) -> Node | None:
    """A blank-node property shape is reported as the node shape that holds it."""
    if not isinstance(shape, BNode):
        return shape
    holder = shapes.value(predicate=SH.property, object=shape)
    return shape if holder is None else holder


def _message(messages: Iterable[Node]) -> str:
    """The English message when there is one (pyshacl adds its own when a shape has none)."""
    ordered = sorted(messages, key=str)
    english = [m for m in ordered if isinstance(m, rdflib.Literal) and m.language in (None, "en")]
    return str((english or ordered or ["(no message)"])[0])


def _text(node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node)


def _sort_key(v: Violation) -> tuple[int, str, str, str]:
    return (_SEVERITY_ORDER.get(v.severity, 3), v.focus_node, v.path or "", v.message)
