"""The RDF of link candidates and decisions, in the store's links graph (``kg.namespaces.LINKS_GRAPH``)::

    <https://w3id.org/kg-syria/id/link/person/bashar-al-assad/Q44329> a kg:LinkCandidate ;
        kg:candidateFor kge:person/bashar-al-assad ; kg:candidate wd:Q44329 ;
        kg:candidateLabel "Bashar al-Assad"@en ; kg:score 0.987 ;
        kg:linkStatus kg:Proposed ; kg:proposedAt "2025-06-01T12:00:00+00:00"^^xsd:dateTime .

A decision sets kg:linkStatus to kg:Accepted or kg:Rejected and adds kg:decidedAt; an accepted one also
states ``kge:person/bashar-al-assad owl:sameAs wd:Q44329`` in the same graph, so a query over the union of
the graphs sees it like a curated link. No build touches this graph: decisions survive rebuilds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import pyoxigraph as ox

from ..namespaces import ENTITY, KG, LINKS_GRAPH, OWL, RDF, XSD, link_candidate_iri, wikidata_iri
from ..rdf.terms import decimal, iri, text, triple
from ..store.oxigraph import replace_descriptions
from .candidates import qid_of
from .records import Candidate, Decision, LinkStatus

_DECISION_PREDICATES = (KG.linkStatus, KG.decidedAt)


def candidate_node(entity: str, qid: str) -> ox.NamedNode:
    return iri(link_candidate_iri(entity.removeprefix(ENTITY), qid))


def candidate_triples(candidate: Candidate, proposed_at: dt.datetime) -> list[ox.Triple]:
    node = candidate_node(candidate.entity, candidate.qid)
    return [
        *_identity(node, candidate.entity, candidate.qid),
        triple(node, KG.candidateLabel, text(candidate.label, candidate.label_lang)),
        triple(node, KG.score, decimal(candidate.score)),
        triple(node, KG.linkStatus, iri(candidate.status.iri)),
        triple(node, KG.proposedAt, _timestamp(proposed_at)),
    ]


def _identity(node: ox.NamedNode, entity: str, qid: str) -> list[ox.Triple]:
    return [
        triple(node, RDF.type, iri(KG.LinkCandidate)),
        triple(node, KG.candidateFor, iri(entity)),
        triple(node, KG.candidate, iri(wikidata_iri(qid))),
    ]


def write_proposals(store: ox.Store, candidates: Sequence[Candidate], proposed_at: dt.datetime) -> int:
    """Replace every proposed candidate of the links graph by ``candidates``, in one transaction;
    accepted and rejected ones stay. Returns the number of triples written."""
    triples = [t for c in candidates for t in candidate_triples(c, proposed_at)]
    nodes = {*proposed_nodes(store), *(candidate_node(c.entity, c.qid) for c in candidates)}
    replace_descriptions(store, LINKS_GRAPH, sorted(nodes, key=str), triples)
    return len(triples)


def write_decision(store: ox.Store, decision: Decision) -> None:
    """Record ``decision`` on its candidate (keeping its score and label) and set the entity's owl:sameAs in
    the links graph: the QID when accepted, no longer it when rejected. Accepting drops the entity's other
    proposed candidates. One transaction."""
    node, entity = candidate_node(decision.entity, decision.qid), iri(decision.entity)
    accepted = decision.status is LinkStatus.ACCEPTED
    same_as = {decision.qid} if accepted else set(accepted_qids(store, decision.entity)) - {decision.qid}
    kept = [t for t in _described(store, node) if t.predicate.value not in _DECISION_PREDICATES]
    triples = [
        *dict.fromkeys([*_identity(node, decision.entity, decision.qid), *kept]),
        triple(node, KG.linkStatus, iri(decision.status.iri)),
        triple(node, KG.decidedAt, _timestamp(decision.decided_at)),
        *(triple(entity, OWL.sameAs, iri(wikidata_iri(q))) for q in sorted(same_as)),
    ]
    others = proposed_nodes(store, decision.entity) if accepted else []
    replace_descriptions(store, LINKS_GRAPH, [node, entity, *others], triples)


def proposed_nodes(store: ox.Store, entity: str | None = None) -> list[ox.NamedNode]:
    """The proposed candidates of the links graph (of one entity, when given)."""
    nodes = _subjects(store, KG.linkStatus, iri(KG.Proposed))
    if entity is None:
        return nodes
    return [n for n in nodes if _value(store, n, KG.candidateFor) == entity]


def accepted_qids(store: ox.Store, entity: str) -> list[str]:
    """The Wikidata items the links graph says ``entity`` is (owl:sameAs)."""
    quads = store.quads_for_pattern(iri(entity), iri(OWL.sameAs), None, iri(LINKS_GRAPH))
    objects = (q.object for q in quads)
    return sorted(q for o in objects if isinstance(o, ox.NamedNode) and (q := qid_of(o.value)))


def read_decisions(store: ox.Store) -> tuple[Decision, ...]:
    """Every accepted or rejected candidate of the links graph, sorted by entity and QID."""
    found = [d for status in (LinkStatus.ACCEPTED, LinkStatus.REJECTED)
             for node in _subjects(store, KG.linkStatus, iri(status.iri))
             if (d := _decision(store, node, status)) is not None]
    return tuple(sorted(found, key=lambda d: (d.entity, d.qid)))


def _decision(store: ox.Store, node: ox.NamedNode, status: LinkStatus) -> Decision | None:
    entity, item = _value(store, node, KG.candidateFor), _value(store, node, KG.candidate)
    qid, when = qid_of(item or ""), _value(store, node, KG.decidedAt)
    if entity is None or qid is None:
        return None
    decided_at = dt.datetime.fromisoformat(when) if when else dt.datetime.fromtimestamp(0, dt.UTC)
    return Decision(entity, qid, status, decided_at)


def _subjects(store: ox.Store, predicate: str, obj: ox.NamedNode) -> list[ox.NamedNode]:
    quads = store.quads_for_pattern(None, iri(predicate), obj, iri(LINKS_GRAPH))
    return sorted({q.subject for q in quads if isinstance(q.subject, ox.NamedNode)}, key=str)


def _described(store: ox.Store, node: ox.NamedNode) -> Iterator[ox.Triple]:
    return (q.triple for q in store.quads_for_pattern(node, None, None, iri(LINKS_GRAPH)))


def _value(store: ox.Store, node: ox.NamedNode, predicate: str) -> str | None:
    objects = (q.object for q in store.quads_for_pattern(node, iri(predicate), None, iri(LINKS_GRAPH)))
    return next((o.value for o in objects if isinstance(o, ox.NamedNode | ox.Literal)), None)


def _timestamp(moment: dt.datetime) -> ox.Literal:
    return ox.Literal(moment.astimezone(dt.UTC).isoformat(timespec="seconds"), datatype=iri(XSD.dateTime))
