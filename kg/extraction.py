"""From one article to its linked extraction: nlp → link (→ events)."""

from __future__ import annotations

from .catalog import Catalog
from .link import link_mentions
from .nlp import Pipelines, find_mentions, sentences_of
from .nlp.events import extract_events
from .records import Article, Extraction


def extract_article(article: Article, pipelines: Pipelines, catalog: Catalog) -> Extraction:
    """Mentions linked to entities, and the events the article reports."""
    doc = pipelines.for_language(article.lang)(article.text)
    mentions = link_mentions(find_mentions(doc, article, catalog), catalog, article)
    events = extract_events(doc, article, mentions, catalog)
    return Extraction(article=article, sentences=sentences_of(doc), mentions=tuple(mentions),
                      events=tuple(events))
