"""A server started with a token: SPARQL Update and Graph Store writes with the bearer token only."""

from __future__ import annotations

from conftest import TOKEN

AUTH = {"authorization": f"Bearer {TOKEN}"}
GRAPH = "https://example.org/graph/curation"
TRIPLE = "<https://example.org/a> <https://example.org/b> <https://example.org/c> ."
ASK = "ASK { <https://example.org/a> <https://example.org/b> ?o }"


def ask(client, query: str = ASK) -> bool:
    return bool(client.get("/sparql", params={"query": query}).json()["boolean"])


def test_update_needs_the_token(writable_client) -> None:
    update = f"INSERT DATA {{ GRAPH <{GRAPH}> {{ {TRIPLE} }} }}"
    missing = writable_client.post("/sparql", data={"update": update})
    assert missing.status_code == 401 and missing.headers["www-authenticate"].startswith("Bearer")
    wrong = writable_client.post("/sparql", data={"update": update}, headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.json()["error"]["type"] == "forbidden"
    assert not ask(writable_client)
    done = writable_client.post(
        "/sparql", content=update, headers={"content-type": "application/sparql-update", **AUTH}
    )
    assert done.status_code == 204 and ask(writable_client)
    clear = writable_client.post("/sparql", data={"update": f"DROP GRAPH <{GRAPH}>"}, headers=AUTH)
    assert clear.status_code == 204 and not ask(writable_client)


def test_malformed_update_is_400(writable_client) -> None:
    response = writable_client.post("/sparql", data={"update": "INSERT NOTHING"}, headers=AUTH)
    assert response.status_code == 400 and response.json()["error"]["type"] == "malformed_query"


def test_graph_store_put_post_get_delete(writable_client) -> None:
    params, turtle = {"graph": GRAPH}, {"content-type": "text/turtle", **AUTH}
    assert (
        writable_client.put(
            "/store", params=params, content=TRIPLE, headers={"content-type": "text/turtle"}
        ).status_code
        == 401
    )
    assert writable_client.put("/store", params=params, content=TRIPLE, headers=turtle).status_code == 201
    assert writable_client.put("/store", params=params, content=TRIPLE, headers=turtle).status_code == 204
    more = "<https://example.org/a> <https://example.org/b> <https://example.org/d> ."
    assert writable_client.post("/store", params=params, content=more, headers=turtle).status_code == 204
    body = writable_client.get("/store", params=params, headers={"accept": "application/n-triples"}).text
    assert sorted(body.strip().splitlines()) == sorted([TRIPLE, more])
    assert writable_client.delete("/store", params=params, headers=AUTH).status_code == 204
    assert writable_client.delete("/store", params=params, headers=AUTH).status_code == 404


def test_graph_store_rejects_unknown_media_types_and_bad_bodies(writable_client) -> None:
    params = {"graph": GRAPH}
    html = writable_client.put(
        "/store", params=params, content="<p>", headers={"content-type": "text/html", **AUTH}
    )
    assert html.status_code == 415
    broken = writable_client.put(
        "/store", params=params, content="not turtle", headers={"content-type": "text/turtle", **AUTH}
    )
    assert broken.status_code == 400 and broken.json()["error"]["type"] == "bad_request"


def test_statistics_follow_writes(writable_client) -> None:
    def triples() -> str:
        return writable_client.get("/void", params={"format": "ntriples"}).text

    before = triples()
    writable_client.put(
        "/store", params={"graph": GRAPH}, content=TRIPLE, headers={"content-type": "text/turtle", **AUTH}
    )
    assert triples() != before
    writable_client.delete("/store", params={"graph": GRAPH}, headers=AUTH)
