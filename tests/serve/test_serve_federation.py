"""SERVICE detection and the allowlist, without any network."""

from __future__ import annotations

import pytest

from kg.serve.federation import ServiceNotAllowed, apply_service_policy, check_services
from kg.serve.query_inspection import InspectionError, inspect_query, inspect_update
from kg.serve.settings import ServeSettings, parse_service_rule

WDQS = "https://query.wikidata.org/sparql"
MIRROR = "http://127.0.0.1:9999/query"


def test_service_iris_are_found_anywhere_in_the_query() -> None:
    query = """PREFIX w: <https://query.wikidata.org/>
    SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://a.example/sparql> { ?s ?p ?o } }
      OPTIONAL { SERVICE SILENT w:sparql { ?s ?p ?o } } SERVICE ?endpoint { ?a ?b ?c } }"""
    assert set(inspect_query(query).services) == {"http://a.example/sparql", WDQS, "?endpoint"}
    assert inspect_update(
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://b.example/> { ?s ?p ?o } }"
    ).services == ("http://b.example/",)


def test_queries_without_service_or_from_are_not_parsed_twice() -> None:
    assert inspect_query("SELECT * WHERE { ?s ?p ?o } this is not even SPARQL") == inspect_query("ASK {}")


def test_dataset_clauses_are_detected() -> None:
    assert inspect_query("SELECT * FROM NAMED <http://g.example/> WHERE { ?s ?p ?o }").has_dataset
    assert not inspect_query("SELECT ?from WHERE { ?from ?p ?o }").has_dataset


def test_only_allowlisted_endpoints_pass() -> None:
    rules = (parse_service_rule(WDQS),)
    check_services((WDQS,), rules)
    with pytest.raises(
        ServiceNotAllowed, match=r"<http://evil.example/sparql> is not allowed.*did not contact"
    ):
        check_services(("http://evil.example/sparql",), rules)
    with pytest.raises(ServiceNotAllowed, match="fixed IRI"):
        check_services(("?endpoint",), rules)


def test_a_mirror_rule_rewrites_the_endpoint() -> None:
    rules = (parse_service_rule(f"{WDQS}={MIRROR}"),)
    text, facts = apply_service_policy(
        f"SELECT * WHERE {{ SERVICE <{WDQS}> {{ ?s ?p ?o }} }}", rules, inspect_query
    )
    assert MIRROR in text and WDQS not in text and facts.services == (MIRROR,)


def test_a_mirrored_endpoint_written_as_a_prefixed_name_is_refused() -> None:
    rules = (parse_service_rule(f"{WDQS}={MIRROR}"),)
    query = "PREFIX w: <https://query.wikidata.org/> SELECT * WHERE { SERVICE w:sparql { ?s ?p ?o } }"
    with pytest.raises(ServiceNotAllowed, match="full IRI"):
        apply_service_policy(query, rules, inspect_query)


def test_unparseable_service_queries_are_reported() -> None:
    with pytest.raises(InspectionError):
        inspect_query("SELECT * WHERE { SERVICE <http://x.example/> { ?s ?p } }")


def test_settings_validate_service_entries() -> None:
    assert ServeSettings(store_dir=".").service_rules()[0].iri == WDQS  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="allowed-service"):
        ServeSettings(store_dir=".", allowed_services=("ftp://x",))  # type: ignore[arg-type]
