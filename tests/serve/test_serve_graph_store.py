"""Graph Store Protocol reads for everyone; writes refused on a read-only server."""

from __future__ import annotations

import pyoxigraph as ox
from serve_fixture_store import all_quads

from kg.namespaces import ENTITIES_GRAPH


def triples(response, rdf_format=ox.RdfFormat.TURTLE) -> set[ox.Triple]:
    assert response.status_code == 200, response.text
    return {q.triple for q in ox.parse(response.content, format=rdf_format)}


def test_get_a_named_graph(client) -> None:
    expected = {q.triple for q in all_quads() if q.graph_name.value == ENTITIES_GRAPH}
    assert triples(client.get("/store", params={"graph": ENTITIES_GRAPH})) == expected
    got = triples(
        client.get("/store", params={"graph": ENTITIES_GRAPH}, headers={"accept": "application/ld+json"}),
        ox.RdfFormat.JSON_LD,
    )
    assert got == expected


def test_get_the_default_graph_is_the_union(client) -> None:
    got = triples(
        client.get("/store?default", headers={"accept": "application/n-triples"}), ox.RdfFormat.N_TRIPLES
    )
    assert got == {q.triple for q in all_quads()}


def test_unknown_graph_and_bad_requests(client) -> None:
    missing = client.get("/store", params={"graph": "https://example.org/no-such-graph"})
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "not_found"
    assert client.get("/store").status_code == 400
    assert client.get("/store", params={"graph": ENTITIES_GRAPH, "default": ""}).status_code == 400


def test_writes_are_refused_without_a_server_token(client) -> None:
    body = "<https://example.org/a> <https://example.org/b> <https://example.org/c> ."
    for method in ("PUT", "POST", "DELETE"):
        response = client.request(
            method,
            "/store",
            params={"graph": "https://example.org/g"},
            content=body,
            headers={"content-type": "text/turtle", "authorization": "Bearer guess"},
        )
        assert response.status_code == 403 and response.json()["error"]["type"] == "read_only"
