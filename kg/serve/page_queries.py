"""The queries behind an IRI's page, run in a worker: properties, labels, events and roles, sentences."""

from __future__ import annotations

import pyoxigraph as ox

from ..namespaces import ITSRDF, KG, NIF, OWL, RDF, RDFS, SCHEMA, SKOS, WD
from .jobs import Cell, PageJob
from .resource_view import EventRole, Label, Link, PageData, Property, Sentence, Value, split_sentence

LABEL_PREDICATES = (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SCHEMA.name)
MAX_SENTENCES = 50
_PREFIXES = {"rdfs": str(RDFS), "skos": str(SKOS), "kg": str(KG), "nif": str(NIF), "itsrdf": str(ITSRDF)}

_OUTGOING = """SELECT ?p ?o (SAMPLE(?l) AS ?label) WHERE {
  <%(iri)s> ?p ?o .
  OPTIONAL { ?o rdfs:label|skos:prefLabel ?l FILTER(LANGMATCHES(LANG(?l), "en") || LANG(?l) = "") }
} GROUP BY ?p ?o ORDER BY ?p ?o"""

_EVENTS = """SELECT ?event ?role (SAMPLE(?el) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?tl) AS ?typeLabel)
       (SAMPLE(?d) AS ?date) WHERE {
  ?event ?role <%(iri)s> ; a kg:Event .
  OPTIONAL { ?event rdfs:label ?el }
  OPTIONAL { ?event kg:eventType ?t OPTIONAL { ?t skos:prefLabel ?tl FILTER(LANGMATCHES(LANG(?tl), "en")) } }
  OPTIONAL { ?event kg:date ?d }
} GROUP BY ?event ?role ORDER BY ?date ?event"""

# The highlighted spans of a resource: its mentions (entities), its trigger (events), else its evidence; each
# shown inside the nif:Sentence of the same article that contains it.
_SPANS = """{ ?span itsrdf:taIdentRef <%(iri)s> } UNION { <%(iri)s> kg:trigger ?span }
  UNION { <%(iri)s> kg:evidence ?span FILTER NOT EXISTS { <%(iri)s> kg:trigger ?trigger } }"""

_SENTENCES = """SELECT ?span ?context ?begin ?end ?from ?text WHERE {
  { SELECT ?span ?context ?begin ?end (MIN(?sb) AS ?from0) (MIN(?se) AS ?to0) WHERE {
      %(spans)s
      ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?context .
      OPTIONAL { ?sentence a nif:Sentence ; nif:referenceContext ?context ;
                           nif:beginIndex ?sb ; nif:endIndex ?se .
                 FILTER(?sb <= ?begin && ?end <= ?se) }
    } GROUP BY ?span ?context ?begin ?end }
  ?context nif:isString ?doc .
  BIND(COALESCE(?from0, ?begin) AS ?from)
  BIND(SUBSTR(?doc, ?from + 1, COALESCE(?to0, ?end) - ?from) AS ?text)
} ORDER BY ?context ?begin LIMIT %(limit)d"""


def _select(store: ox.Store, query: str) -> list[dict[str, Cell]]:
    from .results_json import solution_cells

    results = store.query(query, prefixes=_PREFIXES, use_default_graph_as_union=True)
    assert isinstance(results, ox.QuerySolutions)
    names = [v.value for v in results.variables]
    return [solution_cells(s, names) for s in results]


def _link(cell: Cell | None, label: Cell | None = None) -> Link | None:
    if cell is None or cell.kind != "iri":
        return None
    return Link(cell.value, label.value if label else "")


def _value(cell: Cell, label: Cell | None) -> Value:
    if cell.kind == "iri":
        return Value(link=Link(cell.value, label.value if label else ""))
    return Value(literal=cell.value, language=cell.language, datatype=cell.datatype)


def _properties(rows: list[dict[str, Cell]]) -> tuple[Property, ...]:
    grouped: dict[str, list[Value]] = {}
    for row in rows:
        grouped.setdefault(row["p"].value, []).append(_value(row["o"], row.get("label")))
    return tuple(Property(Link(p), tuple(values)) for p, values in grouped.items())


def _objects(rows: list[dict[str, Cell]], predicates: tuple[str, ...]) -> list[Cell]:
    return [row["o"] for row in rows if row["p"].value in predicates]


def _events(store: ox.Store, iri: str) -> tuple[EventRole, ...]:
    roles = []
    for row in _select(store, _EVENTS % {"iri": iri}):
        event, role = _link(row["event"], row.get("label")), _link(row["role"])
        if event and role:
            date = row["date"].value if "date" in row else ""
            roles.append(EventRole(event, role, _link(row.get("type"), row.get("typeLabel")), date))
    return tuple(roles)


def _sentences(store: ox.Store, iri: str) -> tuple[Sentence, ...]:
    sentences = []
    spans = _SPANS % {"iri": iri}
    for row in _select(store, _SENTENCES % {"spans": spans, "limit": MAX_SENTENCES}):
        start = int(row["from"].value)
        before, mention, after = split_sentence(
            row["text"].value, int(row["begin"].value) - start, int(row["end"].value) - start)
        article, span = Link(row["context"].value), Link(row["span"].value)
        sentences.append(Sentence(article, span, before, mention, after))
    return tuple(sentences)


def page_data(store: ox.Store, job: PageJob) -> PageData:
    iri = job.iri
    outgoing = _select(store, _OUTGOING % {"iri": iri})
    labels = tuple(Label(c.value, c.language or "") for c in _objects(outgoing, LABEL_PREDICATES))
    types = tuple(Link(c.value) for c in _objects(outgoing, (RDF.type,)) if c.kind == "iri")
    same = _objects(outgoing, (OWL.sameAs, SKOS.exactMatch))
    wikidata = tuple(Link(c.value) for c in same if c.value.startswith(WD))
    is_graph = store.contains_named_graph(ox.NamedNode(iri))
    return PageData(iri, labels, types, wikidata, _properties(outgoing), _events(store, iri),
                    _sentences(store, iri), is_graph)
