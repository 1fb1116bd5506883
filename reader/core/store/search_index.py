"""Keeping the full-text index in step with articles, highlights and notes.

The index holds one row per searchable thing, written by the same transaction that changes the
thing, so it can never disagree with the library after a crash. `rebuild` recreates everything
for `briefing check --rebuild-index`.

Why it looks like this (schema 4): the index stores only the analysis — stems and German
compound part keys (`reader.core.analysis.terms`) — in a contentless FTS5 table. The original text
is already in the library (reading text, quotes, annotations, notes); snippets, match offsets
and the exact check of quoted phrases read it from there. Storing it again in FTS5, with its
own tokens, made the index four times the size of the text. A contentless FTS5 table (SQLite
3.40 has no `contentless_delete`) forgets a row only when given the terms it indexed, and
an edit has already replaced the text when the index hears of it, so `search_terms` keeps
each row's distinct stems, compressed, for that one purpose (see `forget_terms`).

Rowids are dense and increase as rows are written (`sequence * 4 + kind code`): FTS5 stores
rowid deltas, so dense rowids keep its lists small, the kind is `rowid % 4` without a look-up,
and rowid order is the order things were added, which bounds the ranking of very broad
queries to the newest matches (see `reader.core.search`). `search_rows` says what each row is
— its `key` (`ref_id * 4 + kind code`) finds a thing's row when it changes, its `source_id`
serves filters — in a narrow table, so that looking it up for many rows stays cheap.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

import sqlite_utils

from reader.core.analysis import IndexTerms, article_head, forget_terms, index_terms
from reader.core.store.connection import VOCABULARY

ARTICLE, HIGHLIGHT, NOTE = "article", "highlight", "note"
KIND_CODES = {ARTICLE: 1, HIGHLIGHT: 2, NOTE: 3}
KINDS = {code: kind for kind, code in KIND_CODES.items()}

# Source metadata that is part of an article's index row: editing it means re-indexing.
INDEXED_FIELDS = frozenset({"title", "teaser", "lang"})

_INSERT = "INSERT INTO search_index (rowid, head, body, heads, tails) VALUES (?, ?, ?, ?, ?)"
_FORGET = (
    "INSERT INTO search_index (search_index, rowid, head, body, heads, tails)"
    " VALUES ('delete', ?, ?, ?, ?, ?)"
)
_DESCRIBE = "INSERT INTO search_rows (id, key, source_id) VALUES (?, ?, ?)"
_KEEP = "INSERT INTO search_terms (id, terms) VALUES (?, ?)"
_CHUNK = 500


def key_of(kind: str, ref_id: int) -> int:
    """What a thing is, as `search_terms.key`: its id (source or highlight) and kind."""
    return ref_id * 4 + KIND_CODES[kind]


def kind_of(rowid: int) -> str:
    return KINDS[rowid % 4]


def _lang(db: sqlite_utils.Database, source_id: int) -> tuple[str | None, str | None]:
    row = db.execute("SELECT teaser, lang FROM sources WHERE id = ?", (source_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def index_article(
    db: sqlite_utils.Database,
    source_id: int,
    title: str,
    text: str,
    terms: IndexTerms | None = None,
) -> None:
    """(Re)write an article's row: title and teaser as its head, the reading text as its body.

    `terms` is the analysis made in an import worker; without it the text is analysed here.
    """
    if terms is None:
        teaser, lang = _lang(db, source_id)
        terms = index_terms(article_head(title, teaser), text, lang)
    key = key_of(ARTICLE, source_id)
    _forget(db, key)
    _write(db, key, source_id, terms)


def index_highlight(
    db: sqlite_utils.Database, source_id: int, highlight_id: int, quote: str, annotation: str
) -> None:
    _teaser, lang = _lang(db, source_id)
    key = key_of(HIGHLIGHT, highlight_id)
    _forget(db, key)
    _write(db, key, source_id, index_terms(quote, annotation, lang))


def index_note(db: sqlite_utils.Database, source_id: int, body: str) -> None:
    key = key_of(NOTE, source_id)
    _forget(db, key)
    if body.strip():
        _teaser, lang = _lang(db, source_id)
        _write(db, key, source_id, index_terms("", body, lang))


def unindex_highlight(db: sqlite_utils.Database, highlight_id: int) -> None:
    _forget(db, key_of(HIGHLIGHT, highlight_id))


def unindex_source(db: sqlite_utils.Database, source_id: int) -> None:
    """Remove the article, its note and all its highlights from the index."""
    rows = db.execute("SELECT key FROM search_rows WHERE source_id = ?", (source_id,)).fetchall()
    for (key,) in rows:
        _forget(db, key)


def reindex_source(db: sqlite_utils.Database, source_id: int) -> None:
    """Write every index row of one source again (after an edit or a restore from the bin)."""
    unindex_source(db, source_id)
    _write_all(db, _rows(db, "s.id = ?", (source_id,)))


def _write(db: sqlite_utils.Database, key: int, source_id: int, terms: IndexTerms) -> None:
    last = db.execute("SELECT max(id) FROM search_rows").fetchone()[0] or 0
    rowid = (last // 4 + 1) * 4 + key % 4
    db.execute(_INSERT, (rowid, *terms.columns()))
    db.execute(_DESCRIBE, (rowid, key, source_id))
    db.execute(_KEEP, (rowid, terms.kept))


def _forget(db: sqlite_utils.Database, key: int) -> None:
    """Take a row out of FTS5 with the terms it was indexed with, then what describes it."""
    row = db.execute(
        "SELECT r.id, t.terms FROM search_rows r JOIN search_terms t ON t.id = r.id WHERE r.key = ?",
        (key,),
    ).fetchone()
    if row is not None:
        db.execute(_FORGET, (row[0], *forget_terms(row[1]).columns()))
        db.execute("DELETE FROM search_rows WHERE id = ?", (row[0],))
        db.execute("DELETE FROM search_terms WHERE id = ?", (row[0],))


def terms_starting(db: sqlite_utils.Database, start: str) -> list[tuple[str, int]]:
    """The index's terms that start with `start`, each with the number of rows holding it.

    A range of FTS5's term b-tree, read without the rest: the whole vocabulary of a library of
    110,000 terms took 0.4 s to read (fts5vocab counts every term's rows as it goes), the terms
    of one first letter a tenth of that. Compound part keys start with a digit mark
    (`HEAD_MARK`), so a range of letters holds stems alone.
    """
    end = start[:-1] + chr(ord(start[-1]) + 1)
    sql = f"SELECT term, doc FROM temp.{VOCABULARY} WHERE term >= ? AND term < ?"
    return [(term, int(rows)) for term, rows in db.execute(sql, (start, end)).fetchall()]


def rebuild(db: sqlite_utils.Database) -> int:
    """Recreate every index row from the library; returns the number of rows written."""
    db.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    db.execute("DELETE FROM search_rows")
    db.execute("DELETE FROM search_terms")
    _write_all(db, _rows(db, "s.deleted_at IS NULL", ()))
    return int(db.execute("SELECT count(*) FROM search_rows").fetchone()[0])


def _write_all(db: sqlite_utils.Database, rows: Iterable[tuple[int, int, IndexTerms]]) -> None:
    for key, source_id, terms in rows:
        _write(db, key, source_id, terms)


def _rows(
    db: sqlite_utils.Database, where: str, params: tuple[object, ...]
) -> Iterator[tuple[int, int, IndexTerms]]:
    """(key, source id, terms) of the index rows of the sources matching `where` (on `sources s`).

    Each source's article, highlights and note come together, sources in id order, so a
    rebuilt index keeps the rowid order (and so the "newest" order) of an import. Sources are
    read in chunks: a 100,000-source library's text would not fit in memory at once, and a
    chunk is read in full before its rows are written, so no cursor is open on the tables
    while the index changes.
    """
    last = 0
    while True:
        chunk = db.execute(
            "SELECT s.id, s.title, s.teaser, s.lang, c.reading_text FROM sources s"
            f" JOIN source_content c ON c.source_id = s.id WHERE {where} AND s.id > ?"
            f" ORDER BY s.id LIMIT {_CHUNK}",
            (*params, last),
        ).fetchall()
        if not chunk:
            break
        yield from _chunk_rows(db, chunk)
        last = chunk[-1][0]


def _chunk_rows(
    db: sqlite_utils.Database, chunk: list[tuple[int, str, str | None, str | None, str]]
) -> Iterator[tuple[int, int, IndexTerms]]:
    first, last = chunk[0][0], chunk[-1][0]
    highlights = _by_source(db.execute(
        "SELECT source_id, id, exact, annotation FROM highlights WHERE deleted_at IS NULL"
        " AND source_id BETWEEN ? AND ? ORDER BY source_id, id", (first, last),
    ).fetchall())  # fmt: skip
    notes = dict(db.execute(
        "SELECT source_id, body FROM notes WHERE source_id BETWEEN ? AND ?", (first, last)
    ).fetchall())  # fmt: skip
    for source_id, title, teaser, lang, text in chunk:
        head = article_head(title, teaser)
        yield key_of(ARTICLE, source_id), source_id, index_terms(head, text, lang)
        for highlight_id, exact, annotation in highlights.get(source_id, []):
            yield key_of(HIGHLIGHT, highlight_id), source_id, index_terms(exact, annotation, lang)
        note = notes.get(source_id, "")
        if note.strip():  # as `index_note` decides, so a rebuild equals the incremental index
            yield key_of(NOTE, source_id), source_id, index_terms("", note, lang)


def _by_source(rows: list[tuple[int, int, str, str]]) -> dict[int, list[tuple[int, str, str]]]:
    grouped: dict[int, list[tuple[int, str, str]]] = {}
    for source_id, highlight_id, exact, annotation in rows:
        grouped.setdefault(source_id, []).append((highlight_id, exact, annotation))
    return grouped


def index_problems(db: sqlite_utils.Database) -> list[str]:
    """Where the index disagrees with the library, as readable lines; empty when in step.

    Written by the same transactions as the library, the index cannot drift by a crash; what
    this sees is damage or a foreign hand (a row deleted with `sqlite-utils`). It compares
    what `rebuild` would write — every live source's article, its live highlights, its note
    with text — with the rows there are, and lets FTS5 check its own structure.
    """
    wanted = {key_of(ARTICLE, i) for (i,) in db.execute("SELECT id FROM sources WHERE deleted_at IS NULL")}
    wanted |= {key_of(HIGHLIGHT, i) for (i,) in db.execute(
        "SELECT h.id FROM highlights h JOIN sources s ON s.id = h.source_id"
        " WHERE h.deleted_at IS NULL AND s.deleted_at IS NULL")}  # fmt: skip
    wanted |= {key_of(NOTE, i) for i, body in db.execute(
        "SELECT n.source_id, n.body FROM notes n JOIN sources s ON s.id = n.source_id"
        " WHERE s.deleted_at IS NULL") if body.strip()}  # fmt: skip
    there = [key for (key,) in db.execute("SELECT key FROM search_rows")]
    problems = []
    missing, stray = wanted - set(there), set(there) - wanted
    if missing:
        problems.append(f"search index: {len(missing)} item(s) not in it ({_named(missing)})")
    if stray:
        problems.append(f"search index: {len(stray)} row(s) for items that are gone ({_named(stray)})")
    if len(there) != len(set(there)):
        problems.append(f"search index: {len(there) - len(set(there))} item(s) in it twice")
    try:
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        if "readonly" not in str(exc):  # FTS5's check is an INSERT: a read-only library skips it
            problems.append(f"search index: {exc}")
    return problems


def _named(keys: set[int]) -> str:
    first = sorted(keys)[:3]
    more = ", …" if len(keys) > 3 else ""
    return ", ".join(f"{kind_of(key)} #{key // 4}" for key in first) + more
