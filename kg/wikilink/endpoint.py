"""Asking a remote SPARQL endpoint (the Wikidata Query Service by default) a SELECT query over HTTP.

Only the standard library: an HTTP POST of the SPARQL 1.1 Protocol with a time limit and a User-Agent
(Wikimedia refuses anonymous clients), SPARQL 1.1 JSON results back. Every failure is an
:class:`~kg.errors.EndpointError` that names the endpoint.
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .. import __version__
from ..errors import EndpointError

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
USER_AGENT = f"kg/{__version__} (https://w3id.org/kg-syria/; kg link) Python-urllib"
_RESULTS_JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class Endpoint:
    """Where to send queries, and how long to wait for each read from the server (seconds)."""

    url: str = DEFAULT_ENDPOINT
    timeout: float = 30.0
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Value:
    """A bound value of a result row: an IRI or literal text, and a literal's language tag."""

    text: str
    lang: str | None = None


Row = dict[str, Value]


def select(endpoint: Endpoint, query: str) -> list[Row]:
    """The rows a SELECT ``query`` gives at ``endpoint`` (unbound variables are absent from a row)."""
    return _parse_results(endpoint, _post(endpoint, query))


def _post(endpoint: Endpoint, query: str) -> bytes:
    if urllib.parse.urlsplit(endpoint.url).scheme not in ("http", "https"):
        raise EndpointError(f"the SPARQL endpoint {endpoint.url!r} is not an http(s) URL")
    request = urllib.request.Request(
        endpoint.url, data=urllib.parse.urlencode({"query": query}).encode("utf-8"), method="POST",
        headers={"Accept": _RESULTS_JSON, "User-Agent": endpoint.user_agent,
                 "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=endpoint.timeout) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        raise EndpointError(f"the SPARQL endpoint {endpoint.url} answered HTTP {exc.code} {exc.reason}"
                            f"{_first_line(exc)}") from exc
    except urllib.error.URLError as exc:
        raise EndpointError(_unreachable(endpoint, exc.reason)) from exc
    except (OSError, http.client.HTTPException) as exc:
        raise EndpointError(_unreachable(endpoint, exc)) from exc


def _unreachable(endpoint: Endpoint, reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return f"the SPARQL endpoint {endpoint.url} did not answer within {endpoint.timeout:g} s (--timeout)"
    return f"cannot reach the SPARQL endpoint {endpoint.url}: {reason}"


def _first_line(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read(500).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    return f": {text.splitlines()[0]}" if text else ""


def _parse_results(endpoint: Endpoint, body: bytes) -> list[Row]:
    try:
        bindings = json.loads(body)["results"]["bindings"]
        return [{name: Value(v["value"], v.get("xml:lang")) for name, v in b.items()} for b in bindings]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EndpointError(
            f"the SPARQL endpoint {endpoint.url} did not answer with SPARQL JSON results ({exc!r})") from exc
