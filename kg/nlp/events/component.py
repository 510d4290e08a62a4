"""``kg_event_triggers``: marks event trigger words with spaCy's Matcher and the language's trigger rules,
storing them in ``doc.spans["kg_triggers"]`` with the rule id as label."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from .lexicon import trigger_rules

TRIGGERS_KEY = "kg_triggers"


class EventTriggers:
    def __init__(self, nlp: Language, lang: str):
        self.matcher = Matcher(nlp.vocab)
        for rule in trigger_rules(lang):
            self.matcher.add(rule.id, [list(rule.pattern)])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc, as_spans=True)
        doc.spans[TRIGGERS_KEY] = [Span(doc, s.start, s.end, label=s.label_) for s in matches]
        return doc


@Language.factory("kg_event_triggers", default_config={"lang": "en"})
def make_event_triggers(nlp: Language, name: str, lang: str) -> EventTriggers:
    return EventTriggers(nlp, lang)
