"""The SPARQL 1.1 Service Description of ``/sparql`` and the VoID description of the dataset."""

from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import BASE, DCTERMS, ENTITY, EVENT, ID, KG, RDF, RDFS, SD, VOID, XSD
from .context import DatasetStats
from .negotiation import GRAPH_OFFERS, RESULT_OFFERS
from .settings import ServeSettings

DATASET_IRI = BASE + "dataset"
DUMP_FILES = ("dump.nq", "dump.trig", "dump.ttl")
_ENTAILMENT_SIMPLE = "http://www.w3.org/ns/entailment/Simple"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _count(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD.integer))


def service_description(endpoint: str, settings: ServeSettings, stats: DatasetStats) -> list[ox.Triple]:
    service, dataset, default = _n(endpoint + "#service"), ox.BlankNode(), ox.BlankNode()
    triples = [
        ox.Triple(service, _n(RDF.type), _n(SD.Service)),
        ox.Triple(service, _n(SD.endpoint), _n(endpoint)),
        ox.Triple(service, _n(SD.supportedLanguage), _n(SD.SPARQL11Query)),
        ox.Triple(service, _n(SD.feature), _n(SD.BasicFederatedQuery)),
        ox.Triple(service, _n(SD.defaultEntailmentRegime), _n(_ENTAILMENT_SIMPLE)),
        ox.Triple(service, _n(SD.defaultDataset), dataset),
        ox.Triple(service, _n(RDFS.comment), ox.Literal(_comment(settings), language="en")),
        ox.Triple(dataset, _n(RDF.type), _n(SD.Dataset)),
        ox.Triple(dataset, _n(DCTERMS.source), _n(DATASET_IRI)),
        ox.Triple(dataset, _n(SD.defaultGraph), default),
        ox.Triple(default, _n(RDF.type), _n(SD.Graph)),
        ox.Triple(default, _n(VOID.triples), _count(stats.triples)),
    ]
    if settings.writable:
        triples.append(ox.Triple(service, _n(SD.supportedLanguage), _n(SD.SPARQL11Update)))
    if settings.union_default_graph:
        triples.append(ox.Triple(service, _n(SD.feature), _n(SD.UnionDefaultGraph)))
    for offer in (*RESULT_OFFERS, *GRAPH_OFFERS):
        fmt = offer.results_format or offer.rdf_format
        assert fmt is not None
        triples.append(ox.Triple(service, _n(SD.resultFormat), _n(fmt.iri)))
    for graph in stats.graphs:
        named = ox.BlankNode()
        triples += [ox.Triple(dataset, _n(SD.namedGraph), named), ox.Triple(named, _n(SD.name), _n(graph))]
    return triples


def _comment(settings: ServeSettings) -> str:
    services = ", ".join(rule.iri for rule in settings.service_rules()) or "none"
    union = "the union of all graphs" if settings.union_default_graph else "the store's default graph"
    return (f"kg SPARQL endpoint. Default graph: {union}. Query time limit: {settings.timeout:g} s. "
            f"SERVICE is allowed only to: {services}.")


def void_description(server: str, stats: DatasetStats) -> list[ox.Triple]:
    dataset = _n(DATASET_IRI)
    entities, events = _n(DATASET_IRI + "#entities"), _n(DATASET_IRI + "#events")
    triples = [
        ox.Triple(dataset, _n(RDF.type), _n(VOID.Dataset)),
        ox.Triple(dataset, _n(DCTERMS["title"]), ox.Literal("kg-syria: a knowledge graph of the war in Syria",
                                                         language="en")),
        ox.Triple(dataset, _n(VOID.triples), _count(stats.triples)),
        ox.Triple(dataset, _n(VOID.entities), _count(stats.entities)),
        ox.Triple(dataset, _n(VOID.uriSpace), ox.Literal(ID)),
        ox.Triple(dataset, _n(VOID.vocabulary), _n(KG)),
        ox.Triple(dataset, _n(VOID.sparqlEndpoint), _n(server + "sparql")),
        ox.Triple(dataset, _n(VOID.subset), entities),
        ox.Triple(dataset, _n(VOID.subset), events),
        *_subset(entities, "Entities", ENTITY, stats.entities),
        *_subset(events, "Events", EVENT, stats.events),
    ]
    triples += [ox.Triple(dataset, _n(VOID.dataDump), _n(server + name)) for name in DUMP_FILES]
    return triples


def _subset(node: ox.NamedNode, title: str, space: str, count: int) -> list[ox.Triple]:
    return [
        ox.Triple(node, _n(RDF.type), _n(VOID.Dataset)),
        ox.Triple(node, _n(DCTERMS["title"]), ox.Literal(title, language="en")),
        ox.Triple(node, _n(VOID.uriSpace), ox.Literal(space)),
        ox.Triple(node, _n(VOID.entities), _count(count)),
    ]
