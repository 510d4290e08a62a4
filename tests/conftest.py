"""Fixtures shared across test modules: the seed articles built once into a store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.build import BuildSummary, build
from kg.catalog import load_catalog
from kg.extraction import extract_article
from kg.nlp import Pipelines
from kg.records import Article, Extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildSummary]:
    """The four seed articles built into a fresh store (read-only for the tests that use it)."""
    store_dir = tmp_path_factory.mktemp("seed-store")
    return store_dir, build([SEEDS], store_dir)


@pytest.fixture(scope="session")
def seed_store_dir(seed_build: tuple[Path, BuildSummary]) -> Path:
    return seed_build[0]


@pytest.fixture(scope="session")
def pipelines() -> Pipelines:
    """The catalogue and the per-language pipelines, made once (a few seconds)."""
    return Pipelines(load_catalog())


@pytest.fixture(scope="session")
def extract(pipelines: Pipelines) -> Callable[..., Extraction]:
    """Run the whole extraction on a short text: ``extract(text, lang="en", published="2019-02-12")``."""

    def run(text: str, lang: str = "en", published: str | None = "2019-02-12") -> Extraction:
        article = Article(id="t", text=text, lang=lang,
                          published=dt.date.fromisoformat(published) if published else None)
        return extract_article(article, pipelines, pipelines.catalog)

    return run
