"""A runaway query is stopped at the time limit while another client is still served at once."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from conftest import live_server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
SIMPLE = "SELECT ?l WHERE { ?s rdfs:label ?l } LIMIT 5"
LIMIT_S = 3


@pytest.mark.slow
def test_runaway_query_is_stopped_and_others_keep_being_served(store_dir) -> None:
    with live_server(store_dir, timeout=LIMIT_S, workers=2) as url:
        runaway: dict[str, object] = {}

        def run() -> None:
            started = time.monotonic()
            runaway["response"] = httpx.get(url + "sparql", params={"query": RUNAWAY}, timeout=30)
            runaway["seconds"] = time.monotonic() - started

        thread = threading.Thread(target=run)
        thread.start()
        time.sleep(0.5)
        started = time.monotonic()
        simple = httpx.get(url + "sparql", params={"query": SIMPLE}, timeout=10)
        simple_seconds = time.monotonic() - started
        thread.join(timeout=30)

        assert simple.status_code == 200 and len(simple.json()["results"]["bindings"]) == 5
        assert simple_seconds < 1.0, f"a simple query took {simple_seconds:.2f} s next to a runaway one"
        response = runaway["response"]
        assert isinstance(response, httpx.Response) and response.status_code == 503
        error = response.json()["error"]
        assert error["type"] == "query_timeout" and f"{LIMIT_S} s" in error["message"]
        assert LIMIT_S <= float(runaway["seconds"]) < LIMIT_S + 5  # type: ignore[arg-type]
        for _ in range(3):  # the killed worker is replaced: the server keeps answering
            assert httpx.get(url + "sparql", params={"query": SIMPLE}, timeout=10).status_code == 200
