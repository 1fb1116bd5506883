"""Which reason's label a whole line is, most labels looked up as words rather than matched.

`phrases` lists its labels (whole lines of furniture: "anzeige", "share", "skip to content")
by reason, in order, as regular expressions; most (534 of 687) are plain words. A whole line
matches a plain label only by being it, so a dict finds it, and only the patterns are
compiled: one alternation of all 687 cost 17 ms of CPU at every start, on one core before an
import's workers fork, where this costs 10.
"""

from __future__ import annotations

import re

# A character that makes a label a pattern rather than the words it spells.
SPECIAL = frozenset("\\.^$*+?{}[]|()")


class Labels:
    """The labels of reasons in order; `index` answers as one alternation with a group per
    reason would: its first alternative to match the whole line, so the first reason listing a
    label that does."""

    __slots__ = ("_patterns", "_words")

    def __init__(self, labels: list[tuple[str, ...]]) -> None:
        self._words: dict[str, int] = {}
        groups = []
        for index, patterns in enumerate(labels):
            for pattern in patterns:
                if SPECIAL.isdisjoint(pattern):
                    self._words.setdefault(pattern, index)  # a word two reasons list: the first
            chosen = [p for p in patterns if not SPECIAL.isdisjoint(p)]
            if chosen:
                groups.append(f"(?P<g{index}>{'|'.join(chosen)})")
        self._patterns = re.compile("|".join(groups))

    def index(self, line: str) -> int | None:
        """The index of the first reason with a label that is all of `line`, else None."""
        word = self._words.get(line)
        match = self._patterns.fullmatch(line)
        pattern = int(match.lastgroup[1:]) if match and match.lastgroup else None
        if word is None or pattern is None:
            return word if pattern is None else pattern
        return min(word, pattern)
