"""Linking mentions to entities: which of the catalogue's candidates a mention refers to.

The order of evidence: the words around the name ("Raqqa province", "the city of Raqqa"); curated entities
over gazetteer rows; a settlement over the governorate of the same name when nothing says otherwise; the
governorates the article's other places lie in; Syria over Iraq; entities with a Wikidata link; the larger
population.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..catalog import Catalog
from ..records import Article, Entity, EntityKind, LinkedMention, Mention
from .minting import mint_entity

_AREA_KINDS = {EntityKind.GOVERNORATE, EntityKind.DISTRICT, EntityKind.REGION}
_HINT_KINDS = {"governorate": _AREA_KINDS, "settlement": {EntityKind.SETTLEMENT}}


def link_mentions(mentions: Sequence[Mention], catalog: Catalog, article: Article) -> list[LinkedMention]:
    context = _article_governorates(mentions, catalog)
    return [LinkedMention(m, choose_entity(m, catalog, context)) for m in mentions]


def choose_entity(mention: Mention, catalog: Catalog, context: Counter[str] | None = None) -> Entity:
    candidates = [catalog.entity(key) for key in mention.candidates]
    if not candidates:
        return mint_entity(mention)
    candidates = _by_hint(candidates, mention.context_hint) or candidates
    context = context or Counter()
    return max(candidates, key=lambda e: _score(e, candidates, context))


def _by_hint(candidates: list[Entity], hint: str | None) -> list[Entity]:
    if hint:
        hinted = [e for e in candidates if e.kind in _HINT_KINDS[hint]]
        governorates = [e for e in hinted if e.kind is EntityKind.GOVERNORATE]
        return governorates or hinted
    has_settlement = any(e.kind is EntityKind.SETTLEMENT for e in candidates)
    return [e for e in candidates if e.kind not in _AREA_KINDS] if has_settlement else candidates


def _score(entity: Entity, candidates: list[Entity], context: Counter[str]) -> tuple[int, ...]:
    order = -candidates.index(entity)  # the lexicon's own order: curated names first
    return (
        entity.curated,
        context[entity.governorate or ""],
        entity.country == "syria",
        entity.wikidata is not None,
        entity.population,
        order,
    )


def _article_governorates(mentions: Sequence[Mention], catalog: Catalog) -> Counter[str]:
    """How often each governorate is the home of an unambiguous place in the article."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        if len(mention.candidates) == 1:
            entity = catalog.entity(mention.candidates[0])
            if entity.kind is EntityKind.GOVERNORATE:
                counts[entity.key] += 1
            elif entity.governorate:
                counts[entity.governorate] += 1
    return counts
