"""Dumps: deterministic, parseable by rdflib and pyoxigraph, and a faithful copy of the store."""

from __future__ import annotations

import io
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.cli import main
from kg.store import open_store
from kg.store.export import ExportFormat, export_store, union_triples
from kg.validation import validate_store


def _export(store_dir: Path, fmt: ExportFormat) -> bytes:
    out = io.BytesIO()
    export_store(open_store(store_dir, read_only=True), fmt, out)
    return out.getvalue()


def test_turtle_export_round_trips(seed_store_dir: Path) -> None:
    data = _export(seed_store_dir, ExportFormat.TURTLE)
    assert data.startswith(b"@prefix")
    parsed = rdflib.Graph().parse(data=data, format="turtle")
    expected = rdflib.Graph().parse(
        data=ox.serialize(union_triples(open_store(seed_store_dir, read_only=True)), format=ox.RdfFormat.N_TRIPLES),
        format="nt",
    )
    assert isomorphic(parsed, expected)
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == len(expected)


@pytest.mark.parametrize("fmt", [ExportFormat.TRIG, ExportFormat.NQUADS])
def test_dataset_exports_keep_every_quad(seed_store_dir: Path, fmt: ExportFormat) -> None:
    data = _export(seed_store_dir, fmt)
    quads = set(ox.parse(data, format=fmt.rdf_format))
    assert quads == set(open_store(seed_store_dir, read_only=True))
    dataset = rdflib.Dataset().parse(data=data, format="trig" if fmt is ExportFormat.TRIG else "nquads")
    assert len(dataset) == len(quads)


def test_exports_are_deterministic(seed_store_dir: Path) -> None:
    for fmt in ExportFormat:
        assert _export(seed_store_dir, fmt) == _export(seed_store_dir, fmt)


def test_export_command_writes_a_file(seed_store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "dump.jsonld"
    assert main(["export", "--store", str(seed_store_dir), "--format", "jsonld", "-o", str(target)]) == 0
    assert len(rdflib.Dataset().parse(target, format="json-ld")) > 1000


def test_seed_build_is_shacl_valid(seed_store_dir: Path) -> None:
    report = validate_store(open_store(seed_store_dir, read_only=True))
    assert report.conforms, "\n".join(f"{v.focus_node}: {v.message}" for v in report.violations[:20])
