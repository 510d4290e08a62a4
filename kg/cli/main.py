"""``kg``: build, query, export and serve the knowledge graph. Each command is a thin shell over a library
function; errors become one-line messages and exit codes here, nowhere else."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..errors import KgError
from ..store import default_store_dir
from . import commands
from .output import FORMATS

EXIT_ERROR = 2  # a command could not run; 1 is a build that left some inputs out
EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, default=None, metavar="DIR",
                        help=f"the store directory (default: $KG_STORE or ./{default_store_dir()})")


def _table_command(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    _store_option(parser)
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    return parser


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description=(
        "Turn news articles about the war in Syria into a linked, provenance-rich RDF knowledge graph."))
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("build", help="extract, link and store articles (default input: seeds/)",
                       description="Read articles (files or folders of .txt + .json sidecars, or .jsonl), "
                       "extract entities and events, and replace each article's graph in the store.")
    _store_option(p)
    p.add_argument("inputs", nargs="*", type=Path, metavar="INPUT", help="files or folders (default: seeds/)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(handler=commands.build)

    p = _table_command(sub, "query", "run a SPARQL query (inline or a .rq file) over the union of all graphs")
    p.add_argument("query", help="the query text, or a path to a .rq file")
    p.set_defaults(handler=commands.query)

    p = _table_command(sub, "entities", "one row per article and entity: label, type, Wikidata ID, mentions")
    p.set_defaults(handler=commands.entities)

    p = _table_command(sub, "events", "one row per event, ACLED-style: type, date, place, actors, source")
    p.set_defaults(handler=commands.events)

    p = sub.add_parser("export", help="dump the store as Turtle, TriG, N-Quads or JSON-LD",
                       description="Dump every graph. Turtle holds the union of the graphs; TriG, N-Quads "
                       "and JSON-LD keep the named graphs. The same store always gives the same bytes.")
    _store_option(p)
    p.add_argument("--format", choices=EXPORT_FORMATS, default="turtle")
    p.add_argument("-o", "--output", type=Path, help="write to this file (default: standard output)")
    p.set_defaults(handler=commands.export)

    p = sub.add_parser("validate", help="check the store against the SHACL shapes in ontology/shapes.ttl")
    _store_option(p)
    p.set_defaults(handler=commands.validate)

    p = _table_command(sub, "link", "propose Wikidata candidates for entities without a link, or record a "
                       "decision on one (--accept / --reject)")
    commands.add_link_options(p)
    p.set_defaults(handler=commands.link)

    p = sub.add_parser("serve", help="serve the store: SPARQL 1.1 endpoint, web UI, linked-data pages")
    _store_option(p)
    commands.add_serve_options(p)
    p.set_defaults(handler=commands.serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    if args.store is None:
        args.store = default_store_dir()
    try:
        return int(args.handler(args))
    except KgError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
