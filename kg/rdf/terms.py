"""pyoxigraph terms for kg's IRIs, and literal helpers. IRIs themselves are defined in kg.namespaces."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pyoxigraph as ox

from ..namespaces import XSD, entity_iri
from ..records import Entity

Object = ox.NamedNode | ox.Literal | ox.BlankNode


@lru_cache(maxsize=4096)
def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def text(value: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(value, language=lang) if lang else ox.Literal(value)


def integer(value: int, datatype: str = XSD.nonNegativeInteger) -> ox.Literal:
    return ox.Literal(str(value), datatype=iri(datatype))


def decimal(value: float) -> ox.Literal:
    return ox.Literal(f"{value:.6f}".rstrip("0").rstrip("."), datatype=iri(XSD.decimal))


def date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=iri(XSD.date))


def boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=iri(XSD.boolean))


def entity_node(entity: Entity) -> ox.NamedNode:
    return iri(entity_iri(entity.key))


def triple(subject: ox.NamedNode | ox.BlankNode, predicate: str, obj: Object) -> ox.Triple:
    return ox.Triple(subject, iri(predicate), obj)
