"""Searching the library: ranked results with marked snippets, and the ids the list shows.

`search` is what the CLI and a results view call: the best matches among articles, highlights
and notes, each saying where it hit, with a snippet and (for articles) the match offsets in the
reading text. `source_ids` is what the library list calls while the user types. Query syntax
is in `query`, the SQL in `match`, the marking in `marks`.

Ranking is bounded, a product decision: when a query matches more than RANKED_NEWEST rows,
only the newest RANKED_NEWEST matches (the most recently added articles, highlights and
notes: rowids follow the order things were indexed) are ranked by bm25. Ranking is what cost
(bm25 over every matching row took 50–170 ms for a common word in 100,000 sources); a word
that common says little about which article the user wants, and a recent one is the better
guess. A more specific query matches fewer rows and is ranked in full.

Quoted phrases are found by their stems in FTS5 and then checked, exactly, on the original
text of the candidates in rank order (`check`), until enough results are in.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from itertools import count
from typing import Any

from reader.core.search.check import PhraseCheck
from reader.core.search.marks import Marker, Snippet, Span, snippet
from reader.core.search.match import (
    BM25,
    KIND_BOOST,
    SOURCE_OF,
    exclusion_expression,
    filter_sql,
    match_expression,
    rank_expression,
)
from reader.core.search.query import (
    MIN_PREFIX,
    Clause,
    Filter,
    InvalidSearch,
    Query,
    Term,
    TermKind,
    parse,
)
from reader.core.search.result_rows import RowText, row_text
from reader.core.store import ARTICLE, HIGHLIGHT, ORDERINGS, Store, stored_tag

MARKERS = ("[", "]")
# Results whose scores differ by less than this are ordered by date, newest first.
SCORE_TIE = 0.1
# Extra ranked rows read beyond the limit, so date order among near-ties is right at the cut.
_TIE_MARGIN = 20
# Matches ranked at most (the newest); see the module docstring. Measured over 100,000
# sources (benchmarks/bench_search.py): from 1,000 to 3,000 the time hardly changes (the
# list merges of the FTS5 pass dominate), 5,000 adds ~2 ms and 10,000 ~8 ms a query; with
# 1,000, a tag filter often leaves too few of them and the all-matches pass runs too.
RANKED_NEWEST = 3_000
_BROWSE_PAGE = 200
_SCORE = f"{BM25} * {KIND_BOOST.format(rid='f.rowid')}"


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One hit: a source's article, one of its highlights, or its note.

    `ref_id` is the highlight id for a highlight, else the source id. `snippet` carries the
    markers; `snippet_text` and `snippet_spans` are the same excerpt unmarked, with the match
    spans for the window to format. `match_offsets` are every match in the article's reading
    text (code points) when `where` is "article": scroll to the first, mark them all;
    `teaser_offsets` those in its teaser, which the reading view shows above the text (a hit
    there was found but never marked).
    """

    source_id: int
    title: str
    file_name: str
    where: str
    ref_id: int
    snippet: str
    snippet_text: str
    snippet_spans: tuple[Span, ...]
    match_offsets: tuple[Span, ...]
    published: str | None
    score: float
    teaser_offsets: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The shape `briefing search --json` prints."""
        return {
            "source_id": self.source_id,
            "title": self.title,
            "file_name": self.file_name,
            "where": self.where,
            "snippet": self.snippet,
        }


def search(
    store: Store,
    text: str,
    *,
    limit: int = 50,
    label_names: dict[str, str] | None = None,
    markers: tuple[str, str] = MARKERS,
    within: Collection[int] | None = None,
) -> list[SearchResult]:
    """The best `limit` matches for the query `text`, best first; raises InvalidSearch only.

    `within`: the sources whose matches count (None: all), the library's filter bar as the
    user set it. The SQL asks it, so the limit counts only what the user can be shown: the
    live search filtered the 101 best matches afterwards, and with Unread only, 101 read
    sources left none of the matching unread ones listed."""
    query = _tags_as_stored(store, parse(text, label_names))
    if query.is_empty or limit <= 0 or (within is not None and not within):
        return []
    rows = _best_rows(store, query, limit + _TIE_MARGIN, within)
    rows.sort(key=lambda row: (round(row[1] / SCORE_TIE), _negated_date(row[0].day)))
    marker = Marker(query)
    return [_result(marker, found, score, markers) for found, score in rows[:limit]]


def _best_rows(store: Store, query: Query, wanted: int, within: Collection[int] | None) -> list[tuple[RowText, float]]:
    """The first `wanted` rows in rank order (of the sources `within`), with their texts
    (phrases checked on them)."""
    check = PhraseCheck(query)
    found: list[tuple[RowText, float]] = []
    # Phrase checks may turn rows down, so then the filters see all matches.
    for rowid, score in _ranked(store, query, RANKED_NEWEST if check.needed else wanted, within):
        texts = _checked(store, check, rowid) if check.needed else row_text(store, rowid)
        if texts is None:
            continue
        found.append((texts, score))
        if len(found) == wanted:
            break
    return found


def _ranked(store: Store, query: Query, enough: int, within: Collection[int] | None) -> Iterator[tuple[int, float]]:
    """(rowid, score) of matching rows, best first: bm25 over the newest RANKED_NEWEST matches.

    One FTS5 pass, newest first, stops at RANKED_NEWEST rows; a second scores just those by
    bm25 over the words without compound parts (see `rank_expression`; it computes its
    statistics once per term), and Python sorts them. A query of filters only lists rows
    newest first.
    """
    match = match_expression(query)
    if match is None:
        yield from _browsed(store, query, within)
        return
    rank = rank_expression(query)
    if rank is None:  # scored in the same pass
        rows = _newest(store, query, match, f", {_SCORE} AS score", enough, within)
    else:
        found = [rowid for (rowid,) in _newest(store, query, match, "", enough, within)]
        scores = dict(_run(store, _scores_sql(rank, found))) if found else {}
        rows = [(rowid, scores.get(rowid, 0.0)) for rowid in found]
    yield from sorted(rows, key=lambda row: row[1])


def _newest(store: Store, query: Query, match: str, score: str, enough: int,
            within: Collection[int] | None) -> list[Any]:  # fmt: skip
    """The newest RANKED_NEWEST matches that pass the filters (and are of sources `within`):
    (rowid[, score]) rows.

    With filters, the newest RANKED_NEWEST word matches are filtered first: a filter that
    passes few rows (a tag) would otherwise make FTS5 walk every match. Only when fewer than
    `enough` of them pass are all matches filtered.
    """
    base = f"SELECT f.rowid{score} FROM search_index f WHERE search_index MATCH ?"
    newest = f"ORDER BY f.rowid DESC LIMIT {RANKED_NEWEST}"
    rows: list[Any] = []
    if within is not None or filter_sql(query, "f.rowid").conditions:
        inner = f"SELECT n.* FROM ({base} {newest}) n WHERE 1"
        rows = _run(store, _filtered(query, "n.rowid", inner, [match], match, within))
    if len(rows) < enough:
        sql, params = _filtered(query, "f.rowid", base, [match], match, within)
        rows = _run(store, (f"{sql} {newest}", params))
    return rows


def _scores_sql(rank: str, rowids: list[int]) -> tuple[str, list[Any]]:
    """bm25 of these rows by `rank`: FTS5 starts at the oldest, computes only for these."""
    sql = (
        f"SELECT f.rowid, {_SCORE} FROM search_index f WHERE search_index MATCH ?"
        " AND f.rowid >= ? AND +f.rowid IN (SELECT value FROM json_each(?))"
    )
    return sql, [rank, min(rowids), json.dumps(rowids)]


def _browsed(store: Store, query: Query, within: Collection[int] | None) -> Iterator[tuple[int, float]]:
    """Rows a query of filters only lists, most recently added first, a page at a time.

    Added order, not publication date: SQLite reads it straight off the rowids and stops at a
    page, where sorting every row a broad filter lets through by date took 70–85 ms at
    100,000 sources (`label:risk` passes 20,000 highlights). It is also the order the
    bounded ranking favours.
    """
    rows_sql, params = _browse_sql(query, within)
    sql = f"SELECT b.rid FROM ({rows_sql}) b ORDER BY b.rid DESC"
    for offset in count(0, _BROWSE_PAGE):
        page = _run(store, (f"{sql} LIMIT {_BROWSE_PAGE} OFFSET {offset}", params))
        yield from ((rid, 0.0) for (rid,) in page)
        if len(page) < _BROWSE_PAGE:
            return


def source_ids(
    store: Store, text: str, order: str = "published", tag: str | None = None,
    label_names: dict[str, str] | None = None,
) -> list[int]:
    """Ids of live sources with a matching article, highlight or note, in list order.

    While typing, the last word also matches as a prefix, so the list narrows letter by letter.
    `label_names`: the user's names for the labels, which `label:` takes as the window shows them.
    """
    query = _as_you_type(parse(text, label_names), text)
    if tag is not None:
        # A Filter, not "tag:…" text: a tag name may hold spaces or quotes.
        query = Query(query.clauses, (*query.filters, Filter("tag", tag)))
    query = _tags_as_stored(store, query)
    if query.is_empty:
        return store.sources.ids(order)
    rows_sql, params = _matching_rows_sql(query)
    check = PhraseCheck(query)
    if check.needed:
        wanted = {
            row.source_id
            for (rid,) in _run(store, (rows_sql, params))
            if (row := _checked(store, check, rid))
        }
        return [i for i in store.sources.ids(order) if i in wanted]
    sql = (
        f"SELECT s.id FROM sources s WHERE s.deleted_at IS NULL AND s.id IN"
        f" (SELECT {SOURCE_OF.format(rid='m.rid')} FROM ({rows_sql}) m)"
        f" ORDER BY {ORDERINGS[order]}"
    )
    return [row[0] for row in _run(store, (sql, params))]


def _checked(store: Store, check: PhraseCheck, rowid: int) -> RowText | None:
    """The row's texts if it matches the query's phrases exactly, else None."""
    texts = row_text(store, rowid)
    return (
        texts if texts is not None and check.matches((texts.head, texts.body), texts.lang) else None
    )


def _as_you_type(query: Query, text: str) -> Query:
    if text[-1:].isspace() or not query.clauses:
        return query
    last = query.clauses[-1]
    term = last.alternatives[-1]
    if last.negated or term.kind is not TermKind.WORD or len(term.tokens[-1]) < MIN_PREFIX:
        return query
    widened = Clause((*last.alternatives, Term(TermKind.PREFIX, term.tokens)))
    return Query((*query.clauses[:-1], widened), query.filters)


def _matching_rows_sql(query: Query) -> tuple[str, list[Any]]:
    """SQL selecting `rid` of every index row the query matches (unranked)."""
    match = match_expression(query)
    if match is None:
        return _browse_sql(query)
    base = "SELECT f.rowid AS rid FROM search_index f WHERE search_index MATCH ?"
    sql, params = _filtered(query, "f.rowid", base, [match], match)
    return sql, params


def _filtered(
    query: Query, rid: str, sql: str, params: list[Any], match: str | None = None,
    within: Collection[int] | None = None,
) -> tuple[str, list[Any]]:
    """`sql` (ending in a WHERE clause) with the query's filters added (and the sources
    `within`), and its exclusions unless they are in the MATCH expression `match` already."""
    filters = filter_sql(query, rid, within)
    for condition in filters.conditions:
        sql += f" AND {condition}"
    params = [*params, *filters.params]
    if match is not None:  # exclusions are in the MATCH expression
        return sql, params
    excluded = exclusion_expression(query)
    if excluded is not None:
        sql += f" AND {rid} NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
        params.append(excluded)
    return sql, params


def _browse_sql(query: Query, within: Collection[int] | None = None) -> tuple[str, list[Any]]:
    """Rows for a query of filters (and exclusions) only: all rows the filters let through
    (of the sources `within`).

    The index holds exactly the live articles, highlights and notes, so its rows are the list.
    """
    return _filtered(query, "u.id", "SELECT u.id AS rid FROM search_rows u WHERE 1", [], within=within)


def _tags_as_stored(store: Store, query: Query) -> Query:
    """The query with each `tag:` as the library spells the tag: SQLite compares names in any
    case of A–Z only, so `tag:öl` found nothing tagged "Öl" (`stored_tag`)."""
    if not any(f.key == "tag" for f in query.filters):
        return query
    filters = tuple(replace(f, value=stored_tag(store.db, f.value)) if f.key == "tag" else f for f in query.filters)
    return Query(query.clauses, filters)


def _run(store: Store, statement: tuple[str, list[Any]]) -> list[Any]:
    sql, params = statement
    try:
        return list(store.db.execute(sql, params).fetchall())
    except sqlite3.OperationalError as exc:
        # Quoting leaves FTS5 nothing to reject, but an edge case must reach the user as a
        # short message, never as a traceback.
        raise InvalidSearch(f"cannot search for this ({exc})") from None


def _negated_date(day: str | None) -> tuple[int, ...]:
    """A sort key putting newer dates first (and undated last)."""
    return tuple(-ord(c) for c in day) if day else (0,)


def _result(marker: Marker, found: RowText, score: float, markers: tuple[str, str]) -> SearchResult:
    body_spans = marker.spans(found.body, found.lang)
    excerpt = _excerpt(marker, found, body_spans, markers)
    return SearchResult(
        source_id=found.source_id, title=found.title, file_name=found.file_name,
        where=found.where, ref_id=found.ref_id, snippet=excerpt.marked,
        snippet_text=excerpt.text, snippet_spans=excerpt.spans,
        match_offsets=tuple(body_spans) if found.where == ARTICLE else (),
        published=found.published, score=float(score),
        teaser_offsets=tuple(marker.spans(found.teaser, found.lang)) if found.where == ARTICLE else (),
    )  # fmt: skip


def _excerpt(marker: Marker, found: RowText, body_spans: list[Span], markers: tuple[str, str]) -> Snippet:
    """The body around its matches; else the head (title, teaser, quote) if only it matched.
    A highlight found by filters alone (`label:risk`) shows its quote, what marks it out, not
    its annotation: `briefing search label:Risiko` listed a hit as "Use it"."""
    head, body = found.head, found.body
    if body_spans or not head:
        return snippet(body, body_spans, markers)
    head_spans = marker.spans(head, found.lang)
    if head_spans or not body or found.where == HIGHLIGHT:
        return snippet(head, head_spans, markers)
    return snippet(body, [], markers)
