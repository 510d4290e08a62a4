"""The query page: bundled YASGUI (no CDN), examples from queries/, local autocompletion data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.resources import queries_dir
from kg.serve.examples import load_examples, with_prefix_declarations

STATIC = Path(__file__).resolve().parents[2] / "kg" / "serve" / "static"
EXTERNAL = re.compile(r"""(?:src|href)=["'](?:https?:)?//""")


def test_index_uses_only_local_assets(client) -> None:
    response = client.get("/")
    assert response.status_code == 200 and "/static/vendor/yasgui/yasgui.min.js" in response.text
    assert not EXTERNAL.search(response.text)
    for asset in (
        "/static/vendor/yasgui/yasgui.min.js",
        "/static/vendor/yasgui/yasgui.min.css",
        "/static/ui.js",
        "/static/kg.css",
    ):
        assert client.get(asset).status_code == 200, asset


def test_bundled_yasgui_is_recorded_with_its_license() -> None:
    assert '"@zazuko/yasgui": "4.6.2"' in (STATIC / "package.json").read_text()
    assert "MIT" in (STATIC / "vendor" / "yasgui" / "LICENSE").read_text()


def test_ui_script_switches_off_remote_lookups() -> None:
    script = (STATIC / "ui.js").read_text()
    assert 'prefixCcApi: "/api/prefixes"' in script and "/api/terms" in script
    assert "http://" not in script and "https://" not in script


def test_examples_come_from_the_queries_folder(client) -> None:
    examples = client.get("/api/examples").json()
    assert {e["name"] for e in examples} == {p.stem for p in queries_dir().glob("*.rq")}
    assert all(e["title"] and e["query"] for e in examples)
    page = client.get("/").text
    assert all(f'data-name="{e["name"]}"' in page for e in examples)


OWN_EXAMPLES = {"entities_with_wikidata", "events_by_date"}


@pytest.mark.parametrize("example", load_examples(), ids=lambda e: e.name)
def test_every_example_runs(client, example) -> None:
    """Examples are one click away in the UI, so they must run as they are (the server's own examples
    must answer 200; others at least must not break the server)."""
    response = client.post("/sparql", data={"query": example.query})
    assert response.status_code == 200 if example.name in OWN_EXAMPLES else response.status_code < 500


def test_missing_prefix_declarations_are_added_for_the_editor() -> None:
    text = with_prefix_declarations(
        "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nSELECT * { ?s kg:x owl:y }"
    )
    assert (
        text.startswith("PREFIX kg: <https://w3id.org/kg-syria/ontology#>\n")
        and text.count("PREFIX owl:") == 1
    )


def test_autocompletion_data(client) -> None:
    assert client.get("/api/prefixes").json()["kge"] == "https://w3id.org/kg-syria/id/entity/"
    classes = client.get("/api/terms", params={"kind": "class", "q": "armed"}).json()
    assert classes == ["https://w3id.org/kg-syria/ontology#ArmedGroup"]
    assert (
        "https://w3id.org/kg-syria/ontology#initiator"
        in client.get("/api/terms", params={"q": "init"}).json()
    )
    assert client.get("/api/terms", params={"kind": "nope"}).status_code == 400
