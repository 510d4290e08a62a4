"""Entity and event pages: HTML for browsers, RDF by content negotiation, 404 in the one error shape."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from serve_fixture_store import EVENT, SDF, SDF_QID

from kg.namespaces import BASE, ENTITIES_GRAPH

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def path_of(iri: str) -> str:
    return "/" + iri[len(BASE) :]


def html(client, iri: str) -> str:
    response = client.get(path_of(iri), headers=BROWSER)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_entity_page(client) -> None:
    page = html(client, SDF)
    assert '<h1 id="title">Syrian Democratic Forces</h1>' in page
    assert "قوات سوريا الديمقراطية" in page and "@ar" in page
    assert 'href="/ontology#ArmedGroup"' in page
    assert f'href="http://www.wikidata.org/entity/{SDF_QID}"' in page
    assert '<a href="/id/event/a1/e1">armed clash: SDF at Raqqa</a>' in page and "2017-06-06" in page
    assert "kg:initiator" in page and '<a href="/acled/battles">Battles</a>' in page


def test_entity_page_highlights_mentions_in_their_sentences(client) -> None:
    page = html(client, SDF)
    assert "Fighters of the <mark>SDF</mark> stormed Raqqa on Tuesday — witnesses said." in page
    assert "In Raqqa, residents welcomed the <mark>Syrian Democratic Forces</mark>." in page


def test_event_page(client) -> None:
    page = html(client, EVENT)
    assert "Fighters of the SDF <mark>stormed</mark> Raqqa" in page
    assert '<a href="/id/entity/sdf">Syrian Democratic Forces</a>' in page
    assert '<a href="/id/entity/islamic-state">Islamic State</a>' in page and "2017-06-06" in page


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ],
)
def test_entity_as_rdf(client, accept, rdf_format) -> None:
    response = client.get(path_of(SDF), headers={"accept": accept})
    assert (
        response.status_code == 200
        and response.headers["content-type"].split(";")[0] == rdf_format.media_type
    )
    triples = [q.triple for q in ox.parse(response.content, format=rdf_format)]
    assert (
        ox.Triple(
            ox.NamedNode(SDF),
            ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs"),
            ox.NamedNode(f"http://www.wikidata.org/entity/{SDF_QID}"),
        )
        in triples
    )


def test_format_parameter_and_json_ld_twin(client) -> None:
    response = client.get(path_of(EVENT), params={"format": "jsonld"}, headers=BROWSER)
    assert response.headers["content-type"].startswith("application/ld+json")
    json.loads(response.content)


def test_unknown_iri_is_404(client) -> None:
    response = client.get("/id/entity/no-such-thing")
    assert response.status_code == 404 and response.json()["error"]["type"] == "not_found"
    browser = client.get("/id/entity/no-such-thing", headers=BROWSER)
    assert browser.status_code == 404 and 'data-status="404"' in browser.text
    assert client.get("/id/entity/no-such-thing", headers={"accept": "text/turtle"}).status_code == 404


def test_concepts_ontology_and_graph_iris_are_dereferenceable(client) -> None:
    assert "Battles" in html(client, BASE + "acled/battles")
    ontology = client.get("/ontology", headers=BROWSER)
    assert ontology.status_code == 200 and 'id="ArmedGroup"' in ontology.text
    graph = client.get(path_of(ENTITIES_GRAPH), headers={"accept": "text/turtle"})
    assert len(list(ox.parse(graph.content, format=ox.RdfFormat.TURTLE))) == 8
    assert "Download this graph" in html(client, ENTITIES_GRAPH)
