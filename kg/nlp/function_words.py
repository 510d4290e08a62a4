"""Function words that the rules of several languages skip or stop at."""

from __future__ import annotations

# Articles are skipped when reading the words before a token (see reading.words_before), so the cue
# phrases read that way are stored without them: "con il sostegno di" is ("con", "sostegno", "di").
DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "les", "une",
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "el", "los", "las",
})
