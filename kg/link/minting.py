"""Entities minted from text when no curated or gazetteer entity fits: stable IRIs from type and name."""

from __future__ import annotations

import re

from ..catalog import fold
from ..records import Entity, EntityKind, Mention

_NON_SLUG = re.compile(r"[^\w]+")


def slug(text: str) -> str:
    """A lowercase, IRI-safe form of a name: "Habun Osman" → "habun-osman", "داعش" stays Arabic."""
    return _NON_SLUG.sub("-", fold(text).replace("'", "")).strip("-") or "unnamed"


def minted_key(kind: EntityKind, text: str) -> str:
    return f"{kind.value.lower()}/{slug(text)}"


def mint_entity(mention: Mention) -> Entity:
    """A new, unreviewed entity for a mention nothing in the catalogue stands for."""
    label = mention.text.strip()
    return Entity(key=minted_key(mention.kind, label), label=label, kind=mention.kind)
