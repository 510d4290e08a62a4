"""The SPARQL 1.1 Protocol at /sparql: methods, parameters, media types, status codes, error bodies."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from serve_fixture_store import SDF

from kg.namespaces import ENTITIES_GRAPH, WIKIDATA_GRAPH

LABELS = "SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s ?l"
CONSTRUCT = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l }"
CROSS = "SELECT * WHERE { ?a ?b ?c }"
FORM = {"content-type": "application/x-www-form-urlencoded"}


def bindings(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def error_of(response, status: int, kind: str) -> str:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["status"] == status and body["type"] == kind
    assert "Traceback" not in response.text
    return body["message"]


def test_get_post_form_and_post_query_give_the_same_answer(client) -> None:
    by_get = client.get("/sparql", params={"query": LABELS})
    by_form = client.post("/sparql", data={"query": LABELS})
    by_body = client.post("/sparql", content=LABELS, headers={"content-type": "application/sparql-query"})
    assert by_get.headers["content-type"].startswith("application/sparql-results+json")
    assert bindings(by_get) == bindings(by_form) == bindings(by_body)
    assert {"type": "uri", "value": SDF} in [b["s"] for b in bindings(by_get)]


def test_default_graph_is_the_union_of_all_graphs(client) -> None:
    rows = bindings(client.get("/sparql", params={"query": "SELECT ?o WHERE { ?s owl:sameAs ?o }"}))
    assert [r["o"]["value"] for r in rows] == ["http://www.wikidata.org/entity/Q21294936"]


@pytest.mark.parametrize(
    ("accept", "media_type", "start"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", b'{"head"'),
        ("application/sparql-results+xml", "application/sparql-results+xml", b"<?xml"),
        ("text/csv", "text/csv", b"s,l\r\n"),
        ("text/tab-separated-values", "text/tab-separated-values", b"?s\t?l\n"),
    ],
)
def test_select_results_in_every_format(client, accept, media_type, start) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    assert response.content.startswith(start)


@pytest.mark.parametrize(
    ("accept", "body"),
    [
        ("application/sparql-results+json", b'{"head":{},"boolean":true}'),
        ("application/sparql-results+xml", b"<boolean>true</boolean>"),
    ],
)
def test_ask(client, accept, body) -> None:
    response = client.get("/sparql", params={"query": f"ASK {{ <{SDF}> ?p ?o }}"}, headers={"accept": accept})
    assert response.status_code == 200 and body in response.content


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/trig", ox.RdfFormat.TRIG),
        ("application/n-quads", ox.RdfFormat.N_QUADS),
    ],
)
def test_construct_in_every_format(client, accept, rdf_format) -> None:
    response = client.post("/sparql", data={"query": CONSTRUCT}, headers={"accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == rdf_format.media_type
    labels = {q.object.value for q in ox.parse(response.content, format=rdf_format)}
    assert {"Syrian Democratic Forces", "قوات سوريا الديمقراطية", "Raqqa"} <= labels


def test_describe(client) -> None:
    response = client.get("/sparql", params={"query": f"DESCRIBE <{SDF}>"}, headers={"accept": "text/turtle"})
    triples = list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
    assert response.status_code == 200 and any(t.predicate.value.endswith("#sameAs") for t in triples)


def test_format_parameter_for_browsers(client) -> None:
    response = client.get(
        "/sparql", params={"query": LABELS, "format": "csv"}, headers={"accept": "text/html,*/*;q=0.8"}
    )
    assert response.headers["content-type"].startswith("text/csv")
    response = client.get("/sparql", params={"query": CONSTRUCT, "format": "jsonld"})
    assert response.headers["content-type"].startswith("application/ld+json")
    json.loads(response.content)


def test_q_values_are_honoured(client) -> None:
    response = client.get(
        "/sparql",
        params={"query": LABELS},
        headers={"accept": "application/sparql-results+json;q=0.4, text/tab-separated-values"},
    )
    assert response.headers["content-type"].startswith("text/tab-separated-values")


def test_malformed_query_is_400_with_the_parser_message(client) -> None:
    message = error_of(
        client.get("/sparql", params={"query": "SELEC ?s WHERE { ?s ?p ?o }"}), 400, "malformed_query"
    )
    assert "error at 1:" in message


def test_errors_are_text_for_clients_that_accept_no_json(client) -> None:
    response = client.get(
        "/sparql", params={"query": "SELEC"}, headers={"accept": "application/sparql-results+xml"}
    )
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/plain")
    assert response.text.startswith("400 malformed_query: ")


def test_not_acceptable(client) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"accept": "image/png"})
    assert response.status_code == 406 and response.text.startswith("406 not_acceptable: ")
    error_of(client.get("/sparql", params={"query": CONSTRUCT, "format": "csv"}), 406, "not_acceptable")
    error_of(client.get("/sparql", params={"query": LABELS, "format": "yaml"}), 400, "bad_request")


def test_unsupported_media_type(client) -> None:
    response = client.post("/sparql", content=LABELS, headers={"content-type": "text/plain"})
    assert "application/sparql-query" in error_of(response, 415, "unsupported_media_type")


def test_oversized_requests_are_413(client) -> None:
    big = "# " + "x" * (70 * 1024) + "\n" + LABELS
    response = client.post("/sparql", content=big, headers={"content-type": "application/sparql-query"})
    error_of(response, 413, "request_too_large")

    def chunks():
        for _ in range(70):
            yield b"#" + b"x" * 1023

    response = client.post("/sparql", content=chunks(), headers={"content-type": "application/sparql-query"})
    error_of(response, 413, "request_too_large")


def test_default_and_named_graph_parameters(client) -> None:
    query = "SELECT DISTINCT ?s WHERE { ?s ?p ?o }"
    rows = bindings(client.get("/sparql", params={"query": query, "default-graph-uri": WIKIDATA_GRAPH}))
    assert [r["s"]["value"] for r in rows] == [SDF]
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = bindings(
        client.post("/sparql", data={"query": graphs, "named-graph-uri": [ENTITIES_GRAPH, WIKIDATA_GRAPH]})
    )
    assert {r["g"]["value"] for r in rows} == {ENTITIES_GRAPH, WIKIDATA_GRAPH}


def test_from_clauses_override_the_union_default_graph(client) -> None:
    query = f"SELECT DISTINCT ?s FROM <{WIKIDATA_GRAPH}> WHERE {{ ?s ?p ?o }}"
    assert [r["s"]["value"] for r in bindings(client.get("/sparql", params={"query": query}))] == [SDF]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"query": LABELS, "update": "CLEAR ALL"}, "not both"),
        ({"default-graph-uri": ENTITIES_GRAPH}, "neither"),
        ({"query": [LABELS, LABELS]}, "once"),
    ],
)
def test_bad_protocol_requests(client, data, fragment) -> None:
    assert fragment in error_of(client.post("/sparql", data=data), 400, "bad_request")


def test_service_outside_the_allowlist_is_refused(client) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    message = error_of(client.get("/sparql", params={"query": query}), 400, "service_not_allowed")
    assert "<http://127.0.0.1:9/sparql>" in message and "query.wikidata.org" in message


def test_cors_for_configured_origins_only(client) -> None:
    from conftest import ALLOWED_ORIGIN

    allowed = client.get("/sparql", params={"query": LABELS}, headers={"origin": ALLOWED_ORIGIN})
    assert allowed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    other = client.get("/sparql", params={"query": LABELS}, headers={"origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options(
        "/sparql",
        headers={
            "origin": ALLOWED_ORIGIN,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]


def test_the_ui_endpoint_limits_results(client) -> None:
    response = client.post("/ui/sparql", data={"query": LABELS})
    assert len(bindings(response)) == 3 and response.headers["kg-results-truncated"] == "3"
    assert len(bindings(client.post("/sparql", data={"query": LABELS}))) > 3
    small = client.post("/ui/sparql", data={"query": "SELECT ?o WHERE { ?s owl:sameAs ?o }"})
    assert len(bindings(small)) == 1 and "kg-results-truncated" not in small.headers


def test_updates_are_refused_on_a_read_only_server(client) -> None:
    response = client.post("/sparql", data={"update": "CLEAR ALL"}, headers={"authorization": "Bearer x"})
    error_of(response, 403, "read_only")
    assert bindings(client.get("/sparql", params={"query": LABELS}))
