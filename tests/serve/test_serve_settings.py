"""ServeSettings: defaults, validation, and the mapping from ``kg serve``'s options."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from kg.serve import ServeSettings


def test_defaults() -> None:
    settings = ServeSettings(store_dir=Path("kg-store"))
    assert (settings.host, settings.port, settings.timeout, settings.token, settings.workers) == (
        "127.0.0.1",
        8000,
        30.0,
        None,
        2,
    )
    assert settings.allowed_services == ("https://query.wikidata.org/sparql",)
    assert settings.union_default_graph and not settings.writable


def test_from_cli_options() -> None:
    args = argparse.Namespace(
        store=Path("/data/kg"),
        host="0.0.0.0",
        port=9000,
        timeout=5.0,
        token="t",
        cors_origin=["https://a.example"],
        allow_service=None,
    )
    settings = ServeSettings.from_cli(args)
    assert settings.store_dir == Path("/data/kg") and settings.port == 9000 and settings.writable
    assert settings.cors_origins == ("https://a.example",)
    assert settings.allowed_services == ("https://query.wikidata.org/sparql",)
    none = ServeSettings.from_cli(argparse.Namespace(store=None, allow_service=[]))
    assert none.allowed_services == () and none.port == 8000


def test_invalid_values_are_refused() -> None:
    with pytest.raises(ValueError):
        ServeSettings(store_dir=Path("x"), timeout=0)
