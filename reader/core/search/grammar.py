"""Combining the pieces of a query — terms, filters, OR, AND, NOT, brackets — into a `Query`.

A `Query` is a list of clauses that must all match, each a set of alternatives (OR), plus
filters; an excluded clause leaves out what matches any of its alternatives. What a user types
is read into that shape: words side by side (or joined by AND) must all match, OR binds its
two neighbours (`a b OR c` is a AND (b OR c)), NOT and `-` exclude what follows, and brackets
group. `(a b) OR c` is spread out to (a OR c) AND (b OR c), which means the same.

Whatever cannot be read so is refused with `InvalidSearch`, never guessed at: an operator with
nothing on a side (`OR`, `a OR`, `NOT`), a bracket that is not closed or closes nothing, and
what the shape cannot say (`NOT (a b)`, a filter inside OR). Guessing made `a OR` find `a`,
`NOT tag:x` find the sources tagged x, and `(a b) OR c` find a AND (b OR c), without a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.search.syntax import TOO_MANY_WORDS, Clause, Filter, InvalidSearch, Query, Term

# The one refusal per mistake; each is said again in German by reader/ui/core_messages.py.
NEEDS_BOTH_SIDES = "{} needs a word on both sides"
NOT_NEEDS = "NOT needs a word or filter after it"
NOT_CLOSED = "a “(” is not closed"
CLOSES_NOTHING = "a “)” closes no “(”"
OR_FILTERS = "OR joins words and phrases, not filters"
EXCLUDED_AFTER_OR = "a word after OR cannot be excluded with -"
EXCLUDED_BEFORE_OR = "a word before OR cannot be excluded"
NOT_GROUP = "NOT can exclude one word, one filter or words joined by OR"


@dataclass(frozen=True, slots=True)
class Or:
    """OR (or `|`) between two operands."""


@dataclass(frozen=True, slots=True)
class And:
    """AND (or `&&`) between two operands: what side by side means anyway."""


@dataclass(frozen=True, slots=True)
class Not:
    """NOT before an operand: like `-`, for a word, a filter or a bracket."""


@dataclass(frozen=True, slots=True)
class Open:
    """`(` (or `-(`, which excludes the group)."""

    negated: bool = False


@dataclass(frozen=True, slots=True)
class Close:
    """`)`."""


Item = Filter | tuple[Term, bool] | Or | And | Not | Open | Close
_OPERAND_STARTS = (Filter, tuple, Not, Open)


@dataclass(frozen=True, slots=True)
class _Part:
    """What an operand means: clauses that must all hold, and filters."""

    clauses: tuple[Clause, ...] = ()
    filters: tuple[Filter, ...] = ()


def combine(items: Sequence[Item], max_terms: int) -> Query:
    """The query the items say; raises InvalidSearch for what cannot be read as one.

    `max_terms` bounds the alternatives while OR spreads brackets out: `(a b) OR (c d) OR …`
    doubles the clauses with every OR, and would grow without bound before the caller's count.
    """
    reader = _Reader(items, max_terms)
    part = reader.sequence(top=True)
    return Query(part.clauses, part.filters)


class _Reader:
    """A recursive descent over the items: sequence → alternatives → unary → operand."""

    def __init__(self, items: Sequence[Item], max_terms: int) -> None:
        self._items = items
        self._at = 0
        self._max_terms = max_terms

    def _peek(self) -> Item | None:
        return self._items[self._at] if self._at < len(self._items) else None

    def _operand_next(self) -> bool:
        return isinstance(self._peek(), _OPERAND_STARTS)

    def sequence(self, *, top: bool) -> _Part:
        """Operands side by side or joined by AND, up to the end (or the `)` of a group)."""
        parts: list[_Part] = []
        while (item := self._peek()) is not None:
            if isinstance(item, Close):
                if top:
                    raise InvalidSearch(CLOSES_NOTHING)
                break
            if isinstance(item, And):
                self._at += 1
                if not parts or not self._operand_next():
                    raise InvalidSearch(NEEDS_BOTH_SIDES.format("AND"))
                continue
            if isinstance(item, Or):  # nothing before it: an operand would have taken it
                raise InvalidSearch(NEEDS_BOTH_SIDES.format("OR"))
            parts.append(self._alternatives())
        return _Part(
            tuple(c for p in parts for c in p.clauses), tuple(f for p in parts for f in p.filters)
        )

    def _alternatives(self) -> _Part:
        parts = [self._unary()]
        while isinstance(self._peek(), Or):
            self._at += 1
            if not self._operand_next():
                raise InvalidSearch(NEEDS_BOTH_SIDES.format("OR"))
            parts.append(self._unary())
        return parts[0] if len(parts) == 1 else self._either(parts)

    def _unary(self) -> _Part:
        item = self._peek()
        self._at += 1
        if isinstance(item, Not):
            if not self._operand_next():
                raise InvalidSearch(NOT_NEEDS)
            return _negated(self._unary())
        if isinstance(item, Open):
            inner = self.sequence(top=False)
            if not isinstance(self._peek(), Close):
                raise InvalidSearch(NOT_CLOSED)
            self._at += 1
            return _negated(inner) if item.negated else inner
        if isinstance(item, Filter):
            return _Part(filters=(item,))
        assert isinstance(item, tuple), item  # _operand_next and sequence let only terms here
        term, negated = item
        return _Part(clauses=(Clause((term,), negated),))

    def _either(self, parts: list[_Part]) -> _Part:
        """Operands joined by OR, spread out into clauses: (a AND b) OR c is (a OR c) AND (b OR c)."""
        for i, part in enumerate(parts):
            if part.filters:
                raise InvalidSearch(OR_FILTERS)
            if not part.clauses:  # an empty group, `()`
                raise InvalidSearch(NEEDS_BOTH_SIDES.format("OR"))
            if any(c.negated for c in part.clauses):
                raise InvalidSearch(EXCLUDED_AFTER_OR if i else EXCLUDED_BEFORE_OR)
        clauses = parts[0].clauses
        for part in parts[1:]:
            clauses = tuple(
                Clause(tuple(dict.fromkeys((*mine.alternatives, *theirs.alternatives))))
                for mine in clauses
                for theirs in part.clauses
            )
            if sum(len(c.alternatives) for c in clauses) > self._max_terms:
                raise InvalidSearch(TOO_MANY_WORDS.format(self._max_terms))
        return _Part(clauses=clauses)


def _negated(part: _Part) -> _Part:
    """NOT of an operand, where a Query can say it: one filter, or one clause (its
    alternatives all left out; NOT of an excluded clause is the clause itself)."""
    if not part.clauses and not part.filters:
        raise InvalidSearch(NOT_NEEDS)
    if not part.clauses and len(part.filters) == 1:
        f = part.filters[0]
        return _Part(filters=(Filter(f.key, f.value, not f.negated),))
    if not part.filters and len(part.clauses) == 1:
        clause = part.clauses[0]
        return _Part(clauses=(Clause(clause.alternatives, not clause.negated),))
    raise InvalidSearch(NOT_GROUP)
