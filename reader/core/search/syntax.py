"""What a parsed search is: terms, OR-clauses, filters, and the one error a query can raise.

Apart from the parser (`query`) and the grammar (`grammar`) so both can build these without
importing each other; `query` is still where the rest of the package imports them from.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Said by the parser for a long query and by the grammar while OR spreads brackets out.
TOO_MANY_WORDS = "too many words (at most {})"


class InvalidSearch(ValueError):
    """What the user typed cannot be searched; str() is "invalid search: …", fit to show."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"invalid search: {reason}")


class UnknownLabel(InvalidSearch):
    """A `label:` no label's key, name or digit fits: the message stays short enough for the
    window's status line, and `briefing search` adds the labels there are to it."""

    def __init__(self, typed: str) -> None:
        super().__init__(f"no highlight label “{typed}”")


class TermKind(StrEnum):
    WORD = "word"  # analysed: folded, stemmed, compound parts
    PHRASE = "phrase"  # quoted: these tokens, in order, exactly (case aside)
    PREFIX = "prefix"  # word*: tokens starting so, in either umlaut spelling


@dataclass(frozen=True, slots=True)
class Term:
    kind: TermKind
    tokens: tuple[str, ...]  # as typed, split like the index splits text


@dataclass(frozen=True, slots=True)
class Clause:
    """Terms joined by OR; a query matches when every positive clause matches."""

    alternatives: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Filter:
    key: str  # one of FILTER_KEYS
    value: str  # tag/outlet/author/agency text, label key, where, or an ISO date prefix
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    clauses: tuple[Clause, ...]
    filters: tuple[Filter, ...]

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    @property
    def is_empty(self) -> bool:
        return not self.clauses and not self.filters
