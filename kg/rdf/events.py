"""Triples of one extracted event: type, roles, place, date, operation, modality, quantities, evidence."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from ..namespaces import ACLED, KG, NIF, PROV, RDF, RDFS, SEM, article_iri, event_iri
from ..records import Article, Entity, Event, Modality
from .spans import sentence_node, span_node, span_triples
from .terms import date, decimal, entity_node, integer, iri, text, triple

_ROLES = (("initiator", KG.Initiator), ("target", KG.Target), ("associatedActor", KG.AssociatedActor))
_MODALITIES = {
    Modality.ASSERTED: KG.Asserted,
    Modality.CLAIMED: KG.Claimed,
    Modality.UNVERIFIED: KG.Unverified,
    Modality.DENIED: KG.Denied,
    Modality.EXPECTED: KG.Expected,
}
_QUANTITIES = {"killed": KG.fatalities, "wounded": KG.wounded, "captured": KG.captured, "freed": KG.freed}


def event_node(article: Article, event: Event) -> ox.NamedNode:
    return iri(event_iri(article.id, event.key))


def event_triples(article: Article, event: Event) -> Iterator[ox.Triple]:
    node = event_node(article, event)
    evidence = sentence_node(article, event.sentence)
    yield triple(node, RDF.type, iri(KG.Event))
    yield triple(node, RDF.type, iri(SEM.Event))
    yield triple(node, RDFS.label, text(event_label(event)))
    yield triple(node, KG.eventType, iri(ACLED[event.event_type]))
    yield triple(node, KG.subEventType, iri(ACLED[event.sub_event_type]))
    yield triple(node, KG.modality, iri(_MODALITIES[event.modality]))
    yield triple(node, KG.confidence, decimal(round(event.confidence, 3)))
    yield triple(node, KG.evidence, evidence)
    yield triple(node, PROV.wasDerivedFrom, iri(article_iri(article.id)))
    yield from _trigger(article, node, event)
    yield from _roles(node, event, evidence)
    yield from _setting(article, node, event)
    for source in event.sources:
        yield triple(node, KG.claimedBy, entity_node(source))
    for quantity in event.quantities:
        yield triple(node, _QUANTITIES[quantity.kind], integer(quantity.value))


def event_label(event: Event) -> str:
    actors = ", ".join(e.label for e in event.actor1) or "unknown actor"
    targets = ", ".join(e.label for e in event.actor2)
    where = f" at {event.places[0].label}" if event.places else ""
    when = f" on {event.date.value.isoformat()}" if event.date else ""
    return f"{event.sub_event_type.replace('-', ' ')}: {actors}" + (f" against {targets}" if targets else "") \
        + where + when


def _trigger(article: Article, node: ox.NamedNode, event: Event) -> Iterator[ox.Triple]:
    yield triple(node, KG.trigger, span_node(article, event.trigger_start, event.trigger_end))
    yield from span_triples(article, event.trigger_start, event.trigger_end, NIF.Phrase)


def _roles(node: ox.NamedNode, event: Event, evidence: ox.NamedNode) -> Iterator[ox.Triple]:
    groups: tuple[tuple[Entity, ...], ...] = (event.actor1, event.actor2, event.associated)
    for (prop, role_type), entities in zip(_ROLES, groups, strict=True):
        for entity in entities:
            role = iri(f"{node.value}/role/{prop}/{entity.key}")
            yield triple(node, KG[prop], entity_node(entity))
            yield triple(node, KG.hasRole, role)
            yield triple(role, RDF.type, iri(KG.Role))
            yield triple(role, KG.roleType, iri(role_type))
            yield triple(role, KG.roleFiller, entity_node(entity))
            yield triple(role, KG.evidence, evidence)


def _setting(article: Article, node: ox.NamedNode, event: Event) -> Iterator[ox.Triple]:
    for place in event.places:
        yield triple(node, KG.place, entity_node(place))
    if event.operation:
        yield triple(node, KG.partOfOperation, entity_node(event.operation))
    if event.date:
        yield triple(node, KG.date, date(event.date.value))
        yield triple(node, KG.datePrecision, iri(KG[event.date.precision.value.capitalize() + "Precision"]))
        if event.date.start is not None and event.date.end is not None:
            yield triple(node, KG.dateExpression, span_node(article, event.date.start, event.date.end))
            yield from span_triples(article, event.date.start, event.date.end, NIF.Phrase)
