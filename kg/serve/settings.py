"""The server's settings: read once by the caller (the CLI) and passed to ``create_app``/``run_server``.

>>> s = ServeSettings(store_dir=Path("kg-store"), allowed_services=("https://query.wikidata.org/sparql",))
>>> s.service_rules()[0].iri
'https://query.wikidata.org/sparql'
>>> parse_service_rule("https://query.wikidata.org/sparql=http://127.0.0.1:7878/query").target
'http://127.0.0.1:7878/query'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store.location import default_store_dir

WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql"


@dataclass(frozen=True)
class ServiceRule:
    """One allowlist entry: ``SERVICE <iri>`` is allowed and answered by ``target``.

    ``target`` equals ``iri`` unless the entry maps the endpoint to a mirror (``IRI=MIRROR``), which tests
    use to stand in a local server for the Wikidata Query Service.
    """

    iri: str
    target: str

    @property
    def rewrites(self) -> bool:
        return self.iri != self.target


def parse_service_rule(entry: str) -> ServiceRule:
    """``"URL"`` or ``"URL=MIRROR_URL"`` → a :class:`ServiceRule`."""
    iri, _, target = entry.strip().partition("=")
    if not iri.startswith(("http://", "https://")) or (target and not target.startswith(("http://", "https://"))):
        raise ValueError(f"not an allowed-service entry: {entry!r} (expected URL or URL=MIRROR_URL)")
    return ServiceRule(iri=iri, target=target or iri)


@dataclass(frozen=True)
class ServeSettings:
    """Everything ``kg serve`` can be told; the defaults are the documented ones.

    ``token`` switches on SPARQL Update and Graph Store writes (with ``Authorization: Bearer``); without
    it the server is read-only. ``allowed_services`` entries are ``URL`` or ``URL=MIRROR_URL``.
    """

    store_dir: Path
    host: str = "127.0.0.1"
    port: int = 8000
    timeout: float = 30.0
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    allowed_services: tuple[str, ...] = (WIKIDATA_QUERY_SERVICE,)
    union_default_graph: bool = True
    max_request_bytes: int = 10 * 1024 * 1024
    ui_result_limit: int = 1000
    workers: int = 2
    log_level: str = field(default="info")

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.workers < 1 or self.max_request_bytes < 1 or self.ui_result_limit < 1:
            raise ValueError("timeout, workers, max_request_bytes and ui_result_limit must be positive")
        for entry in self.allowed_services:
            parse_service_rule(entry)

    @property
    def writable(self) -> bool:
        return self.token is not None

    @classmethod
    def from_cli(cls, args: Any) -> ServeSettings:
        """Settings from ``kg serve``'s parsed options (``--store``, ``--host``, ``--port``, ``--timeout``,
        ``--token``, ``--cors-origin``, ``--allow-service``); an option left out keeps its default."""
        store = getattr(args, "store", None) or default_store_dir()
        options = {name: getattr(args, name) for name in ("host", "port", "timeout", "token")
                   if getattr(args, name, None) is not None}
        origins = getattr(args, "cors_origin", None)
        services = getattr(args, "allow_service", None)
        if origins:
            options["cors_origins"] = tuple(origins)
        if services is not None:
            options["allowed_services"] = tuple(services)
        return cls(store_dir=Path(store), **options)

    def service_rules(self) -> tuple[ServiceRule, ...]:
        return tuple(parse_service_rule(entry) for entry in self.allowed_services)
