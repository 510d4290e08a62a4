"""Every IRI and prefix kg uses, defined once.

Ontology terms keep their OWL names (``kg:ArmedGroup``, ``kg:hasGovernorate``); Python code refers to them
through these constants so that a renamed term is a one-line change here plus the Turtle in ``ontology/``.
Values are plain strings: the rdf and store layers turn them into pyoxigraph terms.
"""

from __future__ import annotations

from typing import Final

BASE: Final = "https://w3id.org/kg-syria/"


class Namespace(str):
    """An IRI prefix; ``NS.term`` and ``NS["term"]`` give the full IRI of a term."""

    __slots__ = ()

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self + name

    def __getitem__(self, name: str) -> str:  # type: ignore[override]
        return self + name


KG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
ENTITY = Namespace(ID + "entity/")
ARTICLE = Namespace(ID + "article/")
EVENT = Namespace(ID + "event/")
GRAPH = Namespace(ID + "graph/")
ACLED = Namespace(BASE + "acled/")

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
WGS84 = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SH = Namespace("http://www.w3.org/ns/shacl#")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
CAMEO = Namespace("http://eventdata.parusanalytics.com/cameo/")

PREFIXES: Final[dict[str, str]] = {
    "kg": KG,
    "kgid": ID,
    "kge": ENTITY,
    "kga": ARTICLE,
    "kgev": EVENT,
    "acled": ACLED,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "prov": PROV,
    "sem": SEM,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "wgs84": WGS84,
    "geo": GEO,
    "sh": SH,
    "void": VOID,
    "wd": WD,
    "wdt": WDT,
}

# Named graphs of the store. Each article has its own graph (article_graph); the rest are shared.
ONTOLOGY_GRAPH: Final = GRAPH + "ontology"
ENTITIES_GRAPH: Final = GRAPH + "entities"
WIKIDATA_GRAPH: Final = GRAPH + "wikidata"
PLACES_GRAPH: Final = GRAPH + "places"
BUILD_GRAPH: Final = GRAPH + "build"


def article_graph(article_id: str) -> str:
    """The named graph that holds everything extracted from one article."""
    return GRAPH + "article/" + article_id


def article_iri(article_id: str) -> str:
    return ARTICLE + article_id


def span_iri(article_id: str, start: int, end: int) -> str:
    """A NIF/RFC 5147 fragment IRI for the characters ``[start, end)`` of an article's text."""
    return f"{ARTICLE}{article_id}#char={start},{end}"


def entity_iri(key: str) -> str:
    return ENTITY + key


def event_iri(article_id: str, key: str) -> str:
    return f"{EVENT}{article_id}/{key}"


def wikidata_iri(qid: str) -> str:
    return WD + qid


def sparql_prefixes() -> str:
    """PREFIX declarations for every namespace above, for queries written in Python-free .rq files."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


# Wikidata link candidates and the decisions on them (``kg link``), in a graph no build touches.
LINKS_GRAPH: Final = GRAPH + "links"
LINK = Namespace(ID + "link/")


def link_candidate_iri(entity_key: str, qid: str) -> str:
    """The node that proposes Wikidata item ``qid`` for the entity at ``kge:<entity_key>``."""
    return f"{LINK}{entity_key}/{qid}"
