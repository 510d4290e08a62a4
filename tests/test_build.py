"""Building the graph: summaries, bad inputs, atomic replacement of an article's graph, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildSummary, build
from kg.cli import main
from kg.errors import StoreError
from kg.namespaces import article_graph
from kg.store import open_store

GOOD = "The Syrian Democratic Forces captured the village of Hajin from ISIS on Tuesday, the SDF said."


def _article(folder: Path, name: str, text: str, **meta: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    sidecar = {"id": name, "lang": "en", "published": "2018-11-22", **meta}
    (folder / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return folder / f"{name}.txt"


def _graph(store_dir: Path, article_id: str) -> set[str]:
    store = open_store(store_dir, read_only=True)
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(article_graph(article_id)))}


def test_seed_build_summary(seed_build: tuple[Path, BuildSummary]) -> None:
    _, summary = seed_build
    assert summary.articles == 4 and summary.failed == 0
    assert summary.mentions > 100 and summary.events > 10 and summary.triples > 1000


def test_bad_inputs_are_reported_and_the_rest_is_built(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = tmp_path / "in"
    _article(inputs, "good", GOOD)
    (inputs / "broken.txt").write_bytes(b"caf\xe9 in Raqqa")
    (inputs / "lines.jsonl").write_text('{"id": "ok-line", "text": "' + GOOD + '"}\n{"id": 5, "text": "x"}\nnot json\n')
    (inputs / "empty.txt").write_text("   \n")
    store = tmp_path / "store"
    assert main(["build", "--store", str(store), "--quiet", str(inputs)]) == 1
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err and "lines.jsonl:2" in captured.err and "lines.jsonl:3" in captured.err
    assert "empty.txt" in captured.err
    assert "built 2 articles" in captured.out
    assert _graph(store, "good") and _graph(store, "ok-line")


def test_rebuilding_an_article_replaces_its_graph(tmp_path: Path) -> None:
    inputs, store = tmp_path / "in", tmp_path / "store"
    _article(inputs, "a1", GOOD)
    build([inputs], store)
    before = _graph(store, "a1")
    _article(inputs, "a1", "Russian jets bombed Idlib on Monday.")
    build([inputs], store)
    after = _graph(store, "a1")
    assert before and after and not any("Hajin" in t for t in after)


def test_a_failed_write_leaves_the_old_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs, store = tmp_path / "in", tmp_path / "store"
    _article(inputs, "a1", GOOD)
    build([inputs], store)
    before = _graph(store, "a1")
    _article(inputs, "a1", "Russian jets bombed Idlib on Monday.")
    _article(inputs, "a2", GOOD)

    def failing_replace(store_: ox.Store, graph: str, triples: object) -> int:
        if graph == article_graph("a1"):
            raise StoreError("disk full")
        from kg.store.oxigraph import replace_graph

        return replace_graph(store_, graph, triples)  # type: ignore[arg-type]

    monkeypatch.setattr("kg.build.replace_graph", failing_replace)
    summary = build([inputs], store)
    assert summary.failed == 1 and "disk full" in str(summary.problems[0])
    assert _graph(store, "a1") == before
    assert _graph(store, "a2")


def test_building_twice_gives_the_same_article_graphs(tmp_path: Path) -> None:
    stores = [tmp_path / "one", tmp_path / "two"]
    for store in stores:
        build([Path("seeds")], store)
    for article_id in ("000_43084d2398bc9209", "002_a8295b339c5667c5"):
        assert _graph(stores[0], article_id) == _graph(stores[1], article_id)
