"""The kg command line: help, tables for people and scripts, and errors as one-line messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ENTITY_COLUMNS = ["article", "entity", "label", "type", "wikidata", "mentions"]
EVENT_COLUMNS = [
    "article", "event", "event_type", "sub_event_type", "date", "date_precision", "place", "place_label",
    "place_wikidata", "actor1", "actor1_wikidata", "actor2", "actor2_wikidata", "operation", "modality",
    "source", "fatalities", "quote", "start", "end", "confidence",
]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("command", ["build", "query", "entities", "events", "export", "validate", "serve"])
def test_every_command_explains_itself(command: str) -> None:
    result = subprocess.run([sys.executable, "-m", "kg", command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "--store" in result.stdout


def test_entities_table(seed_store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "entities", "--store", str(seed_store_dir), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0]) == ENTITY_COLUMNS
    sdf = [r for r in rows if r["wikidata"] == "Q21096224"]
    assert len(sdf) == 4 and all(int(r["mentions"]) >= 1 and r["type"] == "ArmedGroup" for r in sdf)


def test_events_table(seed_store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "events", "--store", str(seed_store_dir), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and list(rows[0])[: len(EVENT_COLUMNS)] == EVENT_COLUMNS
    text = {p.stem: p.read_text(encoding="utf-8") for p in Path("seeds").glob("*.txt")}
    for row in rows:
        assert text[row["article"]][int(row["start"]):int(row["end"])] == row["quote"]
        assert 0 < float(row["confidence"]) <= 1 and row["modality"] in {
            "asserted", "claimed", "unverified", "denied", "expected"}


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(seed_store_dir: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    query = "SELECT ?a WHERE { ?a a kg:Article } ORDER BY ?a"
    code, out, _ = _run(capsys, "query", "--store", str(seed_store_dir), "--format", fmt, query)
    assert code == 0
    if fmt == "json":
        assert len(json.loads(out)) == 4
    else:
        assert out.count("/id/article/") == 4


def test_query_file_and_construct(seed_store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("CONSTRUCT { ?e a kg:Event } WHERE { ?e a kg:Event }")
    code, out, _ = _run(capsys, "query", "--store", str(seed_store_dir), str(rq))
    assert code == 0 and "kg:Event" in out


def test_errors_are_one_line_messages(seed_store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "query", "--store", str(seed_store_dir), "SELECT ?x WHERE {")
    assert code == 2 and err.startswith("kg query: error: malformed query") and "Traceback" not in err
    code, _, err = _run(capsys, "entities", "--store", str(tmp_path / "nowhere"))
    assert code == 2 and "run 'kg build' first" in err
    code, _, err = _run(capsys, "query", "--store", str(seed_store_dir), str(tmp_path / "missing.rq"))
    assert code == 2 and "missing.rq" in err


def test_validate_command(seed_store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "validate", "--store", str(seed_store_dir))
    assert code == 0 and out.strip().endswith("conforms")
