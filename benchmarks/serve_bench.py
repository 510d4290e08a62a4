"""Benchmark ``kg serve`` against ``oxigraph serve`` on the same data (one command, loopback only).

    .venv/bin/python benchmarks/serve_bench.py [--articles 300] [--repeat 30]

Builds a synthetic store in kg's layout, loads the same N-Quads into an Oxigraph server directory, starts
both servers on 127.0.0.1 (ours with its defaults: 2 workers, union default graph; Oxigraph with
``--union-default-graph``), runs each query ``--repeat`` times against each from one client, then runs
them from 4 client threads for throughput. Prints the median latency per query and the ratios ours/oxigraph.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pyoxigraph as ox
from serve_data import build_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "serve"))
from conftest import free_port, live_server, stop, wait_until_up

QUERIES = {
    "ask": "ASK { ?s ?p ?o }",
    "labels-100": "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 100",
    "count-all": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "mentions-by-entity": """SELECT ?e (COUNT(?m) AS ?n) WHERE {
        ?m <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e } GROUP BY ?e ORDER BY DESC(?n) LIMIT 20""",
    "events-construct": """CONSTRUCT { ?e ?p ?o } WHERE {
        ?e a <https://w3id.org/kg-syria/ontology#Event> ; ?p ?o } LIMIT 2000""",
}
ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"


def timed(client: httpx.Client, url: str, query: str) -> float:
    started = time.perf_counter()
    response = client.post(url, data={"query": query}, headers={"accept": ACCEPT})
    response.raise_for_status()
    return time.perf_counter() - started


def latencies(url: str, repeat: int) -> dict[str, float]:
    with httpx.Client(timeout=60) as client:
        for query in QUERIES.values():
            timed(client, url, query)  # warm-up
        return {
            name: statistics.median(timed(client, url, q) for _ in range(repeat))
            for name, q in QUERIES.items()
        }


def throughput(url: str, repeat: int, clients: int = 4) -> float:
    jobs = [q for q in QUERIES.values() for _ in range(repeat)]
    with (
        httpx.Client(timeout=60, limits=httpx.Limits(max_connections=clients)) as client,
        ThreadPoolExecutor(clients) as pool,
    ):
        started = time.perf_counter()
        list(pool.map(lambda q: timed(client, url, q), jobs))
        return len(jobs) / (time.perf_counter() - started)


def oxigraph_server(nquads: Path, work: Path) -> tuple[subprocess.Popen[bytes], str]:
    binary = str(Path(sys.executable).with_name("oxigraph"))
    location = work / "oxigraph"
    subprocess.run(
        [binary, "load", "--location", str(location), "--file", str(nquads)], check=True, capture_output=True
    )
    port = free_port()
    process = subprocess.Popen(
        [
            binary,
            "serve-read-only",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    wait_until_up(url + "?query=ASK%7B%7D", process)
    return process, url


def report(ours: dict[str, float], theirs: dict[str, float], tput: tuple[float, float]) -> None:
    print(f"{'query':<22}{'kg serve ms':>13}{'oxigraph ms':>13}{'ratio':>8}")
    for name in QUERIES:
        print(
            f"{name:<22}{ours[name] * 1000:>13.2f}{theirs[name] * 1000:>13.2f}"
            f"{ours[name] / theirs[name]:>8.2f}"
        )
    print(
        f"{'throughput (q/s, 4 clients)':<35}{tput[0]:>8.1f} vs {tput[1]:.1f}  ratio {tput[0] / tput[1]:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-serve-bench-") as tmp:
        work = Path(tmp)
        store = build_store(work / "store", args.articles)
        nquads = work / "data.nq"
        ox.Store.read_only(str(store)).dump(str(nquads), ox.RdfFormat.N_QUADS)
        print(
            f"{sum(1 for _ in nquads.open())} quads, {args.articles} articles; {args.repeat} runs per query"
        )
        oxigraph, oxigraph_url = oxigraph_server(nquads, work)
        try:
            with live_server(store, log_level="warning") as url:
                ours = latencies(url + "sparql", args.repeat)
                our_tput = throughput(url + "sparql", args.repeat)
            theirs = latencies(oxigraph_url, args.repeat)
            their_tput = throughput(oxigraph_url, args.repeat)
        finally:
            stop(oxigraph)
    report(ours, theirs, (our_tput, their_tput))


if __name__ == "__main__":
    main()
