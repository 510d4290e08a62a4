"""Accepting and rejecting Wikidata candidates: the checks, the store's links graph and the decisions file.

Decisions live in two places, both surviving ``kg build``:

- the store's links graph (``kg.namespaces.LINKS_GRAPH``), which no build touches: the candidate with its
  status and, for an accepted one, ``owl:sameAs`` on the entity, visible to every query over the union;
- optionally a decisions file (see :mod:`kg.wikilink.decision_file`) that can be committed: ``kg link``
  re-applies it to the store before proposing, so a store built from scratch gets the decisions back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox

from ..errors import LinkError
from ..namespaces import KG, LINKS_GRAPH, OWL
from .candidates import qid_of
from .decision_file import read_decision_file, update_decision_file
from .graph import accepted_qids, read_decisions, write_decision
from .identifiers import entity_iri_of, normalise_qid
from .records import Decision, LinkStatus


def accept_link(store: ox.Store, entity: str, qid: str, *, decisions_file: Path | None = None,
                now: dt.datetime | None = None) -> Decision:
    """Record that ``entity`` (IRI or key) is Wikidata item ``qid``: it gets ``owl:sameAs wd:QID``."""
    return _decide(store, entity, qid, LinkStatus.ACCEPTED, decisions_file, now)


def reject_link(store: ox.Store, entity: str, qid: str, *, decisions_file: Path | None = None,
                now: dt.datetime | None = None) -> Decision:
    """Record that ``entity`` is not ``qid``: kg link never proposes it for the entity again, and an
    earlier acceptance of it is withdrawn."""
    return _decide(store, entity, qid, LinkStatus.REJECTED, decisions_file, now)


def _decide(store: ox.Store, entity: str, qid: str, status: LinkStatus, decisions_file: Path | None,
            now: dt.datetime | None) -> Decision:
    decision = Decision(entity_iri_of(entity), normalise_qid(qid), status, now or dt.datetime.now(dt.UTC))
    if not any(store.quads_for_pattern(ox.NamedNode(decision.entity), ox.NamedNode(KG.reviewStatus), None)):
        raise LinkError(f"the store has no entity {decision.entity_key} ({decision.entity}): give the IRI or "
                        "the key after .../id/entity/ of an entity that 'kg link' lists")
    check_decision(store, decision)
    write_decision(store, decision)
    if decisions_file is not None:
        update_decision_file(decisions_file, decision)
    return decision


def check_decision(store: ox.Store, decision: Decision) -> None:
    """Refuse a decision that would give the entity two Wikidata ids, or that cannot take effect."""
    key = decision.entity_key
    for qid, graph in curated_links(store, decision.entity):
        if decision.status is LinkStatus.ACCEPTED and qid != decision.qid:
            raise LinkError(f"{key} is already linked to wd:{qid} in <{graph}>: change that link at its "
                            "source (ontology/wikidata.ttl or the gazetteer), not with kg link")
        if decision.status is LinkStatus.REJECTED and qid == decision.qid:
            raise LinkError(f"{key} is linked to wd:{qid} in <{graph}>, which kg link cannot withdraw: "
                            "remove it at its source (ontology/wikidata.ttl or the gazetteer)")
    others = [q for q in accepted_qids(store, decision.entity) if q != decision.qid]
    if decision.status is LinkStatus.ACCEPTED and others:
        raise LinkError(f"{key} is already accepted as wd:{others[0]}: run "
                        f"'kg link --reject {key} {others[0]}' first")


def curated_links(store: ox.Store, entity: str) -> list[tuple[str, str]]:
    """(QID, graph) of every owl:sameAs of ``entity`` outside the links graph."""
    quads = store.quads_for_pattern(ox.NamedNode(entity), ox.NamedNode(OWL.sameAs), None, None)
    return sorted((q, quad.graph_name.value) for quad in quads
                  if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value != LINKS_GRAPH
                  and isinstance(quad.object, ox.NamedNode) and (q := qid_of(quad.object.value)))


def apply_decision_file(store: ox.Store, path: Path) -> int:
    """Bring the store's decisions in line with the decisions file (the file wins); rejections first, so
    that a file may replace one accepted id by another. Returns the number of decisions written."""
    current = {(d.entity, d.qid): d.status for d in read_decisions(store)}
    rows = sorted(read_decision_file(path), key=lambda r: r[1].status is LinkStatus.ACCEPTED)
    applied = 0
    for line, decision in rows:
        if current.get((decision.entity, decision.qid)) is decision.status:
            continue
        try:
            check_decision(store, decision)
        except LinkError as exc:
            raise LinkError(f"{path}:{line}: {exc}") from exc
        write_decision(store, decision)
        applied += 1
    return applied


