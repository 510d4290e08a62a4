"""The event lexicons of a language, read from data files:

- ``kg/data/lexicons/<lang>/event_triggers.jsonl``: spaCy Matcher patterns, one per line, each naming the
  ACLED event and sub-event type its words report (see ``TriggerRule``);
- ``kg/data/lexicons/<lang>/event_cues.json``: the words around a trigger that give roles, modality,
  sources and quantities (see ``EventCues``).

A language gets events by adding these two files; without them it gets none.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ...catalog import fold
from ...errors import ResourceError
from ...resources import DATA_DIR
from ..function_words import DETERMINERS

TRIGGERS_FILE = "event_triggers.jsonl"
CUES_FILE = "event_cues.json"

Phrase = tuple[str, ...]  # folded tokens
_READ_BACKWARDS = frozenset({
    "target_before", "agent_before", "associated_before", "possessive_before", "between", "metonymy_before",
    "expected", "denied", "negation",
})


@dataclass(frozen=True)
class TriggerRule:
    """One trigger pattern. ``resolve`` names a sub-event type decided by the participants:
    "territory" (government regains / non-state actor overtakes) or "attack" (on civilians or a clash)."""

    id: str
    event_type: str
    sub_event_type: str
    pattern: tuple[dict[str, Any], ...]
    priority: int = 0
    resolve: str | None = None
    statement: bool = False
    needs_attribution: bool = False


@dataclass(frozen=True)
class EventCues:
    target_before: frozenset[Phrase]
    agent_before: frozenset[Phrase]
    associated_before: frozenset[Phrase]
    possessive_before: frozenset[Phrase]
    attribution: frozenset[Phrase]
    source_after_attribution: frozenset[Phrase]
    unverified: frozenset[Phrase]
    denied: frozenset[Phrase]
    expected: frozenset[Phrase]
    hypothetical: frozenset[Phrase]
    negation: frozenset[Phrase]
    anaphora_settlement: frozenset[Phrase]
    pronoun_subjects: frozenset[Phrase]
    metonymy_before: frozenset[Phrase]
    intention_openers: frozenset[Phrase]
    quantity_inclusion: frozenset[Phrase]
    statement_content_dropped: frozenset[str]
    force_nouns: frozenset[str]
    backing_after: frozenset[str]  # "US-backed", "Turkish-led": the backer is no party to the act
    clause_openers: frozenset[str]
    between: frozenset[Phrase]
    background_relatives: frozenset[str]
    civilian_nouns: frozenset[str]
    person_nouns: frozenset[str]
    quantities: dict[str, frozenset[Phrase]]
    number_words: dict[str, int | None]
    adjective_after_noun: bool = False  # "caccia iracheni": a demonym right after the trigger is its agent
    verb_final: bool = False  # German subordinate and perfect clauses end with the verb
    verb_first: bool = False  # Arabic clauses often open with the verb


def _lexicon_path(lang: str, name: str) -> Path:
    return DATA_DIR / "lexicons" / lang / name


def _phrases(values: list[str], drop_articles: bool = False) -> frozenset[Phrase]:
    phrases = set()
    for value in values:
        words = tuple(fold(value).replace("'", "' ").split())
        kept = tuple(w for w in words if w not in DETERMINERS) if drop_articles else words
        phrases.add(kept or words)
    return frozenset(phrases)


@cache
def trigger_rules(lang: str) -> tuple[TriggerRule, ...]:
    path = _lexicon_path(lang, TRIGGERS_FILE)
    if not path.is_file():
        return ()
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            data["pattern"] = tuple(data["pattern"])
            rules.append(TriggerRule(**data))
        except (ValueError, TypeError, KeyError) as exc:
            raise ResourceError(f"{path}:{number}: not a valid trigger rule ({exc})") from exc
    return tuple(rules)


@cache
def event_cues(lang: str) -> EventCues | None:
    path = _lexicon_path(lang, CUES_FILE)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _cues(data)
    except (ValueError, TypeError, KeyError) as exc:
        raise ResourceError(f"{path}: not a valid event cue lexicon ({exc})") from exc


def _cues(data: dict[str, Any]) -> EventCues:
    phrase_fields = (
        "target_before", "agent_before", "associated_before", "possessive_before", "attribution",
        "source_after_attribution", "unverified", "denied", "expected", "hypothetical", "negation",
        "anaphora_settlement", "pronoun_subjects", "metonymy_before", "intention_openers", "between",
        "quantity_inclusion",
    )
    word_fields = ("force_nouns", "civilian_nouns", "person_nouns", "clause_openers", "background_relatives",
                   "backing_after")
    fields: dict[str, Any] = {name: _phrases(data.get(name, []), name in _READ_BACKWARDS) for name in phrase_fields}
    fields |= {name: frozenset(fold(w) for w in data.get(name, [])) for name in word_fields}
    return EventCues(
        **fields,
        statement_content_dropped=frozenset(data.get("statement_content_dropped", [])),
        quantities={kind: _phrases(words) for kind, words in data.get("quantities", {}).items()},
        number_words={fold(k): v for k, v in data.get("number_words", {}).items()},
        adjective_after_noun=bool(data.get("adjective_after_noun", False)),
        verb_final=bool(data.get("verb_final", False)),
        verb_first=bool(data.get("verb_first", False)),
    )
