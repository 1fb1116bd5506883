"""Reading what a user typed into the search box: words, phrases, prefixes, OR, -, filters.

The parser never fails on text it does not understand: stray quotes, `*`, `C++` or `e-mail`
become words (or nothing). It refuses, with one `InvalidSearch` whose message is short enough
for a status line, only what it cannot honour: an unknown filter value, a bad date, an
excluded word inside OR, a query too long to run quickly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from reader.core.analysis import TOKEN
from reader.core.date_input import parse_date
from reader.core.labels import resolve_label

MAX_CHARS = 1_000
MAX_TERMS = 32
MIN_PREFIX = 2

FILTER_KEYS = ("tag", "outlet", "author", "agency", "label", "in", "before", "after")
# The window speaks German, so a German user types the German word for a filter; read as a
# word, "autor:Bastian" would quietly find nothing.
ALIASES = {"autor": "author", "medium": "outlet", "agentur": "agency", "schlagwort": "tag",
           "nach": "after", "vor": "before"}  # fmt: skip
WHERES = {"article": "article", "articles": "article", "highlight": "highlight",
          "highlights": "highlight", "note": "note", "notes": "note"}  # fmt: skip

_PIECE = re.compile(
    r'(?P<neg>-)?(?:(?P<key>[A-Za-z]+):)?(?:"(?P<quoted>[^"]*)"?|(?P<bare>[^\s"]+))'
)
_SPACE = re.compile(r"\s+")
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class InvalidSearch(ValueError):
    """What the user typed cannot be searched; str() is "invalid search: …", fit to show."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"invalid search: {reason}")


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


@dataclass(frozen=True, slots=True)
class _Or:
    """The OR keyword between two terms."""


_Item = Filter | _Or | tuple[Term, bool]


def parse(text: str, label_names: dict[str, str] | None = None) -> Query:
    """The query in `text`; raises InvalidSearch for what cannot be searched."""
    text = _UNPRINTABLE.sub(" ", text)
    if len(text) > MAX_CHARS:
        raise InvalidSearch(f"too long (at most {MAX_CHARS:,} characters)")
    clauses: list[Clause] = []
    filters: list[Filter] = []
    pending_or = after_filter = False
    for item in _items(text, label_names):
        if isinstance(item, _Or):
            if after_filter:
                raise InvalidSearch("OR joins words and phrases, not filters")
            pending_or = bool(clauses) and not clauses[-1].negated
            continue
        after_filter = isinstance(item, Filter)
        if isinstance(item, Filter):
            if pending_or:
                raise InvalidSearch("OR joins words and phrases, not filters")
            filters.append(item)
            continue
        term, negated = item
        if pending_or and negated:
            raise InvalidSearch("a word after OR cannot be excluded with -")
        if pending_or:
            clauses[-1] = Clause((*clauses[-1].alternatives, term))
        else:
            clauses.append(Clause((term,), negated))
        pending_or = False
    if sum(len(c.alternatives) for c in clauses) > MAX_TERMS:
        raise InvalidSearch(f"too many words (at most {MAX_TERMS})")
    return Query(tuple(clauses), tuple(filters))


def _items(text: str, label_names: dict[str, str] | None) -> list[_Item]:
    items: list[_Item] = []
    negate_next = False
    position = 0
    while position < len(text):
        space = _SPACE.match(text, position)
        if space:
            position = space.end()
            continue
        piece = _PIECE.match(text, position)
        if piece is None:  # a lone quote closing nothing
            position += 1
            continue
        position = piece.end()
        item = _item(piece, label_names)
        if isinstance(item, str):  # "NOT": the next term is excluded
            negate_next = True
            continue
        if isinstance(item, tuple) and negate_next:
            item = (item[0], True)
        if item is not None:
            items.append(item)
        negate_next = False
    return items


def _item(piece: re.Match[str], label_names: dict[str, str] | None) -> _Item | str | None:
    """One piece of the query: a term with its sign, a filter, OR, "NOT", or None (nothing)."""
    negated = piece.group("neg") is not None
    key, quoted, bare = piece.group("key"), piece.group("quoted"), piece.group("bare")
    if key is not None and _filter_key(key) is not None:
        value = quoted if quoted is not None else bare
        return _filter(_filter_key(key) or "", key.lower(), value.strip(), negated, label_names)
    if key is not None:  # "http://…", "Note:" — not ours, so it is text to find
        if quoted is not None:
            return _term(key, negated, quoted=False)
        return _term(f"{key}:{bare}", negated, quoted=False)
    if quoted is not None:
        return _term(quoted, negated, quoted=True)
    if bare.endswith(":") and _filter_key(bare[:-1]) is not None:
        # "agency:" at the end or "tag: Japan": a filter whose value went missing, which
        # searched as the word "agency" would quietly find nothing.
        return _filter(_filter_key(bare[:-1]) or "", bare[:-1].lower(), "", negated, label_names)
    if not negated and bare in ("OR", "|"):
        return _Or()
    if not negated and bare in ("AND", "NOT", "&&"):
        return "NOT" if bare == "NOT" else None
    return _term(bare, negated, quoted=False)


def _filter_key(typed: str) -> str | None:
    """The filter a typed key names, in English or German ("Autor" → "author"), else None."""
    key = typed.lower()
    key = ALIASES.get(key, key)
    return key if key in FILTER_KEYS else None


def _term(text: str, negated: bool, *, quoted: bool) -> tuple[Term, bool] | None:
    if quoted:
        tokens = tuple(TOKEN.findall(text))
        return (Term(TermKind.PHRASE, tokens), negated) if tokens else None
    prefix = text.endswith("*")
    tokens = tuple(TOKEN.findall(text))
    if not tokens:
        return None
    # "a*" would expand to a good part of the vocabulary: it is searched as the word "a".
    prefix = prefix and len(tokens[-1]) >= MIN_PREFIX
    return Term(TermKind.PREFIX if prefix else TermKind.WORD, tokens), negated


def _filter(
    key: str, typed: str, value: str, negated: bool, label_names: dict[str, str] | None
) -> Filter:
    """`typed` is the filter word the user wrote, in lower case ("vor", "before"): a refusal
    names it so, and a German user who typed `vor:gestern` is not told about "before:"."""
    if not value:
        raise InvalidSearch(f"{typed}: needs a value")
    if key == "in":
        where = WHERES.get(value.lower())
        if where is None:
            raise InvalidSearch("in: takes article, highlight or note")
        return Filter(key, where, negated)
    if key == "label":
        label = resolve_label(value, label_names)
        if label is None:
            raise InvalidSearch(f"no highlight label “{value[:40]}”")
        return Filter(key, label, negated)
    if key in ("before", "after"):
        return Filter(key, _date_prefix(typed, value), negated)
    return Filter(key, value, negated)


def _date_prefix(typed: str, value: str) -> str:
    """The ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD) of the period a typed date starts: German
    forms (`28.10.2025`, `"28. Oktober 2025"`, `10.2025`) count like `2025-10-28`."""
    iso = parse_date(value)
    if iso is None:
        raise InvalidSearch(f"{typed}: takes a date like 2025, 2025-03, 2025-03-31 or 31.03.2025")
    return iso[:10]
