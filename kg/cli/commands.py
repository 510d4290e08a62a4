"""The handlers of kg's commands: parse nothing, decide nothing, call the library and print."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyoxigraph as ox
from tqdm import tqdm

from ..namespaces import PREFIXES
from ..resources import query_file
from ..store import open_store
from ..store.export import ExportFormat, export_store
from ..store.query import QueryResult, Table, read_query, run_query
from .output import write_table

DEFAULT_INPUT = Path("seeds")


def build(args: argparse.Namespace) -> int:
    from ..build import build as run_build  # loads spaCy: only for this command

    inputs = args.inputs or [DEFAULT_INPUT]
    show = not args.quiet and sys.stderr.isatty()
    summary = run_build(inputs, args.store,
                        progress=(lambda xs: tqdm(xs, desc="articles", unit="article")) if show else None)
    for problem in summary.problems:
        print(f"kg build: {problem}", file=sys.stderr)
    print(f"built {summary.articles} articles into {args.store}: {summary.mentions} mentions, "
          f"{len(summary.entities)} entities, {summary.events} events, {summary.triples} triples written; "
          f"{summary.failed} failed")
    return 1 if summary.failed else 0


def _print_result(result: QueryResult, fmt: str) -> None:
    if isinstance(result, Table):
        write_table(result, fmt, sys.stdout)
    elif isinstance(result, bool):
        print("true" if result else "false")
    else:
        turtle = ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES)) or b""
        sys.stdout.write(turtle.decode("utf-8"))


def query(args: argparse.Namespace) -> int:
    store = open_store(args.store, read_only=True)
    _print_result(run_query(store, read_query(args.query)), args.format)
    return 0


def _table_query(args: argparse.Namespace, name: str) -> int:
    store = open_store(args.store, read_only=True)
    _print_result(run_query(store, query_file(name).read_text(encoding="utf-8")), args.format)
    return 0


def entities(args: argparse.Namespace) -> int:
    return _table_query(args, "entities.rq")


def events(args: argparse.Namespace) -> int:
    return _table_query(args, "events.rq")


def export(args: argparse.Namespace) -> int:
    store = open_store(args.store, read_only=True)
    fmt = ExportFormat.named(args.format)
    if args.output:
        with args.output.open("wb") as out:
            count = export_store(store, fmt, out)
        print(f"wrote {count} statements to {args.output}", file=sys.stderr)
    else:
        export_store(store, fmt, sys.stdout.buffer)
    return 0


def validate(args: argparse.Namespace) -> int:
    from ..validation import validate_store

    report = validate_store(open_store(args.store, read_only=True))
    for v in report.violations:
        print(f"{v.severity}: {v.focus_node}: {v.message}" + (f" (path {v.path})" if v.path else ""))
    print("conforms" if report.conforms else f"{len(report.violations)} violations")
    return 0 if report.conforms else 1


def add_serve_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="query time limit")
    parser.add_argument("--token", help="enable SPARQL Update and Graph Store writes for this bearer token")
    parser.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                        help="allow cross-origin requests from ORIGIN (repeatable)")
    parser.add_argument("--allow-service", action="append", default=None, metavar="URL",
                        help="allow federated SERVICE calls to URL (repeatable; default: Wikidata)")


def serve(args: argparse.Namespace) -> int:
    from ..serve import ServeSettings, run_server

    settings = ServeSettings.from_cli(args)
    run_server(settings)
    return 0


DEFAULT_DECISIONS = Path("kg-links.tsv")


def add_link_options(parser: argparse.ArgumentParser) -> None:
    decide = parser.add_mutually_exclusive_group()
    decide.add_argument("--accept", nargs=2, metavar=("ENTITY", "QID"),
                        help="record that ENTITY (its IRI, or the key after .../id/entity/) is Wikidata "
                        "item QID")
    decide.add_argument("--reject", nargs=2, metavar=("ENTITY", "QID"),
                        help="record that ENTITY is not QID: it is never proposed for ENTITY again")
    parser.add_argument("--endpoint", metavar="URL",
                        help="the Wikidata SPARQL endpoint to ask (default: the Wikidata Query Service)")
    parser.add_argument("--limit", type=_positive, default=3, metavar="N",
                        help="candidates per entity (default: 3)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="S",
                        help="seconds to wait for the endpoint (default: 30)")
    parser.add_argument("--decisions", type=Path, default=DEFAULT_DECISIONS, metavar="FILE",
                        help="also keep decisions in FILE, a TSV to commit; kg link re-applies it to the "
                        f"store (default: ./{DEFAULT_DECISIONS})")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def link(args: argparse.Namespace) -> int:
    from .. import wikilink
    from ..errors import StoreError

    if not args.store.is_dir():
        raise StoreError(f"no store at {args.store}: run 'kg build' first (or pass --store DIR)")
    store = open_store(args.store)
    if args.accept or args.reject:
        decide = wikilink.accept_link if args.accept else wikilink.reject_link
        decision = decide(store, *(args.accept or args.reject), decisions_file=args.decisions)
        print(f"{decision.status.value} wd:{decision.qid} for {decision.entity_key}: recorded in the store "
              f"{args.store} and in {args.decisions}")
        return 0
    endpoint = wikilink.Endpoint(args.endpoint or wikilink.DEFAULT_ENDPOINT, args.timeout)
    proposals = wikilink.propose_links(store, endpoint, limit=args.limit, decisions_file=args.decisions)
    write_table(wikilink.candidate_table(proposals.candidates), args.format, sys.stdout)
    print(f"kg link: {len(proposals.candidates)} candidates for {proposals.entities_with_candidates} of "
          f"{proposals.entities} entities without a Wikidata link, from {endpoint.url}", file=sys.stderr)
    return 0
