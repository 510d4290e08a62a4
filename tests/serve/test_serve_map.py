"""The map and timeline page (/map): media types, bundled outlines, gallery, attribution, local assets only."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from kg.resources import queries_dir
from kg.serve.examples import load_examples, read_example, with_prefix_declarations
from kg.serve.routers.maps import gallery_entry

STATIC = Path(__file__).resolve().parents[2] / "kg" / "serve" / "static"
SCRIPTS = ("/static/viz/svg.js", "/static/viz/map.js", "/static/viz/timeline.js", "/static/viz/page.js")
EXTERNAL_ASSET = re.compile(r"""src=["'](?:https?:)?//|<link[^>]+rel=["']stylesheet["'][^>]+href=["'](?:https?:)?//""")
OUTLINES = {"syria": ("syria_governorates.geojson", 14), "iraq": ("iraq_governorates.geojson", 19)}


def test_map_page_and_assets_have_the_right_media_types(client) -> None:
    page = client.get("/map")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for script in SCRIPTS:
        response = client.get(script)
        assert response.status_code == 200 and "javascript" in response.headers["content-type"], script
        assert script in page.text
    css = client.get("/static/viz/viz.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    for name, (filename, regions) in OUTLINES.items():
        response = client.get(f"/map/geo/{name}")
        assert response.status_code == 200 and response.headers["content-type"] == "application/geo+json"
        assert response.content == (STATIC / "geo" / filename).read_bytes()
        features = response.json()["features"]
        assert sum(f["properties"]["placetype"] == "region" for f in features) == regions
    assert client.get("/map/geo/turkey").status_code == 404


def test_map_page_uses_only_local_assets_and_shows_the_attribution(client) -> None:
    page = client.get("/map").text
    assert not EXTERNAL_ASSET.search(page)
    assert "Who's On First" in page and 'href="http://whosonfirst.mapzen.com#License"' in page
    assert "GeoNames" in page and "Quattroshapes" in page and "GeoPlanet" in page
    assert 'href="/map"' in client.get("/").text  # the main page links to the map


def test_map_page_offers_the_whole_gallery(client) -> None:
    page = client.get("/map").text
    for example in load_examples():
        assert page.count(f'<option value="{example.name}"') == 2, example.name  # map and timeline pickers
    assert '<option value="map_events" selected>' in page
    assert '<option value="timeline_events" selected>' in page
    config = json.loads(page.split('id="kg-viz-config">', 1)[1].split("</script>", 1)[0])
    assert config["endpoint"] == "/sparql" and config["mapQuery"] == "map_events"
    assert {e["name"] for e in config["examples"]} == {p.stem for p in queries_dir().glob("*.rq")}


def test_gallery_hints_follow_the_query_variables() -> None:
    map_events = gallery_entry(read_example(queries_dir() / "map_events.rq"))
    timeline_events = gallery_entry(read_example(queries_dir() / "timeline_events.rq"))
    assert map_events["map"] and map_events["timeline"]
    assert timeline_events["timeline"] and not timeline_events["map"]


def test_viz_scripts_fetch_nothing_remote() -> None:
    for script in SCRIPTS:
        text = (STATIC / script.removeprefix("/static/")).read_text()
        assert "https://" not in text, script
        assert text.count("http://") == text.count('"http://www.w3.org/2000/svg"'), script  # the SVG namespace


def test_bundled_outlines_are_the_recorded_files() -> None:
    readme = (STATIC / "geo" / "README.md").read_text()
    assert "CC BY" in readme and "whosonfirst.mapzen.com#License" in readme
    for filename, _ in OUTLINES.values():
        digest = hashlib.sha256((STATIC / "geo" / filename).read_bytes()).hexdigest()
        assert f"`{filename}`" in readme and digest in readme, filename


@pytest.mark.parametrize("name", ["map_events", "timeline_events"])
def test_map_and_timeline_queries_are_complete_and_run(client, name) -> None:
    path = queries_dir() / f"{name}.rq"
    text = path.read_text()
    keys = [m.group(1) for m in re.finditer(r"^# (\w+):", text, re.MULTILINE)]
    assert keys == ["title", "description", "parameters"]
    assert with_prefix_declarations(text) == text  # every prefix it uses is declared
    response = client.post("/sparql", data={"query": text}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200
    columns = set(response.json()["head"]["vars"])
    assert {"event", "event_type", "type_label", "date", "date_precision"} <= columns
    assert ({"lat", "long", "place"} <= columns) == (name == "map_events")
