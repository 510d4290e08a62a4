"""Linking: mentions to curated, gazetteer or newly minted entities."""

from .linker import choose_entity, link_mentions
from .minting import mint_entity, minted_key, slug

__all__ = ["choose_entity", "link_mentions", "mint_entity", "minted_key", "slug"]
