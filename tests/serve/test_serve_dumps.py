"""Dumps: N-Quads, TriG and Turtle, streamed, gzip on request; the store's content."""

from __future__ import annotations

import gzip

import pyoxigraph as ox
import pytest
from serve_fixture_store import all_quads

QUADS = set(all_quads())
TRIPLES = {q.triple for q in QUADS}


@pytest.mark.parametrize(
    ("path", "rdf_format"),
    [
        ("/dump.nq", ox.RdfFormat.N_QUADS),
        ("/dump.trig", ox.RdfFormat.TRIG),
    ],
)
def test_dataset_dumps_keep_the_named_graphs(client, path, rdf_format) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == rdf_format.media_type
    assert response.headers["content-disposition"].startswith('attachment; filename="kg-syria.')
    assert set(ox.parse(response.content, format=rdf_format)) == QUADS


def test_turtle_dump_is_the_union(client) -> None:
    response = client.get("/dump", params={"format": "turtle"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert {q.triple for q in ox.parse(response.content, format=ox.RdfFormat.TURTLE)} == TRIPLES


def test_dump_negotiates_and_refuses_triple_only_formats(client) -> None:
    assert (
        client.get("/dump", headers={"accept": "application/trig"}).headers["content-type"]
        == "application/trig"
    )
    assert client.get("/dump", headers={"accept": "application/rdf+xml"}).status_code == 406
    assert client.get("/dump.xml").status_code == 404


def test_gzip_file_on_request(client) -> None:
    for response in (client.get("/dump.nq.gz"), client.get("/dump.nq", params={"gzip": "1"})):
        assert response.headers["content-type"] == "application/gzip"
        assert response.headers["content-disposition"].endswith('kg-syria.nq.gz"')
        assert set(ox.parse(gzip.decompress(response.content), format=ox.RdfFormat.N_QUADS)) == QUADS


def test_gzip_content_encoding_with_accept_encoding(client) -> None:
    response = client.get("/dump.trig", headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert set(ox.parse(response.content, format=ox.RdfFormat.TRIG)) == QUADS  # httpx decodes it
    plain = client.get("/dump.trig", headers={"accept-encoding": "identity"})
    assert "content-encoding" not in plain.headers
