"""Searching the library: ranked results with marked snippets, and the ids the list shows.

`search` is what the CLI and a results view call: the best matches among articles, highlights
and notes, each saying where it hit, with a snippet and (for articles) the match offsets in the
reading text. `source_ids` is what the library list calls while the user types. Query syntax
is in `search_query`, the SQL in `search_match`, the marking in `search_marks`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from reader.core.search_marks import Marker, Snippet, Span, snippet
from reader.core.search_match import (
    BM25,
    KIND_BOOST,
    SOURCE_OF,
    any_expression,
    filter_sql,
    match_expression,
)
from reader.core.search_query import (
    MIN_PREFIX,
    Clause,
    Filter,
    InvalidSearch,
    Query,
    Term,
    TermKind,
    parse,
)
from reader.core.store import Store
from reader.core.store.search_index import ARTICLE, kind_of
from reader.core.store.sources import ORDERINGS

__all__ = ["InvalidSearch", "SearchResult", "parse", "search", "source_ids"]

MARKERS = ("[", "]")
# Results whose scores differ by less than this are ordered by date, newest first.
SCORE_TIE = 0.1
# Extra ranked rows read beyond the limit, so date order among near-ties is right at the cut.
_TIE_MARGIN = 20


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One hit: a source's article, one of its highlights, or its note.

    `ref_id` is the highlight id for a highlight, else the source id. `snippet` carries the
    markers; `snippet_text` and `snippet_spans` are the same excerpt unmarked, with the match
    spans for the window to format. `match_offsets` are every match in the article's reading
    text (code points) when `where` is "article": scroll to the first, mark them all.
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
) -> list[SearchResult]:
    """The best `limit` matches for the query `text`, best first; raises InvalidSearch only."""
    query = parse(text, label_names)
    if query.is_empty or limit <= 0:
        return []
    rows = _run(store, _ranked_sql(query, limit + _TIE_MARGIN))
    rows.sort(key=lambda row: (round(row[1] / SCORE_TIE), _negated_date(row[2])))
    marker = Marker(query)
    return [_result(store, marker, rowid, score, markers) for rowid, score, _date in rows[:limit]]


def source_ids(store: Store, text: str, order: str = "published", tag: str | None = None) -> list[int]:
    """Ids of live sources with a matching article, highlight or note, in list order.

    While typing, the last word also matches as a prefix, so the list narrows letter by letter.
    """
    query = _as_you_type(parse(text), text)
    if tag is not None:
        # A Filter, not "tag:…" text: a tag name may hold spaces or quotes.
        query = Query(query.clauses, (*query.filters, Filter("tag", tag)))
    if query.is_empty:
        return store.sources.ids(order)
    rows_sql, params = _matching_rows_sql(query)
    sql = (
        f"SELECT s.id FROM sources s WHERE s.deleted_at IS NULL AND s.id IN"
        f" (SELECT {SOURCE_OF.format(rid='m.rid')} FROM ({rows_sql}) m)"
        f" ORDER BY {ORDERINGS[order]}"
    )
    return [row[0] for row in _run(store, (sql, params))]


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
    match = match_expression(query.positive)
    if match is None:
        return _browse_sql(query)
    sql, params = _filtered(query, "f.rowid", "SELECT f.rowid AS rid FROM search_index f"
                            " WHERE search_index MATCH ?", [match])  # fmt: skip
    return sql, params


def _ranked_sql(query: Query, limit: int) -> tuple[str, list[Any]]:
    """SQL giving (rowid, score, date) of the best rows: bm25, or newest first without words."""
    match = match_expression(query.positive)
    if match is None:
        rows_sql, params = _browse_sql(query)
        sql = f"SELECT b.rid, 0.0, {_date_sql('b.rid')} AS day FROM ({rows_sql}) b ORDER BY day DESC LIMIT {limit}"
        return sql, params
    score = f"{BM25} * {KIND_BOOST.format(rid='f.rowid')}"
    base = f"SELECT f.rowid, {score} AS score FROM search_index f WHERE search_index MATCH ?"
    sql, params = _filtered(query, "f.rowid", base, [match])
    ranked = f"SELECT r.rowid, r.score, {_date_sql('r.rowid')} FROM ({sql} ORDER BY score LIMIT {limit}) r"
    return ranked, params


def _date_sql(rid: str) -> str:
    sid = SOURCE_OF.format(rid=rid)
    return f"(SELECT coalesce(s.published, substr(s.imported_at, 1, 10)) FROM sources s WHERE s.id = {sid})"


def _filtered(query: Query, rid: str, sql: str, params: list[Any]) -> tuple[str, list[Any]]:
    """`sql` (ending in a WHERE clause) with the query's filters and exclusions added."""
    filters = filter_sql(query, rid)
    for condition in filters.conditions:
        sql += f" AND {condition}"
    params = [*params, *filters.params]
    excluded = any_expression(query.negative)
    if excluded is not None:
        sql += f" AND {rid} NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)"
        params.append(excluded)
    return sql, params


def _browse_sql(query: Query) -> tuple[str, list[Any]]:
    """Rows of live sources for a query of filters (and exclusions) only."""
    rows = (
        "SELECT s.id * 4 + 1 AS rid FROM sources s WHERE s.deleted_at IS NULL"
        " UNION ALL SELECT h.id * 4 + 2 FROM highlights h JOIN sources s ON s.id = h.source_id"
        " WHERE h.deleted_at IS NULL AND s.deleted_at IS NULL"
        " UNION ALL SELECT n.source_id * 4 + 3 FROM notes n JOIN sources s ON s.id = n.source_id"
        " WHERE s.deleted_at IS NULL"
        " AND EXISTS (SELECT 1 FROM search_index i WHERE i.rowid = n.source_id * 4 + 3)"
    )
    return _filtered(query, "u.rid", f"SELECT u.rid FROM ({rows}) u WHERE 1", [])


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


def _result(store: Store, marker: Marker, rowid: int, score: float, markers: tuple[str, str]) -> SearchResult:
    where = kind_of(rowid)
    row = store.db.execute(
        "SELECT f.source_id, f.ref_id, f.head, f.body, s.title, s.file_name, s.published, s.lang"
        " FROM search_index f JOIN sources s ON s.id = f.source_id WHERE f.rowid = ?",
        (rowid,),
    ).fetchone()
    source_id, ref_id, head, body, title, file_name, published, lang = row
    body_spans = marker.spans(body, lang)
    excerpt = _excerpt(marker, head, body, body_spans, lang, markers)
    return SearchResult(
        source_id=source_id, title=title, file_name=file_name, where=where, ref_id=ref_id,
        snippet=excerpt.marked, snippet_text=excerpt.text, snippet_spans=excerpt.spans,
        match_offsets=tuple(body_spans) if where == ARTICLE else (), published=published,
        score=float(score),
    )  # fmt: skip


def _excerpt(
    marker: Marker, head: str, body: str, body_spans: list[Span], lang: str | None, markers: tuple[str, str]
) -> Snippet:
    """The body around its matches; else the head (title, teaser, quote) if only it matched."""
    if body_spans or not head:
        return snippet(body, body_spans, markers)
    head_spans = marker.spans(head, lang)
    if head_spans or not body:
        return snippet(head, head_spans, markers)
    return snippet(body, [], markers)

