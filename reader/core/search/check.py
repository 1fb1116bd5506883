"""Deciding exactly what FTS5 could only find by stems: quoted phrases, on the original text.

The index holds stems, so `"schon"` finds rows with *schon* and *schön* alike (both stem to
"schon"). A clause holding a phrase is decided here, on the candidate's original text, for the
few rows a result page needs; every other clause FTS5 decides exactly by itself. A phrase is
its words in order, with anything but letters and digits between them, upper and lower case
alike: one regular expression over the lowered text, far cheaper than analysing it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.search.marks import Marker
from reader.core.search.match import needs_check
from reader.core.search.query import Clause, Query, Term, TermKind

_TOKEN_CHAR = re.compile(r"[^\W_]")


class PhraseCheck:
    """Whether a candidate row's texts hold the query's phrases (and none it excludes)."""

    def __init__(self, query: Query) -> None:
        self._positive = [c for c in query.positive if needs_check(c)]
        self._negative = [c for c in query.negative if needs_check(c)]
        self._marker = Marker(query)
        self._patterns = {
            t: _pattern(t) for c in (*self._positive, *self._negative) for t in c.alternatives
            if t.kind is TermKind.PHRASE
        }  # fmt: skip

    @property
    def needed(self) -> bool:
        return bool(self._positive or self._negative)

    def matches(self, texts: Sequence[str], lang: str | None) -> bool:
        """True when every checked clause holds in `texts` and no excluded one does."""
        present = [t for t in texts if t]
        lowered = [t.lower() for t in present]
        return all(self._holds(c, present, lowered, lang) for c in self._positive) and not any(
            self._holds(c, present, lowered, lang) for c in self._negative
        )

    def _holds(
        self, clause: Clause, texts: list[str], lowered: list[str], lang: str | None
    ) -> bool:
        for term in clause.alternatives:
            pattern = self._patterns.get(term)
            if pattern is not None and any(_found(pattern, text) for text in lowered):
                return True
        # A word or prefix beside the phrase (`"seltene Erden" OR Lieferkette`): as marked.
        return any(
            self._marker.finds(term, text, lang)
            for term in clause.alternatives if term.kind is not TermKind.PHRASE
            for text in texts
        )  # fmt: skip


def _pattern(term: Term) -> re.Pattern[str]:
    """The phrase's lowered words, separated by anything that is not a token, ending a token.

    No look-behind for the start of a token: a pattern that starts with its first word lets
    the regex engine jump from one occurrence of that word to the next (`_found` checks the
    start), which makes a check several times faster.
    """
    words = r"[\W_]+".join(re.escape(token.lower()) for token in term.tokens)
    return re.compile(rf"{words}(?![^\W_])")


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return any(
        m.start() == 0 or not _TOKEN_CHAR.match(text, m.start() - 1) for m in pattern.finditer(text)
    )
