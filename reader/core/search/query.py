"""Reading what a user typed into the search box: words, phrases, prefixes, filters, operators.

Text it does not understand becomes words (or nothing): stray quotes (an open quote runs to
the end), `*`, `C++` or `e-mail`. It refuses, with one `InvalidSearch` whose message is short
enough for a status line, what it cannot honour and would otherwise answer wrongly without a
word: an unknown filter value, a bad date, a field name that is no filter (`title:`), NEAR,
an operator or bracket out of place (`grammar`), a query too long to run quickly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core.analysis import TOKEN
from reader.core.date_input import no_such_day, parse_date
from reader.core.labels import resolve_label
from reader.core.search.grammar import And, Close, Item, Not, Open, Or, combine
from reader.core.search.syntax import (
    TOO_MANY_WORDS,
    Clause,
    Filter,
    InvalidSearch,
    Query,
    Term,
    TermKind,
    UnknownLabel,
)

__all__ = ["Clause", "Filter", "InvalidSearch", "Query", "Term", "TermKind", "UnknownLabel", "WordAt", "parse", "tags_named",
           "word_spans"]  # fmt: skip

MAX_CHARS = 1_000
MAX_TERMS = 32
MIN_PREFIX = 2

FILTER_KEYS = ("tag", "outlet", "author", "agency", "label", "in", "before", "after")
# The window speaks German, so a German user types the German word for a filter; read as a
# word, "autor:Bastian" would quietly find nothing.
ALIASES = {"autor": "author", "medium": "outlet", "agentur": "agency", "schlagwort": "tag",
           "kategorie": "label", "nach": "after", "vor": "before"}  # fmt: skip
# The filters by their German words ("Kategorie" is the German window's word for a label), in
# FILTER_KEYS' order (ALIASES' word for each, else the key, so a new alias is listed too):
# listed to a user who typed a German field name (`titel:`), who had been told only the English ones.
GERMAN_KEYS = tuple({key: word for word, key in ALIASES.items()}.get(key, key) for key in FILTER_KEYS)
WHERES = {"article": "article", "articles": "article", "highlight": "highlight",
          "highlights": "highlight", "note": "note", "notes": "note",
          # the German window's words for them
          "artikel": "article", "markierung": "highlight", "markierungen": "highlight",
          "notiz": "note", "notizen": "note"}  # fmt: skip

# A bare word stops at a bracket that is not its own: `(Japan` and `Japan)` are a bracket and
# a word, `Biden(s)` and `f(x)` are words.
_PIECE = re.compile(
    r"(?P<neg>-)?(?:(?P<key>[A-Za-z]+):)?"
    r'(?:"(?P<quoted>[^"]*)"?|(?P<bare>[^\s"()]+(?:\([^\s"()]*\)[^\s"()]*)*))'
)
_SPACE = re.compile(r"\s+")
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Capitals, as OR: `near` is a word, `NEAR`, `NEAR/5` and `NEAR(` ask for what FTS5 can do
# and this search does not; read as the word "near" they quietly found nothing.
_NEAR = re.compile(r"NEAR(/\d*)?")
NEAR_UNSUPPORTED = "NEAR is not supported: all words must match anyway"
# Field names a user may expect from other search boxes. Read as words, `title:Japan` quietly
# found nothing; other words before a colon (`Fazit:`, `http://`) stay text to find.
FIELD_LIKE = frozenset({"title", "titel", "headline", "heading", "ueberschrift", "überschrift",
                        "text", "body", "inhalt", "source", "quelle", "site", "url", "date",
                        "datum", "published", "lang", "language", "sprache", "type", "typ",
                        "kind", "from", "to", "since", "until", "byline"})  # fmt: skip
_GERMAN_FIELDS = frozenset({"titel", "ueberschrift", "überschrift", "inhalt", "quelle", "datum", "sprache", "typ"})


def _not_a_filter(typed: str) -> InvalidSearch:
    """The refusal of a field name that is no filter, listing the filters in the language it is
    in: `titel:` is answered with schlagwort, medium, autor … (which the search takes as well)."""
    key = typed.lower()
    filters = GERMAN_KEYS if key in _GERMAN_FIELDS else FILTER_KEYS
    return InvalidSearch(f"{key}: is not a filter (filters: {', '.join(filters)})")


def parse(text: str, label_names: dict[str, str] | None = None) -> Query:
    """The query in `text`; raises InvalidSearch for what cannot be searched. NFC, as the text
    it searches was imported: an umlaut typed or pasted as "u" and a combining mark (a macOS
    file name, a PDF's text) found nothing."""
    text = unicodedata.normalize("NFC", _UNPRINTABLE.sub(" ", text))
    if len(text) > MAX_CHARS:
        raise InvalidSearch(f"too long (at most {MAX_CHARS:,} characters)")
    query = combine(_items(text, label_names), MAX_TERMS)
    if sum(len(c.alternatives) for c in query.clauses) > MAX_TERMS:
        raise InvalidSearch(TOO_MANY_WORDS.format(MAX_TERMS))
    return query


def _items(text: str, label_names: dict[str, str] | None) -> list[Item]:
    items: list[Item] = []
    for piece in _pieces(text):
        item = _item(piece, label_names) if isinstance(piece, re.Match) else piece
        if item is not None:
            items.append(item)
    return items


def _pieces(text: str) -> Iterator[Open | Close | re.Match[str]]:
    """The brackets of `text`, and the rest as matches of `_PIECE` (a word, phrase or filter,
    with its sign), in order: what `_items` reads and `word_spans` locates."""
    position = 0
    while position < len(text):
        space = _SPACE.match(text, position)
        if space:
            position = space.end()
            continue
        if text.startswith(("(", "-("), position):
            yield Open(negated=text[position] == "-")
            position = text.index("(", position) + 1
            continue
        if text[position] == ")":
            yield Close()
            position += 1
            continue
        piece = _PIECE.match(text, position)
        if piece is None:  # a lone quote closing nothing
            position += 1
            continue
        position = piece.end()
        yield piece


def tags_named(text: str, label_names: dict[str, str] | None = None, *, excluded: bool = True) -> tuple[str, ...]:
    """The tags the query's `tag:` filters name (and its `-tag:` ones unless not `excluded`), as
    typed; InvalidSearch as `parse`. The search itself finds nothing for a tag the library
    lacks, which is right while the window's box is typed into (`tag:Ja` on the way to
    `tag:Japan`); a command line given the finished query can say the tag does not exist."""
    return tuple(f.value for f in parse(text, label_names).filters if f.key == "tag" and (excluded or not f.negated))


@dataclass(frozen=True, slots=True)
class WordAt:
    """One word of a term as it stands in the text typed: `text[start:end]`, and its term."""

    start: int
    end: int
    term: Term


def word_spans(text: str, label_names: dict[str, str] | None = None) -> list[WordAt]:
    """Where each word of each term of `text` stands, so a word can be replaced in place and
    everything around it (quotes, operators, filters, brackets, spacing) kept as typed.

    Only for text that `parse` reads (it raises the same InvalidSearch otherwise). A filter's
    value is no term, so it has no words here.
    """
    text = _UNPRINTABLE.sub(" ", text)  # the same length: offsets stay those of the text typed
    found: list[WordAt] = []
    for piece in _pieces(text):
        if not isinstance(piece, re.Match):
            continue
        item = _item(piece, label_names)
        if not isinstance(item, tuple):
            continue
        for token in TOKEN.finditer(text, *_term_region(piece)):
            found.append(WordAt(token.start(), token.end(), item[0]))
    return found


def _term_region(piece: re.Match[str]) -> tuple[int, int]:
    """Where the text of a piece's term is, as `_item` reads it: the phrase, the bare word,
    or (after a word and colon that name no filter, "Fazit:…") that word with what follows."""
    if piece.group("quoted") is not None:
        return piece.span("key" if piece.group("key") is not None else "quoted")
    return piece.start("key" if piece.group("key") is not None else "bare"), piece.end("bare")


def _item(piece: re.Match[str], label_names: dict[str, str] | None) -> Item | None:
    """One piece of the query: a term with its sign, a filter, an operator, or None (nothing)."""
    negated = piece.group("neg") is not None
    key, quoted, bare = piece.group("key"), piece.group("quoted"), piece.group("bare")
    if key is not None and _filter_key(key) is not None:
        value = quoted if quoted is not None else bare
        return _filter(_filter_key(key) or "", key.lower(), value.strip(), negated, label_names)
    if key is not None and key.lower() in FIELD_LIKE:
        raise _not_a_filter(key)
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
    if bare.endswith(":") and bare[:-1].lower() in FIELD_LIKE:
        raise _not_a_filter(bare[:-1])
    if not negated and _NEAR.fullmatch(bare):
        raise InvalidSearch(NEAR_UNSUPPORTED)
    operator = _OPERATORS.get(bare) if not negated else None
    return operator if operator is not None else _term(bare, negated, quoted=False)


_OPERATORS: dict[str, Item] = {"OR": Or(), "|": Or(), "AND": And(), "&&": And(), "NOT": Not()}
# The words and signs that join terms: a query holding one asks more than its words (`credit_hits`).
OPERATORS = frozenset(_OPERATORS)


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
            raise UnknownLabel(value[:40])
        return Filter(key, label, negated)
    if key in ("before", "after"):
        return Filter(key, _date_prefix(typed, value), negated)
    return Filter(key, value, negated)


def _date_prefix(typed: str, value: str) -> str:
    """The ISO prefix (YYYY, YYYY-MM or YYYY-MM-DD) of the period a typed date starts: German
    forms (`28.10.2025`, `"28. Oktober 2025"`, `10.2025`) count like `2025-10-28`. A day the
    calendar lacks (`31.02.2025`) is called that: answered with the forms it was typed in, the
    reader was left to guess what was wrong."""
    iso = parse_date(value)
    if iso is None and no_such_day(value):  # "31.02.2025" is typed in a form it lists
        raise InvalidSearch(f"{typed}: there is no such day in the calendar ({value[:40]})")
    if iso is None:
        raise InvalidSearch(f"{typed}: takes a date like 2025, 2025-03, 2025-03-31 or 31.03.2025")
    return iso[:10]
