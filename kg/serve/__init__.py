"""The SPARQL endpoint, Graph Store, dumps, linked-data pages and web UI of kg (``kg serve``).

    >>> from kg.serve import ServeSettings, run_server
    >>> settings = ServeSettings(store_dir=Path("kg-store"), port=8000)   # doctest: +SKIP
    >>> run_server(settings)                                             # doctest: +SKIP

``create_app`` and ``run_server`` are imported on first use, so that the query workers, which import
modules of this package, never load the web framework.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .settings import ServeSettings, ServiceRule, parse_service_rule

if TYPE_CHECKING:
    from .app import create_app
    from .server import run_server

__all__ = ["ServeSettings", "ServiceRule", "create_app", "parse_service_rule", "run_server"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "run_server":
        from .server import run_server

        return run_server
    raise AttributeError(f"module 'kg.serve' has no attribute {name!r}")
