"""The service description on GET /sparql without a query, and the VoID description."""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import RDF, SD, VOID, WIKIDATA_GRAPH


def graph_of(response, rdf_format=ox.RdfFormat.TURTLE) -> list[ox.Triple]:
    assert response.status_code == 200, response.text
    return [q.triple for q in ox.parse(response.content, format=rdf_format)]


def objects(triples: list[ox.Triple], predicate: str) -> set[str]:
    return {t.object.value for t in triples if t.predicate.value == predicate}


def test_service_description(client) -> None:
    triples = graph_of(client.get("/sparql", headers={"accept": "text/turtle"}))
    assert SD.Service in objects(triples, RDF.type)
    assert objects(triples, SD.endpoint) == {"http://testserver/sparql"}
    assert {SD.UnionDefaultGraph, SD.BasicFederatedQuery} <= objects(triples, SD.feature)
    assert objects(triples, SD.supportedLanguage) == {SD.SPARQL11Query}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in objects(triples, SD.resultFormat)
    assert WIKIDATA_GRAPH in objects(triples, SD.name)


def test_service_description_in_json_ld_and_browsers_go_to_the_ui(client) -> None:
    graph_of(client.get("/sparql", params={"format": "jsonld"}), ox.RdfFormat.JSON_LD)
    response = client.get("/sparql", headers={"accept": "text/html,*/*;q=0.8"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_void_counts_and_dump_links(client) -> None:
    triples = graph_of(client.get("/.well-known/void", headers={"accept": "text/turtle"}))
    dataset = "https://w3id.org/kg-syria/dataset"
    about = {t.predicate.value: t.object.value for t in triples if t.subject.value == dataset}
    assert int(about[VOID.triples]) > 50 and int(about[VOID.entities]) == 3
    events = {t.predicate.value: t.object.value for t in triples if t.subject.value == dataset + "#events"}
    assert int(events[VOID.entities]) == 1
    assert {
        "http://testserver/dump.nq",
        "http://testserver/dump.trig",
        "http://testserver/dump.ttl",
    } <= objects(triples, VOID.dataDump)
    assert objects(triples, VOID.sparqlEndpoint) == {"http://testserver/sparql"}


def test_void_is_also_at_the_dataset_iri(client) -> None:
    assert graph_of(client.get("/dataset", params={"format": "ntriples"}), ox.RdfFormat.N_TRIPLES)
