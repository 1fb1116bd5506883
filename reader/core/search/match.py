"""Turning a parsed query into what SQLite runs: an FTS5 MATCH expression and filter SQL.

Every piece of user text reaches FTS5 inside a double-quoted string, so nothing a user types
is ever FTS5 syntax. The index holds only analysed text (`reader.core.store.search_index`):
a word matches its folded stem in any language we stem, or (four letters or more) the head or
tail of a German compound, through a prefix query on the compound's part keys; a prefix
matches stems starting so; a phrase matches the same words' stems in order, which only finds
candidates: `needs_check` says when the exact words must be checked on the original text.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from reader.core.analysis import (
    HEAD_MARK,
    MIN_PART,
    STEMMED_LANGUAGES,
    analyser,
    fold,
    part_prefixes,
)
from reader.core.search.query import Clause, Filter, Query, Term, TermKind
from reader.core.store import HIGHLIGHT, KIND_CODES, NOTE

TEXT_COLUMNS = "{head body}"

# bm25 weights in column order (head, body, heads, tails): a hit in the title or teaser
# counts for several in the body; a compound part, which may be a coincidence of letters,
# counts least.
BM25 = "bm25(search_index, 5.0, 1.0, 0.4, 0.4)"
# Highlights are what the user found important; notes are their own words.
KIND_BOOST = (
    f"CASE {{rid}} % 4 WHEN {KIND_CODES[HIGHLIGHT]} THEN 1.5"
    f" WHEN {KIND_CODES[NOTE]} THEN 1.2 ELSE 1.0 END"
)
# The source of an index row (`reader.core.store.search_index`).
SOURCE_OF = "(SELECT r.source_id FROM search_rows r WHERE r.id = {rid})"
DATE_OF = "(SELECT coalesce(d.published, substr(d.imported_at, 1, 10)) FROM sources d WHERE d.id = {sid})"
# Filters that pick few rows are a set of row ids, built once per query and probed per
# match ("+" keeps SQLite from turning the IN into one FTS5 look-up per id).
_TAGGED = (
    "+{rid} IN (SELECT r.id FROM search_rows r JOIN source_tags st ON st.source_id = r.source_id"
    " JOIN tags g ON g.id = st.tag_id WHERE g.name = ?)"
)
# Site names that contain the text: a library has a few dozen, so they are read one index
# seek each (a skip scan of `sources_site_name`), not once per source.
_OUTLETS = (
    "WITH RECURSIVE names(n) AS (SELECT min(site_name) FROM sources UNION ALL"
    " SELECT (SELECT min(site_name) FROM sources WHERE site_name > n) FROM names"
    " WHERE n IS NOT NULL) SELECT n FROM names WHERE instr(lower(n), ?) > 0"
)
_FROM_OUTLET = (
    "+{rid} IN (SELECT r.id FROM sources o JOIN search_rows r ON r.source_id = o.id"
    f" WHERE o.site_name IN ({_OUTLETS}))"
)
# Wire stories: the agencies a library names are fewer still ("dpa/lno" is found by `dpa`),
# read the same way through `sources_agency`.
_AGENCIES = _OUTLETS.replace("site_name", "agency")
_FROM_AGENCY = (
    "+{rid} IN (SELECT r.id FROM sources o JOIN search_rows r ON r.source_id = o.id"
    f" WHERE o.agency IN ({_AGENCIES}))"
)
# Authors are many and spelled inside longer bylines ("Nicole Bastian, Tokio"): every source's
# byline is read once per query, which is still one pass over one table.
_BY_AUTHOR = (
    "+{rid} IN (SELECT r.id FROM sources o JOIN search_rows r ON r.source_id = o.id"
    " WHERE instr(lower(o.byline), ?) > 0)"
)
_LABELLED = (
    "+{rid} IN (SELECT r.id FROM highlights l JOIN search_rows r"
    f" ON r.key = l.id * 4 + {KIND_CODES[HIGHLIGHT]} WHERE l.label = ?)"
)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _or(parts: Iterable[str]) -> str:
    unique = list(dict.fromkeys(parts))
    return unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")"


def word_variants(term: Term) -> list[tuple[str, ...]]:
    """The stem sequences a word may have in the index: one per stemming language, and folded."""
    folded = tuple(fold(t) for t in term.tokens)
    variants = [tuple(analyser(lang).stem(t) for t in folded) for lang in STEMMED_LANGUAGES]
    return list(dict.fromkeys([*variants, folded]))


def part_stems(term: Term) -> list[str]:
    """What a single word is looked for as a German compound part: its stem, and as typed.

    Both, because Snowball may stem a word alone differently from the same word at the end
    of a compound (it sees a longer word); parts shorter than MIN_PART are never indexed.
    """
    if len(term.tokens) != 1:
        return []
    folded = fold(term.tokens[0])
    candidates = (analyser("de").stem(folded), folded)
    return [c for c in dict.fromkeys(candidates) if len(c) >= MIN_PART and c.isalpha()]


def prefix_variants(term: Term) -> list[tuple[str, ...]]:
    """Stem sequences whose last item is a prefix: `Lieferk*`, or `e-mai*` as a phrase.

    The last word is looked for folded and stemmed: the index has stems, and "Lieferketten*"
    should find "Lieferketten" (stem "lieferkett") as the word itself would. Folding makes
    "Müll*" and "Muell*" the same search.
    """
    *words, last = (fold(t) for t in term.tokens)
    found: list[tuple[str, ...]] = []
    for lang in (*STEMMED_LANGUAGES, None):
        stem = analyser(lang).stem
        lead = tuple(stem(w) for w in words)
        found += [(*lead, last), (*lead, stem(last))]
    return list(dict.fromkeys(found))


def term_expression(term: Term) -> str:
    stems = stem_expression(term)
    if term.kind is not TermKind.WORD:
        return stems
    prefixes = _shortest([p for part in part_stems(term) for p in part_prefixes(part)])
    parts = [f"{'heads' if p.startswith(HEAD_MARK) else 'tails'} : {_quote(p)}*" for p in prefixes]
    return f"({stems} OR {' OR '.join(parts)})" if parts else stems


def stem_expression(term: Term) -> str:
    """The term's match on the stems of the text, compound parts aside."""
    if term.kind is TermKind.PHRASE:
        return f"{TEXT_COLUMNS} : {_or(_quote(' '.join(v)) for v in phrase_variants(term))}"
    if term.kind is TermKind.PREFIX:
        variants = _shortest([" ".join(v) for v in prefix_variants(term)])
        return f"{TEXT_COLUMNS} : {_or(_quote(v) + '*' for v in variants)}"
    return f"{TEXT_COLUMNS} : {_or(_quote(' '.join(v)) for v in word_variants(term))}"


