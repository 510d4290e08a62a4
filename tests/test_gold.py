"""The extractor against the hand-checked gold answers for the seed articles (tests/gold/seeds.json),
scored by the team's scorer on the CSV output of `kg entities` and `kg events`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

GOLD = Path(__file__).resolve().parent / "gold"


def _csv(command: str, store: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main([command, "--store", str(store), "--format", "csv"]) == 0
    out.write_text(capsys.readouterr().out, encoding="utf-8")
    return out


def _score(tmp_path: Path, option: str, csv_path: Path) -> tuple[dict, str]:
    report = tmp_path / "score.json"
    result = subprocess.run(
        [sys.executable, str(GOLD / "score_extraction.py"), "--gold", str(GOLD / "seeds.json"),
         "--aliases", str(GOLD / "entities.tsv"), option, str(csv_path), "--json", str(report), "--verbose"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(report.read_text()), result.stdout + result.stderr


def test_entity_links_match_gold(seed_store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scores, log = _score(tmp_path, "--entities", _csv("entities", seed_store_dir, tmp_path / "e.csv", capsys))
    print(log)  # the misses, per article, when the test fails
    entities = scores["entities"]
    assert entities["r"] >= 0.95, log
    assert entities["p"] >= 0.95, log


def test_events_match_gold(seed_store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scores, log = _score(tmp_path, "--events", _csv("events", seed_store_dir, tmp_path / "ev.csv", capsys))
    print(log)  # a per-event diff: missed gold events, extra system events, wrong dates
    events = scores["events"]
    assert events["r"] >= 0.85, log
    assert events["p"] >= 0.80, log
    assert events["dates_ok"] >= 0.9 * events["dates_n"], log
