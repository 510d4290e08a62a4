"""The boilerplate patterns, loaded from the data file ``boilerplate_patterns.json``.

The file has a section of regular expressions per language plus ``common`` (see its ``_about``); loading
compiles, for each language, one matcher per kind from the ``always`` sections and the language's own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError

PATTERNS_FILE = Path(__file__).with_name("boilerplate_patterns.json")
KINDS = ("lines", "after_boilerplate", "inline")
_NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class TagListRule:
    min_items: int = 3
    min_items_without_repeat: int = 6
    max_item_words: int = 5
    max_item_chars: int = 40
    max_line_chars: int = 400


@dataclass(frozen=True)
class Matchers:
    """One compiled alternation per kind of pattern, for one language."""

    lines: re.Pattern[str]
    after_boilerplate: re.Pattern[str]
    inline: re.Pattern[str]


@dataclass(frozen=True)
class BoilerplatePatterns:
    by_language: Mapping[str, Matchers]
    default: Matchers
    tag_list: TagListRule

    def for_language(self, lang: str) -> Matchers:
        return self.by_language.get(lang, self.default)


def load_boilerplate_patterns(path: Path = PATTERNS_FILE) -> BoilerplatePatterns:
    """The patterns in ``path``; a :class:`~kg.errors.ResourceError` when it is missing or malformed."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        sections: dict[str, dict[str, list[str]]] = data["sections"]
        always: list[str] = data["always"]
        tag_list = TagListRule(**data.get("tag_list", {}))
        by_language = {
            lang: _matchers(sections, [*always, lang]) for lang in sections if lang not in always
        }
        return BoilerplatePatterns(by_language, _matchers(sections, always), tag_list)
    except (OSError, ValueError, KeyError, TypeError, re.error) as e:
        raise ResourceError(f"the boilerplate patterns in {path} cannot be loaded: {e}") from e


def _matchers(sections: Mapping[str, Mapping[str, list[str]]], names: Iterable[str]) -> Matchers:
    chosen = [sections[name] for name in dict.fromkeys(names)]
    compiled: dict[str, Any] = {
        kind: _alternation(pattern for section in chosen for pattern in section.get(kind, ()))
        for kind in KINDS
    }
    return Matchers(**compiled)


def _alternation(patterns: Iterable[str]) -> re.Pattern[str]:
    parts = [f"(?:{pattern})" for pattern in patterns]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else _NEVER
