"""The decisions file: accepted and rejected links as a sorted, tab-separated text file that a team can
commit, review and diff, and that ``kg link`` re-applies to any store (a fresh one included)::

    entity	qid	decision	decided_at
    person/bashar-al-assad	Q44329	accepted	2025-06-01T12:00:00+00:00
    settlement/damasco	Q3766	rejected	2025-06-01T12:05:00+00:00

``entity`` is the key after ``https://w3id.org/kg-syria/id/entity/``; one row per entity and QID, the later
decision replacing the earlier.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError, LinkError
from .identifiers import entity_iri_of, normalise_qid
from .records import Decision, LinkStatus

HEADER = ("entity", "qid", "decision", "decided_at")
DECIDED = (LinkStatus.ACCEPTED, LinkStatus.REJECTED)


def read_decision_file(path: Path) -> list[tuple[int, Decision]]:
    """The decisions of the file with their line numbers; none when the file does not exist."""
    if not path.exists():
        return []
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            lines = list(csv.reader(fh, delimiter="\t"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the decisions file: {exc}") from exc
    if not lines or tuple(lines[0]) != HEADER:
        raise InputError(str(path), f"a decisions file starts with the header {' '.join(HEADER)}", line=1)
    return [(n, _decision(path, n, row)) for n, row in enumerate(lines[1:], start=2) if any(row)]


def _decision(path: Path, line: int, row: list[str]) -> Decision:
    if len(row) != len(HEADER):
        raise InputError(str(path), f"expected {len(HEADER)} tab-separated fields, found {len(row)}", line)
    key, qid, decision, decided_at = (v.strip() for v in row)
    statuses = {s.value: s for s in DECIDED}
    if decision not in statuses:
        raise InputError(str(path), "must be 'accepted' or 'rejected'", line, "decision")
    try:
        when = dt.datetime.fromisoformat(decided_at)
    except ValueError as exc:
        raise InputError(str(path), "must be an ISO 8601 date and time", line, "decided_at") from exc
    try:
        entity, item = entity_iri_of(key), normalise_qid(qid)
    except LinkError as exc:
        raise InputError(str(path), str(exc), line) from exc
    return Decision(entity, item, statuses[decision], when if when.tzinfo else when.replace(tzinfo=dt.UTC))


def write_decision_file(path: Path, decisions: Iterable[Decision]) -> None:
    """Write ``decisions`` sorted by entity and QID; the file is replaced whole, never half-written."""
    rows = sorted((d.entity_key, d.qid, d.status.value, _timestamp(d.decided_at)) for d in decisions)
    partial = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with partial.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
            writer.writerows([HEADER, *rows])
        os.replace(partial, path)
    except OSError as exc:
        raise InputError(str(path), f"cannot write the decisions file: {exc.strerror or exc}") from exc


def update_decision_file(path: Path, decision: Decision) -> None:
    """Add ``decision`` to the file, replacing any earlier decision on the same entity and QID."""
    kept = [d for _, d in read_decision_file(path) if (d.entity, d.qid) != (decision.entity, decision.qid)]
    write_decision_file(path, [*kept, decision])


def _timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")
