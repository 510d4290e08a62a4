"""Descriptions of the gazetteer places that articles mention, for the shared places graph."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ..namespaces import GEO, KG, OWL, RDF, RDFS, SKOS, WGS84, entity_iri, wikidata_iri
from ..records import Entity
from .terms import decimal, entity_node, iri, text, triple

_WKT = GEO.wktLiteral


def place_triples(places: Iterable[Entity]) -> list[ox.Triple]:
    found = {t for place in places if place.from_gazetteer for t in _place(place)}
    return sorted(found, key=str)


def _place(place: Entity) -> Iterator[ox.Triple]:
    node = entity_node(place)
    yield triple(node, RDF.type, iri(KG[place.kind.value]))
    yield triple(node, RDFS.label, text(place.label, "en"))
    for lang, label in place.labels:
        yield triple(node, SKOS.prefLabel if lang == "en" else SKOS.altLabel, text(label, lang))
    yield triple(node, KG.reviewStatus, iri(KG.Unreviewed))
    if place.wof_id:
        yield triple(node, KG.wofId, text(place.wof_id))
    if place.governorate:
        yield triple(node, KG.inGovernorate, iri(entity_iri(place.governorate)))
    if place.country:
        yield triple(node, KG.inCountry, iri(entity_iri(place.country)))
    if place.wikidata:
        yield triple(node, OWL.sameAs, iri(wikidata_iri(place.wikidata)))
    if place.lat is not None and place.lon is not None:
        yield from _coordinates(node, place.lat, place.lon)


def _coordinates(node: ox.NamedNode, lat: float, lon: float) -> Iterator[ox.Triple]:
    geometry = iri(node.value + "/geometry")
    yield triple(node, WGS84.lat, decimal(lat))
    yield triple(node, WGS84.long, decimal(lon))
    yield triple(node, GEO.hasGeometry, geometry)
    yield triple(geometry, RDF.type, iri(GEO.Geometry))
    yield triple(geometry, GEO.asWKT, ox.Literal(f"POINT({lon} {lat})", datatype=iri(_WKT)))
