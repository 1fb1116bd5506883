"""Keeping the full-text index in step with articles, highlights and notes.

The index holds one row per searchable thing, written by the same transaction that changes the
thing, so it can never disagree with the library after a crash. Its rowid encodes what the row
is (`ref_id * 4 + kind code`), so updating one row is a rowid lookup rather than a scan of an
UNINDEXED column; `rebuild` recreates everything for `briefing check --rebuild-index`.
"""

from __future__ import annotations

import sqlite_utils

ARTICLE, HIGHLIGHT, NOTE = "article", "highlight", "note"
_CODES = {ARTICLE: 1, HIGHLIGHT: 2, NOTE: 3}
_INSERT = (
    "INSERT INTO search_index (rowid, title, body, kind, source_id, ref_id) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def row_id(kind: str, ref_id: int) -> int:
    return ref_id * 4 + _CODES[kind]


def index_article(db: sqlite_utils.Database, source_id: int, title: str, text: str) -> None:
    _delete(db, ARTICLE, source_id)
    db.execute(_INSERT, (row_id(ARTICLE, source_id), title, text, ARTICLE, source_id, source_id))


def index_highlight(
    db: sqlite_utils.Database, source_id: int, highlight_id: int, quote: str, annotation: str
) -> None:
    _delete(db, HIGHLIGHT, highlight_id)
    db.execute(
        _INSERT,
        (row_id(HIGHLIGHT, highlight_id), quote, annotation, HIGHLIGHT, source_id, highlight_id),
    )


def index_note(db: sqlite_utils.Database, source_id: int, body: str) -> None:
    _delete(db, NOTE, source_id)
    if body.strip():
        db.execute(_INSERT, (row_id(NOTE, source_id), "", body, NOTE, source_id, source_id))


def unindex_highlight(db: sqlite_utils.Database, highlight_id: int) -> None:
    _delete(db, HIGHLIGHT, highlight_id)


def unindex_source(db: sqlite_utils.Database, source_id: int) -> None:
    """Remove the article, its note and all its highlights from the index."""
    _delete(db, ARTICLE, source_id)
    _delete(db, NOTE, source_id)
    for (highlight_id,) in db.execute(
        "SELECT id FROM highlights WHERE source_id = ?", (source_id,)
    ).fetchall():
        _delete(db, HIGHLIGHT, highlight_id)


def reindex_source(db: sqlite_utils.Database, source_id: int) -> None:
    """Write every index row of one source again (after it was restored from the bin)."""
    unindex_source(db, source_id)
    row = db.execute(
        "SELECT s.title, c.reading_text FROM sources s JOIN source_content c "
        "ON c.source_id = s.id WHERE s.id = ?",
        (source_id,),
    ).fetchone()
    if row is None:
        return
    index_article(db, source_id, row[0], row[1])
    for highlight_id, exact, annotation in db.execute(
        "SELECT id, exact, annotation FROM highlights WHERE source_id = ? AND deleted_at IS NULL",
        (source_id,),
    ).fetchall():
        index_highlight(db, source_id, highlight_id, exact, annotation)
    note = db.execute("SELECT body FROM notes WHERE source_id = ?", (source_id,)).fetchone()
    if note is not None:
        index_note(db, source_id, note[0])


def _delete(db: sqlite_utils.Database, kind: str, ref_id: int) -> None:
    db.execute("DELETE FROM search_index WHERE rowid = ?", (row_id(kind, ref_id),))


def rebuild(db: sqlite_utils.Database) -> int:
    """Recreate every index row from the library; returns the number of rows written."""
    db.execute("DELETE FROM search_index")
    db.execute(
        "INSERT INTO search_index (rowid, title, body, kind, source_id, ref_id) "
        "SELECT s.id * 4 + 1, s.title, c.reading_text, 'article', s.id, s.id FROM sources s "
        "JOIN source_content c ON c.source_id = s.id WHERE s.deleted_at IS NULL"
    )
    db.execute(
        "INSERT INTO search_index (rowid, title, body, kind, source_id, ref_id) "
        "SELECT h.id * 4 + 2, h.exact, h.annotation, 'highlight', h.source_id, h.id "
        "FROM highlights h JOIN sources s ON s.id = h.source_id "
        "WHERE h.deleted_at IS NULL AND s.deleted_at IS NULL"
    )
    db.execute(
        "INSERT INTO search_index (rowid, title, body, kind, source_id, ref_id) "
        "SELECT n.source_id * 4 + 3, '', n.body, 'note', n.source_id, n.source_id FROM notes n "
        "JOIN sources s ON s.id = n.source_id WHERE s.deleted_at IS NULL AND n.body != ''"
    )
    return int(db.execute("SELECT count(*) FROM search_index").fetchone()[0])
