"""Events: triggers found with spaCy's Matcher and per-language lexicons (data), then the actors, place,
date, operation, modality, source and quantities of each, linked and merged into one event per happening."""

from .component import TRIGGERS_KEY, EventTriggers
from .extract import extract_events
from .lexicon import event_cues, trigger_rules

__all__ = ["TRIGGERS_KEY", "EventTriggers", "event_cues", "extract_events", "trigger_rules"]