def rank_expression(query: Query) -> str | None:
    """What bm25 scores rows by: any of the query's words and phrases, compound parts aside.

    A compound-part prefix query merges the lists of every compound with that head or tail
    ("Energie…" is in half the generated library), and bm25 would run it once more for its
    statistics. Scoring by the words alone runs it once; a row found by a part alone ranks
    after the rows that have the word itself. None when the query has a prefix term, whose
    own merge would run twice then.
    """
    terms = [t for c in query.positive for t in c.alternatives]
    if any(t.kind is TermKind.PREFIX for t in terms):
        return None
    return _or(stem_expression(t) for t in terms)


def _shortest(prefixes: list[str]) -> list[str]:
    """The prefixes no other one already covers ("energi" covers "energie"): each prefix
    query merges the lists of every term it matches, so a redundant one costs as much."""
    unique = sorted(set(prefixes))
    return [p for i, p in enumerate(unique) if not any(p.startswith(q) for q in unique[:i])]


def phrase_variants(term: Term) -> list[tuple[str, ...]]:
    """The stem sequences of a phrase's candidates (its exact words are checked later)."""
    return word_variants(term)


def needs_check(clause: Clause) -> bool:
    """Whether FTS5 alone cannot decide this clause: it holds a phrase (stems are not exact)."""
    return any(t.kind is TermKind.PHRASE for t in clause.alternatives)


def clause_expression(clause: Clause) -> str:
    return _or(term_expression(t) for t in clause.alternatives)


def match_expression(query: Query) -> str | None:
    """FTS5 MATCH text for the query's words; None when it has no positive ones.

    Excluded words go into the expression as FTS5's NOT, which skips through the lists
    instead of collecting every excluded row first. Not an excluded phrase: its stems may be
    there without its exact words, so it is checked on the text (`reader.core.search.check`).
    """
    positive = [clause_expression(c) for c in query.positive]
    if not positive:
        return None
    matched = " AND ".join(positive)
    excluded = exclusion_expression(query)
    return f"({matched}) NOT {excluded}" if excluded else matched


def exclusion_expression(query: Query) -> str | None:
    """FTS5 MATCH text for rows the query excludes by words alone (phrases aside)."""
    parts = [clause_expression(c) for c in query.negative if not needs_check(c)]
    return _or(parts) if parts else None


@dataclass(frozen=True, slots=True)
class FilterSql:
    """SQL conditions (AND-ed) over an index row `{rid}`, with their parameters."""

    conditions: tuple[str, ...]
    params: tuple[object, ...]


def filter_sql(query: Query, rid: str, within: Collection[int] | None = None) -> FilterSql:
    """The conditions the query's filters put on the index row whose rowid is `rid`, and
    that its source be one of `within` (None: any).

    `within` is what the caller's own filters let through (the library's filter bar): asked
    here, in the SQL, a limit counts only rows the user can be shown. The ids are one JSON
    parameter, read into a set once per query and probed per row: some 5 ms a search where
    they are all of 10,000 sources, 35–80 ms of 100,000 (where the filter bar takes ~100 ms
    to say which they are)."""
    sid = SOURCE_OF.format(rid=rid)
    conditions: list[str] = []
    params: list[object] = []
    wanted = [f.value for f in query.filters if f.key == "in" and not f.negated]
    if wanted:
        conditions.append(f"{rid} % 4 IN ({', '.join(str(KIND_CODES[w]) for w in wanted)})")
    for f in query.filters:
        if f.key == "in" and not f.negated:
            continue
        sql, value = _condition(f, rid, sid)
        conditions.append(f"NOT ({sql})" if f.negated else sql)
        params.extend(value)
    if within is not None:
        conditions.append(f"{sid} IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(within)))
    return FilterSql(tuple(conditions), tuple(params))


def _condition(f: Filter, rid: str, sid: str) -> tuple[str, tuple[object, ...]]:
    if f.key == "in":
        return f"{rid} % 4 = {KIND_CODES[f.value]}", ()
    if f.key == "tag":
        return _TAGGED.format(rid=rid), (" ".join(f.value.split()),)
    if f.key == "outlet":
        return _FROM_OUTLET.format(rid=rid), (f.value.lower(),)
    if f.key == "author":
        return _BY_AUTHOR.format(rid=rid), (f.value.lower(),)
    if f.key == "agency":
        return _FROM_AGENCY.format(rid=rid), (f.value.lower(),)
    if f.key == "label":
        return _LABELLED.format(rid=rid), (f.value,)
    # A date range passes many rows: checked per row, on the rows FTS5 yields, newest first.
    operator = ">=" if f.key == "after" else "<"
    return f"{DATE_OF.format(sid=sid)} {operator} ?", (f.value,)
