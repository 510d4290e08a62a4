"""The web UI in Debian's Chromium: open /, run an example, read the result table, open an entity page.

Screenshots go to test-artifacts/. Without /usr/bin/chromium the test fails under CI=true and is skipped
elsewhere. Playwright drives the system browser (never ``playwright install``).
"""

from __future__ import annotations

import pytest
from conftest import ARTIFACTS

EXAMPLE = "Entities linked to Wikidata"

pytestmark = pytest.mark.slow



def test_query_page_example_results_and_entity_page(browser, live_url) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith((live_url, "data:", "blob:")) else outside.append(request.url)
        ),
    )
    page.goto(live_url)
    page.wait_for_selector(".yasqe .CodeMirror")
    page.get_by_role("button", name=EXAMPLE).click()
    cells = page.locator(".yasr table tbody tr td")
    cells.filter(has_text="Syrian Democratic Forces").first.wait_for(timeout=20_000)
    table = page.locator(".yasr table tbody").inner_text()
    assert "Syrian Democratic Forces" in table and "Islamic State" in table
    page.screenshot(path=str(ARTIFACTS / "serve-ui-results.png"), full_page=True)

    link = page.locator('.yasr table a[href="/id/entity/sdf"]').first
    # Follow the result's link (its text overflows a narrow cell, so the next cell lies over it).
    page.goto(live_url.rstrip("/") + (link.get_attribute("href") or ""))
    page.wait_for_selector("h1#title")
    assert page.locator("h1#title").inner_text() == "Syrian Democratic Forces"
    assert page.locator("#sentences mark").first.inner_text() == "SDF"
    page.screenshot(path=str(ARTIFACTS / "serve-entity-page.png"), full_page=True)
    assert outside == [], f"the UI fetched from outside the server: {outside}"
