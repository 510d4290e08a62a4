"""``kg link``: propose ranked Wikidata candidates for every entity of the store without a link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..store.query import Table
from .candidates import find_items
from .decisions import apply_decision_file
from .endpoint import Endpoint
from .graph import read_decisions, write_proposals
from .records import Candidate, LinkStatus
from .scoring import rank
from .subjects import unlinked_subjects

DEFAULT_LIMIT = 3
TABLE_COLUMNS = ("entity", "label", "rank", "candidate", "candidate_label", "score", "status")


@dataclass(frozen=True)
class Proposals:
    """What a run of :func:`propose_links` did."""

    candidates: tuple[Candidate, ...]
    entities: int  # entities without a link that were looked up
    applied: int = 0  # decisions taken over from the decisions file

    @property
    def entities_with_candidates(self) -> int:
        return len({c.entity for c in self.candidates})


def propose_links(store: ox.Store, endpoint: Endpoint, *, limit: int = DEFAULT_LIMIT,
                  decisions_file: Path | None = None, now: dt.datetime | None = None) -> Proposals:
    """Look up every unlinked entity of ``store`` at ``endpoint``, keep its ``limit`` best candidates
    (never a rejected one) and replace the proposed candidates of the links graph by them.

    Proposals are written only after every query succeeded: a network error leaves them as they were.
    """
    applied = apply_decision_file(store, decisions_file) if decisions_file is not None else 0
    rejected = {(d.entity, d.qid) for d in read_decisions(store) if d.status is LinkStatus.REJECTED}
    subjects = unlinked_subjects(store)
    found = find_items(endpoint, subjects)
    candidates = tuple(
        candidate
        for subject in subjects
        for candidate in rank(
            subject, [i for i in found.get(subject.iri, ()) if (subject.iri, i.qid) not in rejected], limit))
    write_proposals(store, candidates, now or dt.datetime.now(dt.UTC))
    return Proposals(candidates, len(subjects), applied)


def candidate_table(candidates: Sequence[Candidate]) -> Table:
    """The candidates as a table, best-scored entities first and each entity's candidates in rank order."""
    best: dict[str, float] = {}
    for c in candidates:
        best[c.entity] = max(best.get(c.entity, 0.0), c.score)
    ordered = sorted(candidates, key=lambda c: (-best[c.entity], c.entity, c.rank))
    return Table(TABLE_COLUMNS, tuple(
        (c.entity_key, c.entity_label, str(c.rank), c.qid, c.label, f"{c.score:.3f}", c.status.value)
        for c in ordered))
