"""Finding a name written with one letter wrong ("Bagdhad" for Baghdad)."""

from __future__ import annotations


class TypoIndex:
    """Names within one edit (a letter added, dropped, changed, or two swapped) of a word, via the words'
    one-deletion variants (the symmetric-delete method)."""

    def __init__(self) -> None:
        self.by_deletion: dict[str, set[str]] = {}
        self.names: set[str] = set()

    @staticmethod
    def _deletions(word: str) -> set[str]:
        return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}

    def add(self, key: str) -> None:
        self.names.add(key)
        for variant in self._deletions(key):
            self.by_deletion.setdefault(variant, set()).add(key)

    def lookup(self, word: str) -> str | None:
        if word in self.names:
            return None  # spelled right: the exact lookup has it
        found = {k for v in self._deletions(word) for k in self.by_deletion.get(v, ())}
        close = sorted((abs(len(k) - len(word)), k) for k in found if k[0] == word[0] and _one_edit(word, k))
        return close[0][1] if close else None


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
