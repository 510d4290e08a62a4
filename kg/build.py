"""A build: read the corpus, extract and link each article, and write one graph per article.

Each article's graph is replaced in one transaction, so a failure part-way leaves every graph either as
it was or as it should be; the other articles are still built.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import __version__
from .catalog import Catalog, load_catalog
from .corpus import read_corpus
from .errors import KgError
from .extraction import extract_article
from .namespaces import BUILD_GRAPH, ID, KG, PLACES_GRAPH, PROV, RDF, RDFS, XSD, article_graph, article_iri
from .nlp import Pipelines, pipeline_description
from .rdf.article_graph import article_triples
from .rdf.places import place_triples
from .rdf.terms import iri, text, triple
from .records import Article, Extraction, InputProblem
from .store import open_store, replace_graph
from .store.graphs import load_static_graphs
from .store.oxigraph import replace_descriptions

Progress = Callable[[Iterable[Article]], Iterable[Article]]


@dataclass
class BuildSummary:
    articles: int = 0
    mentions: int = 0
    entities: set[str] = field(default_factory=set)
    events: int = 0
    triples: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.problems)


def build(inputs: Sequence[Path], store_dir: Path, progress: Progress | None = None) -> BuildSummary:
    """Build the graphs of every article in ``inputs`` into the store at ``store_dir``."""
    corpus = read_corpus(inputs)
    summary = BuildSummary(problems=list(corpus.problems))
    store = open_store(store_dir)
    summary.triples += load_static_graphs(store)
    catalog = load_catalog()
    pipelines = Pipelines(catalog)
    started = dt.datetime.now(dt.UTC)
    built: list[Article] = []
    for article in (progress or (lambda a: a))(corpus.articles):
        try:
            extraction = extract_article(article, pipelines, catalog)
            summary.triples += write_extraction(store, extraction, catalog)
        except KgError as exc:
            summary.problems.append(InputProblem(article.path or article.id, str(exc)))
            continue
        except Exception as exc:  # a bug must cost one article, not the build: report it and go on
            message = f"internal error of kg while extracting article {article.id} ({type(exc).__name__}: {exc})"
            summary.problems.append(InputProblem(article.path or article.id, message + "; please report it"))
            continue
        built.append(article)
        _count(summary, extraction)
    record_build(store, built, started)
    store.flush()
    return summary


def write_extraction(store: ox.Store, extraction: Extraction, catalog: Catalog) -> int:
    """Replace the article's graph, and add the gazetteer places it mentions to the places graph."""
    article = extraction.article
    written = replace_graph(store, article_graph(article.id),
                            article_triples(extraction, pipeline_description(article.lang)))
    places = place_triples(extraction.entities)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, iri(PLACES_GRAPH)) for t in places)
    return written + len(places)


def record_build(store: ox.Store, articles: Sequence[Article], started: dt.datetime) -> None:
    """PROV-O provenance: this build (tool, time) and, for each article graph it wrote, where it came from.
    An article built again later points to the later build."""
    activity = iri(ID + "build/" + started.strftime("%Y%m%dT%H%M%SZ"))
    agent = iri(ID + f"agent/kg-{__version__}")
    triples = [
        triple(activity, RDF.type, iri(PROV.Activity)),
        triple(activity, RDFS.label, text(f"kg {__version__} build of {len(articles)} articles")),
        triple(activity, PROV.wasAssociatedWith, agent),
        triple(activity, PROV.startedAtTime, _timestamp(started)),
        triple(activity, PROV.endedAtTime, _timestamp(dt.datetime.now(dt.UTC))),
        triple(agent, RDF.type, iri(PROV.SoftwareAgent)),
        triple(agent, RDFS.label, text(f"kg {__version__}")),
    ]
    graphs = [iri(article_graph(a.id)) for a in articles]
    for article, graph in zip(articles, graphs, strict=True):
        triples += [
            triple(activity, PROV.used, iri(article_iri(article.id))),
            triple(graph, PROV.wasGeneratedBy, activity),
            triple(graph, PROV.wasDerivedFrom, iri(article_iri(article.id))),
            triple(graph, KG.pipeline, text(pipeline_description(article.lang))),
        ]
    replace_descriptions(store, BUILD_GRAPH, graphs, triples)


def _timestamp(moment: dt.datetime) -> ox.Literal:
    return ox.Literal(moment.isoformat(timespec="seconds"), datatype=iri(XSD.dateTime))


def _count(summary: BuildSummary, extraction: Extraction) -> None:
    summary.articles += 1
    summary.mentions += len(extraction.mentions)
    summary.events += len(extraction.events)
    summary.entities |= {e.key for e in extraction.entities}
