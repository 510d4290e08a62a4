"""The NLP stage: spaCy pipelines per language, mentions and events. spaCy objects stay in here."""

from .mentions import find_mentions, sentences_of
from .pipeline import Pipelines, load_pipeline, pipeline_description, trained_pipeline_name

__all__ = [
    "Pipelines", "find_mentions", "load_pipeline", "pipeline_description", "sentences_of",
    "trained_pipeline_name",
]
