"""Fixtures of the server tests: a small store in kg's layout, an in-process client, live servers."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from serve_fixture_store import build_fixture_store

from kg.serve import ServeSettings, create_app

TOKEN = "s3cret-token"
ALLOWED_ORIGIN = "https://research.example.org"
CLIENT_SETTINGS: dict[str, Any] = {
    "timeout": 20,
    "cors_origins": (ALLOWED_ORIGIN,),
    "max_request_bytes": 64 * 1024,
    "ui_result_limit": 3,
}
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_fixture_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="session")
def client(store_dir: Path) -> Iterator[TestClient]:
    """A read-only server over the fixture store, in process (its query workers are real processes)."""
    with TestClient(create_app(ServeSettings(store_dir=store_dir, **CLIENT_SETTINGS))) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def writable_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A server started with a token over its own copy of the fixture store."""
    store = build_fixture_store(tmp_path_factory.mktemp("writable") / "store")
    with TestClient(create_app(ServeSettings(store_dir=store, token=TOKEN, timeout=20))) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_RUN = """
import json, sys
from pathlib import Path
from kg.serve import ServeSettings, run_server
options = json.loads(sys.argv[1])
options = {k: tuple(v) if isinstance(v, list) else v for k, v in options.items()}
run_server(ServeSettings(store_dir=Path(options.pop("store_dir")), **options))
"""


def wait_until_up(url: str, process: subprocess.Popen[bytes], deadline_s: float = 60) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server at {url} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server at {url} did not come up in {deadline_s} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@contextmanager
def live_server(store: Path, **options: Any) -> Iterator[str]:
    """``kg serve`` in a child process on a free port; yields its base URL (ending in /)."""
    port = free_port()
    options = {"store_dir": str(store), "port": port, "log_level": "warning", **options}
    process = subprocess.Popen([sys.executable, "-c", _RUN, json.dumps(options)], env={**os.environ})
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url + "sparql?query=ASK%7B%7D", process)
        yield url
    finally:
        stop(process)


@pytest.fixture(scope="module")
def live_url(store_dir: Path) -> Iterator[str]:
    with live_server(store_dir, timeout=20) as url:
        yield url


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (never ``playwright install``). Missing, it fails the test
    under CI=true and skips it elsewhere."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install -y chromium (the browser test needs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
