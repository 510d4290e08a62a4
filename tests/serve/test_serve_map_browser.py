"""The map and timeline page in Debian's Chromium, over a store built from the seed articles.

The page must draw the governorate outlines and one marker per event place, with counts that match the
query's results. The timeline must count every dated event, and clicking a bar must filter the map. A
gallery query or an edited query must redraw the panels. The page must fetch nothing from another host.
Screenshots go to test-artifacts/. Without /usr/bin/chromium the tests fail under CI=true and are skipped
elsewhere. Playwright drives the system browser (never ``playwright install``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import ARTIFACTS, live_server

from kg.resources import queries_dir

GEO = Path(__file__).resolve().parents[2] / "kg" / "serve" / "static" / "geo"
PREFIXES = """PREFIX kg: <https://w3id.org/kg-syria/ontology#>
PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
BATTLES = "https://w3id.org/kg-syria/acled/battles"
TIMEOUT_MS = 20_000

pytestmark = pytest.mark.slow



@pytest.fixture(scope="module")
def seed_url(seed_store_dir: Path) -> Iterator[str]:
    """``kg serve`` over the store built from seeds/ (the session's seed build)."""
    with live_server(seed_store_dir, timeout=20) as url:
        yield url


def select(url: str, query: str) -> list[dict[str, str]]:
    response = httpx.post(url + "sparql", data={"query": query},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    response.raise_for_status()
    return [{k: v["value"] for k, v in row.items()} for row in response.json()["results"]["bindings"]]


def number(url: str, query: str) -> int:
    return int(select(url, PREFIXES + query)[0]["n"])


def open_map(browser: Any, url: str) -> tuple[Any, list[str]]:
    """The map page, once both panels have drawn their results and the outlines have loaded."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((url, "data:", "blob:")) else outside.append(r.url))
    page.goto(url + "map")
    for selector in ("#map-panel[data-state=ready]", "#timeline-panel[data-state=ready]",
                     "#map-panel[data-outlines=loaded]"):
        page.wait_for_selector(selector, timeout=TIMEOUT_MS)
    return page, outside


def marker_counts(page: Any) -> list[int]:
    return [int(c) for c in page.eval_on_selector_all("#map g.marker", "gs => gs.map(g => g.dataset.count)")]


def bar_counts(page: Any) -> dict[str, int]:
    pairs = page.eval_on_selector_all("#timeline g.bucket", "gs => gs.map(g => [g.dataset.start, g.dataset.count])")
    return {start: int(count) for start, count in pairs}


def test_map_and_timeline_show_the_seed_events(browser, seed_url) -> None:
    page, outside = open_map(browser, seed_url)

    regions = sum(
        f["properties"]["placetype"] == "region"
        for name in ("syria_governorates.geojson", "iraq_governorates.geojson")
        for f in json.loads((GEO / name).read_text())["features"]
    )
    assert page.locator("#map path.gov").count() == regions == 33
    assert page.locator("#map .country-set.syria path.country").count() == 1
    assert page.locator("#map text.gov-label").count() == 14  # Syria's governorates are labelled

    where = "?e a kg:Event ; kg:eventType ?t ; kg:place ?place . ?place wgs84:lat ?lat ; wgs84:long ?long ."
    places = number(seed_url, f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ {where} }}")
    pairs = number(seed_url, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?e ?place WHERE {{ {where} }} }}")
    counts = marker_counts(page)
    assert places > 10 and len(counts) == places
    assert sum(counts) == pairs  # each marker counts the distinct events at its place
    assert page.locator("#map-panel").get_attribute("data-markers") == str(places)
    assert page.locator("#map g.marker[data-place='https://w3id.org/kg-syria/id/entity/baghuz']").count() == 1

    dated = number(seed_url, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event ; kg:eventType ?t ; kg:date ?d }")
    bars = bar_counts(page)
    assert dated > 10 and sum(bars.values()) == dated
    assert page.locator("#timeline rect.bar.coarse").count() > 0  # month-precision dates on a weekly axis

    types = select(seed_url, PREFIXES + "SELECT DISTINCT ?t WHERE { ?e a kg:Event ; kg:eventType ?t }")
    legend = page.eval_on_selector_all("#legend .legend-item", "bs => bs.map(b => b.dataset.type)")
    assert sorted(legend) == sorted(row["t"].rsplit("/", 1)[-1] for row in types)
    attribution = page.locator("#map-panel .attribution").inner_text()
    assert "Who's On First" in attribution and "GeoNames" in attribution

    page.locator("#map g.marker[data-place$='/palmyra']").hover()
    tooltip = page.locator(".map-frame .tooltip")
    tooltip.wait_for(state="visible")
    assert "Palmyra" in tooltip.inner_text() and "Strategic developments" in tooltip.inner_text()
    page.locator("#map-panel").screenshot(path=str(ARTIFACTS / "serve-map.png"))
    page.locator("#timeline-panel").screenshot(path=str(ARTIFACTS / "serve-timeline.png"))
    page.mouse.move(0, 0)
    page.screenshot(path=str(ARTIFACTS / "serve-map-page.png"), full_page=True)

    # Zoom on the Euphrates valley near Abu Kamal, where the markers crowd together.
    box = page.locator("#map g.marker[data-place$='/hajin']").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(8):
        page.mouse.wheel(0, -120)
        page.wait_for_timeout(50)
    assert page.locator("#map g.marker").count() == places
    assert "Hajin" in page.locator("#map .place-labels").text_content()  # zoomed in, places are named
    page.mouse.move(0, 0)
    page.locator("#map-panel .map-frame").screenshot(path=str(ARTIFACTS / "serve-map-zoomed.png"))
    assert outside == [], f"the map page fetched from outside the server: {outside}"


def test_clicking_a_bar_filters_the_map_and_lists_its_events(browser, seed_url) -> None:
    page, outside = open_map(browser, seed_url)
    all_markers = len(marker_counts(page))
    bars = bar_counts(page)
    start = max(bars, key=lambda s: bars[s])
    bucket = page.locator(f"#timeline g.bucket[data-start='{start}']")
    end = bucket.get_attribute("data-end")
    bucket.click()
    page.wait_for_selector(f"#timeline g.bucket.picked[data-start='{start}']")
    assert "Period:" in page.locator("#filter-text").inner_text()

    where = ("?e a kg:Event ; kg:eventType ?t ; kg:date ?d ; kg:place ?place ."
             " ?place wgs84:lat ?lat ; wgs84:long ?long ."
             f' FILTER(?d >= "{start}"^^xsd:date && ?d < "{end}"^^xsd:date)')
    places = number(seed_url, f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ {where} }}")
    counts = marker_counts(page)
    assert 0 < len(counts) == places < all_markers
    assert page.locator("#details li").count() == bars[start]
    page.mouse.move(0, 0)
    page.screenshot(path=str(ARTIFACTS / "serve-map-filtered.png"), full_page=True)

    page.locator(f"#timeline g.bucket[data-start='{start}']").click()  # a second click clears the pick
    page.wait_for_selector("#timeline g.bucket.picked", state="detached")
    page.select_option("#timeline-unit", "month")
    page.wait_for_selector("#timeline-panel[data-unit=month]")
    assert sum(bar_counts(page).values()) == sum(bars.values())
    assert page.locator("#timeline rect.bar.coarse").count() == 0  # month-precision dates fit month bars
    page.mouse.move(0, 0)
    page.locator("#timeline-panel").screenshot(path=str(ARTIFACTS / "serve-timeline-month.png"))
    page.wait_for_function(f"document.querySelectorAll('#map g.marker').length === {all_markers}")

    page.locator("#legend .legend-item[data-type='battles']").click()  # hide one type everywhere
    page.wait_for_selector("#legend .legend-item[data-type='battles'][aria-pressed='false']")
    assert page.locator("#map .slice[data-type='battles']").count() == 0
    assert page.locator("#timeline .bar[data-type='battles']").count() == 0
    page.locator("#clear-filter").click()
    assert page.locator("#map .slice[data-type='battles']").count() > 0

    marker = page.locator("#map g.marker[data-place$='/baghuz']")
    marker.dispatch_event("click")
    page.wait_for_selector("#map g.marker.selected")
    assert page.locator("#details li").count() == int(marker.get_attribute("data-count") or 0)
    assert page.locator("#details li a[href^='/id/event/']").count() > 0  # links to the server's own pages
    assert outside == [], f"the map page fetched from outside the server: {outside}"


def test_other_gallery_queries_and_an_edited_query_redraw_the_panels(browser, seed_url) -> None:
    page, outside = open_map(browser, seed_url)

    # A gallery query whose results have a ?date column, on the timeline.
    page.select_option("#timeline-query", "events_by_date")
    page.wait_for_selector("#timeline-panel[data-state=ready]", timeout=TIMEOUT_MS)
    page.wait_for_function("document.querySelector('#timeline-sparql').value.includes('Events by date')")
    rows = select(seed_url, (queries_dir() / "events_by_date.rq").read_text())
    dated = {row["event"] for row in rows if row.get("date")}
    page.wait_for_function("[...document.querySelectorAll('#timeline g.bucket')]"
                           f".reduce((s, g) => s + +g.dataset.count, 0) === {len(dated)}")

    # A query without coordinates leaves the map empty and says why.
    page.select_option("#map-query", "entities")
    page.wait_for_selector("#map-panel[data-state=nodata]", timeout=TIMEOUT_MS)
    assert page.locator("#map g.marker").count() == 0
    assert "?lat" in page.locator("#map-panel .status").inner_text()

    # The user's own query: the map query limited to battles.
    query = (queries_dir() / "map_events.rq").read_text().replace(
        "kg:place ?place .", f"kg:place ?place .\n  FILTER(?event_type = <{BATTLES}>)")
    page.locator("#map-panel button.edit").click()
    page.locator("#map-sparql").fill(query)
    assert page.locator("#map-query").input_value() == ""  # the picker shows "(edited query)"
    page.locator("#map-panel button.run").click()
    page.wait_for_selector("#map-panel[data-state=ready]", timeout=TIMEOUT_MS)
    places = {row["place"] for row in select(seed_url, query)}
    assert 0 < page.locator("#map g.marker").count() == len(places)
    slice_types = set(page.eval_on_selector_all("#map .slice", "s => s.map(x => x.dataset.type)"))
    assert slice_types == {"battles"}
    page.mouse.move(0, 0)
    page.screenshot(path=str(ARTIFACTS / "serve-map-edited.png"), full_page=True)

    page.locator("#map-sparql").fill("SELECT * WHERE { ?s ?p }")  # a syntax error is reported, not thrown
    page.locator("#map-panel button.run").click()
    page.wait_for_selector("#map-panel[data-state=error]", timeout=TIMEOUT_MS)
    assert "failed" in page.locator("#map-panel .status").inner_text()
    assert outside == [], f"the map page fetched from outside the server: {outside}"
