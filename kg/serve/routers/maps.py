"""The map and timeline page at ``/map``, and the governorate outlines it draws.

The page runs gallery queries (``queries/*.rq``) against ``/sparql`` and draws their results in the browser.
Rows with ``?lat``/``?long`` become map markers and rows with ``?date`` become timeline bars
(``static/viz/``). The outlines are the bundled Who's On First files in ``static/geo/``, so no tile
server is needed. They are sent with an explicit GeoJSON media type, because ``.geojson`` is not in
Python's built-in MIME table.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from starlette.responses import FileResponse, HTMLResponse

from ...namespaces import BASE
from ..examples import Example, load_examples
from ..problems import ApiError
from ..templating import render

router = APIRouter()

GEO_DIR = Path(__file__).resolve().parent.parent / "static" / "geo"
GEOJSON = "application/geo+json"
OUTLINES = {"syria": "syria_governorates.geojson", "iraq": "iraq_governorates.geojson"}
MAP_QUERY = "map_events"
TIMELINE_QUERY = "timeline_events"


def _mentions(query: str, *variables: str) -> bool:
    return all(re.search(rf"[?$]{name}\b", query) for name in variables)


def gallery_entry(example: Example) -> dict[str, Any]:
    """An example query with hints about the panel its results suit. A query that mentions ``?lat`` and
    ``?long`` is offered for the map, and one that mentions ``?date`` for the timeline. The page checks
    the real result columns when the query runs."""
    entry = asdict(example)
    entry["map"] = _mentions(example.query, "lat", "long")
    entry["timeline"] = _mentions(example.query, "date")
    return entry


@router.get("/map", response_class=HTMLResponse)
def map_page() -> HTMLResponse:
    gallery = [gallery_entry(e) for e in load_examples()]
    names = {e["name"] for e in gallery}
    config = {
        "endpoint": "/sparql",
        "base": BASE,
        "examples": gallery,
        "mapQuery": MAP_QUERY if MAP_QUERY in names else next((e["name"] for e in gallery if e["map"]), None),
        "timelineQuery": TIMELINE_QUERY if TIMELINE_QUERY in names
        else next((e["name"] for e in gallery if e["timeline"]), None),
        # Drawn in this order (Syria last, on top); the map fits the "focus" outline.
        "outlines": [{"name": "iraq", "url": "/map/geo/iraq", "labels": False, "focus": False},
                     {"name": "syria", "url": "/map/geo/syria", "labels": True, "focus": True}],
    }
    return HTMLResponse(render("map.html", gallery=gallery, config=config))


@router.get("/map/geo/{name}")
def outline(name: str) -> FileResponse:
    """Governorate outlines of ``syria`` or ``iraq`` (GeoJSON, from Who's On First; see static/geo/README.md)."""
    if name not in OUTLINES:
        raise ApiError(404, "not_found", f"no outline named {name!r}; known: {', '.join(OUTLINES)}")
    return FileResponse(GEO_DIR / OUTLINES[name], media_type=GEOJSON,
                        headers={"Cache-Control": "public, max-age=86400"})
