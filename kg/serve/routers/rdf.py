"""Negotiation failures as errors, and small RDF answers built in the server process (service
description, VoID)."""

from __future__ import annotations

from collections.abc import Sequence

import pyoxigraph as ox
from starlette.responses import Response

from ...namespaces import PREFIXES
from ..negotiation import GRAPH_OFFERS, NotAcceptable, Offer, UnknownFormat, choose
from ..problems import ApiError

_PREFIXES = {**PREFIXES, "sd": "http://www.w3.org/ns/sparql-service-description#",
             "formats": "http://www.w3.org/ns/formats/"}


def negotiate(offers: Sequence[Offer], accept: str | None, format: str | None) -> Offer:
    """:func:`~kg.serve.negotiation.choose`, failing as 400 (unknown format) or 406 (nothing fits)."""
    try:
        return choose(offers, accept, format)
    except UnknownFormat as exc:
        raise ApiError(400, "bad_request", str(exc)) from exc
    except NotAcceptable as exc:
        raise ApiError(406, "not_acceptable", str(exc)) from exc


def rdf_response(triples: list[ox.Triple], accept: str | None, format: str | None) -> Response:
    offer = negotiate(GRAPH_OFFERS, accept, format)
    body = ox.serialize(triples, format=offer.rdf_format, prefixes=_PREFIXES)
    return Response(body, media_type=offer.content_type, headers={"Vary": "Accept"})
