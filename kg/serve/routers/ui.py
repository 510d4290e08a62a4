"""The web UI at ``/`` (YASGUI, bundled, no CDN) and the small JSON APIs it uses."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter
from starlette.responses import HTMLResponse, JSONResponse

from ...namespaces import BASE, PREFIXES
from ..context import Context
from ..examples import load_examples
from ..problems import ApiError
from ..templating import render
from . import maps

router = APIRouter()
router.include_router(maps.router)  # /map: the map and timeline page

MAX_TERMS = 50


@router.get("/", response_class=HTMLResponse)
def index(ctx: Context) -> HTMLResponse:
    examples = [asdict(e) for e in load_examples()]
    config = {"endpoint": "/ui/sparql", "base": BASE, "examples": examples, "prefixes": dict(PREFIXES),
              "resultLimit": ctx.settings.ui_result_limit}
    return HTMLResponse(render("index.html", examples=examples, config=config))


@router.get("/api/examples")
def examples() -> list[dict[str, Any]]:
    return [asdict(e) for e in load_examples()]


@router.get("/api/prefixes")
def prefixes() -> dict[str, str]:
    """kg's prefixes in prefix.cc's format (for the editor's prefix autocompletion)."""
    return dict(PREFIXES)


@router.get("/api/terms")
def terms(ctx: Context, kind: str = "property", q: str = "") -> JSONResponse:
    """Properties or classes used in the data whose IRI contains ``q`` (editor autocompletion)."""
    if kind not in ("property", "class"):
        raise ApiError(400, "bad_request", "kind must be 'property' or 'class'")
    needle = q.lower()
    found = [iri for iri in ctx.terms(kind) if needle in iri.lower()][:MAX_TERMS]
    return JSONResponse(found)
