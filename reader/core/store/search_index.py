"""Keeping the full-text index in step with articles, highlights and notes.

The index holds one row per searchable thing, written by the same transaction that changes the
thing, so it can never disagree with the library after a crash. Its rowid encodes what the row
is (`ref_id * 4 + kind code`), so updating one row is a rowid lookup rather than a scan of an
UNINDEXED column; `rebuild` recreates everything for `briefing check --rebuild-index`.

Each row keeps the original text (for exact phrases and snippets) beside its analysis (stems
and German compound parts, see `reader.core.search_text`), analysed in the source's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlite_utils

from reader.core.search_text import analyse

ARTICLE, HIGHLIGHT, NOTE = "article", "highlight", "note"
_CODES = {ARTICLE: 1, HIGHLIGHT: 2, NOTE: 3}
KINDS = {code: kind for kind, code in _CODES.items()}

# Source metadata that is part of an article's index row: editing it means re-indexing.
INDEXED_FIELDS = frozenset({"title", "teaser", "lang"})

_INSERT = (
    "INSERT INTO search_index (rowid, head, body, head_terms, body_terms, parts, kind, "
    "source_id, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

Row = tuple[int, str, str, str, str, str, str, int, int]
_CHUNK = 500


def row_id(kind: str, ref_id: int) -> int:
    return ref_id * 4 + _CODES[kind]


def kind_of(rowid: int) -> str:
    return KINDS[rowid % 4]


def article_head(title: str, teaser: str | None) -> str:
    """What an article's row holds as its heading: the title, then the teaser if any."""
    return f"{title}\n{teaser}" if teaser else title


def _row(kind: str, ref_id: int, source_id: int, head: str, body: str, lang: str | None) -> Row:
    head_analysis, body_analysis = analyse(head, lang), analyse(body, lang)
    parts = " ".join(p for p in (head_analysis.parts, body_analysis.parts) if p)
    return (
        row_id(kind, ref_id), head, body, head_analysis.terms, body_analysis.terms, parts,
        kind, source_id, ref_id,
    )  # fmt: skip


def _source_meta(db: sqlite_utils.Database, source_id: int) -> tuple[str | None, str | None]:
    row = db.execute("SELECT teaser, lang FROM sources WHERE id = ?", (source_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def index_article(db: sqlite_utils.Database, source_id: int, title: str, text: str) -> None:
    """(Re)write an article's row: title and teaser as its head, the reading text as its body."""
    teaser, lang = _source_meta(db, source_id)
    _delete(db, ARTICLE, source_id)
    db.execute(_INSERT, _row(ARTICLE, source_id, source_id, article_head(title, teaser), text, lang))


def index_highlight(
    db: sqlite_utils.Database, source_id: int, highlight_id: int, quote: str, annotation: str
) -> None:
    _teaser, lang = _source_meta(db, source_id)
    _delete(db, HIGHLIGHT, highlight_id)
    db.execute(_INSERT, _row(HIGHLIGHT, highlight_id, source_id, quote, annotation, lang))


def index_note(db: sqlite_utils.Database, source_id: int, body: str) -> None:
    _delete(db, NOTE, source_id)
    if body.strip():
        _teaser, lang = _source_meta(db, source_id)
        db.execute(_INSERT, _row(NOTE, source_id, source_id, "", body, lang))


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
    """Write every index row of one source again (after an edit or a restore from the bin)."""
    unindex_source(db, source_id)
    _insert_all(db, _rows(db, "s.id = ?", (source_id,)))


def _delete(db: sqlite_utils.Database, kind: str, ref_id: int) -> None:
    db.execute("DELETE FROM search_index WHERE rowid = ?", (row_id(kind, ref_id),))


def rebuild(db: sqlite_utils.Database) -> int:
    """Recreate every index row from the library; returns the number of rows written."""
    db.execute("DELETE FROM search_index")
    _insert_all(db, _rows(db, "s.deleted_at IS NULL", ()))
    return int(db.execute("SELECT count(*) FROM search_index").fetchone()[0])


def _insert_all(db: sqlite_utils.Database, rows: Iterable[Row]) -> None:
    db.conn.executemany(_INSERT, rows)


def _rows(db: sqlite_utils.Database, where: str, params: tuple[object, ...]) -> Iterator[Row]:
    """Index rows of the sources matching `where` (on `sources s`).

    Articles are read in chunks by id: a 100,000-source library's text would not fit in
    memory at once, and a chunk is read in full before its rows are written, so no cursor is
    open on the tables while the index changes.
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
        for source_id, title, teaser, lang, text in chunk:
            yield _row(ARTICLE, source_id, source_id, article_head(title, teaser), text, lang)
        last = chunk[-1][0]
    for highlight_id, source_id, exact, annotation, lang in db.execute(
        "SELECT h.id, h.source_id, h.exact, h.annotation, s.lang FROM highlights h"
        f" JOIN sources s ON s.id = h.source_id WHERE h.deleted_at IS NULL AND {where}",
        params,
    ).fetchall():
        yield _row(HIGHLIGHT, highlight_id, source_id, exact, annotation, lang)
    for source_id, body, lang in db.execute(
        f"SELECT n.source_id, n.body, s.lang FROM notes n JOIN sources s ON s.id = n.source_id"
        f" WHERE {where}",
        params,
    ).fetchall():
        if body.strip():  # as `index_note` decides, so a rebuild equals the incremental index
            yield _row(NOTE, source_id, source_id, "", body, lang)
