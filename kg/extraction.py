"""From one article to its linked extraction: nlp → link → events."""

from __future__ import annotations

from .catalog import Catalog
from .errors import InputError
from .link import link_mentions
from .nlp import Pipelines, find_mentions, sentences_of
from .nlp.events import extract_events
from .records import Article, Extraction

MAX_CHARACTERS = 2_000_000  # the statistical parser needs about 1 GB of memory per 1,000,000 characters


def extract_article(article: Article, pipelines: Pipelines, catalog: Catalog) -> Extraction:
    """Mentions linked to entities, and the events the article reports."""
    if len(article.text) > MAX_CHARACTERS:
        raise InputError(article.path or article.id, f"the text has {len(article.text):,} characters, more than "
                         f"the {MAX_CHARACTERS:,} one article may have: split it into several articles")
    nlp = pipelines.for_language(article.lang)
    nlp.max_length = MAX_CHARACTERS
    doc = nlp(article.text)
    sentences = sentences_of(doc)
    mentions = link_mentions(find_mentions(doc, article, catalog, sentences), catalog, article)
    events = extract_events(doc, article, mentions, sentences)
    return Extraction(article=article, sentences=sentences, mentions=tuple(mentions), events=tuple(events))
