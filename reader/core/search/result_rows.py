"""The original text behind an index row: what snippets, match offsets and phrase checks read.

The index holds only stems (see `reader.core.store.search_index`), so the words a result
shows come from where the library keeps them: an article's title, teaser and reading text, a
highlight's quote and annotation, a note's body.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.analysis import article_head
from reader.core.store import ARTICLE, HIGHLIGHT, Store, kind_of

# The date results are ordered by among near-ties: published, else imported.
_DAY = "coalesce(s.published, substr(s.imported_at, 1, 10))"
_ARTICLE_SQL = (
    f"SELECT s.title, s.teaser, c.reading_text, s.file_name, s.published, s.lang, {_DAY}"
    " FROM sources s JOIN source_content c ON c.source_id = s.id WHERE s.id = ?"
)
_HIGHLIGHT_SQL = (
    f"SELECT h.exact, h.annotation, s.title, s.file_name, s.published, s.lang, {_DAY}"
    " FROM highlights h JOIN sources s ON s.id = h.source_id WHERE h.id = ?"
)
_NOTE_SQL = (
    f"SELECT '', n.body, s.title, s.file_name, s.published, s.lang, {_DAY}"
    " FROM notes n JOIN sources s ON s.id = n.source_id WHERE n.source_id = ?"
)


@dataclass(frozen=True, slots=True)
class RowText:
    """One index row's texts as the user wrote or imported them, and its source's details."""

    source_id: int
    ref_id: int
    where: str
    head: str  # title and teaser, or a highlight's quote ("" for a note)
    body: str  # reading text, annotation or note
    title: str
    file_name: str
    published: str | None
    lang: str | None
    day: str
    teaser: str = ""  # an article's teaser alone (it is in `head` too), where its hits are marked


def row_text(store: Store, rowid: int) -> RowText | None:
    """The texts of index row `rowid`; None if what it indexed is gone."""
    row = store.db.execute(
        "SELECT key / 4, source_id FROM search_rows WHERE id = ?", (rowid,)
    ).fetchone()
    if row is None:
        return None
    where, (ref_id, source_id) = kind_of(rowid), row
    if where == ARTICLE:
        row = store.db.execute(_ARTICLE_SQL, (source_id,)).fetchone()
        if row is None:
            return None
        title, teaser, body, file_name, published, lang, day = row
        return RowText(source_id, ref_id, where, article_head(title, teaser), body, title,
                       file_name, published, lang, day, teaser or "")  # fmt: skip
    sql = _HIGHLIGHT_SQL if where == HIGHLIGHT else _NOTE_SQL
    row = store.db.execute(sql, (ref_id,)).fetchone()
    if row is None:
        return None
    head, body, title, file_name, published, lang, day = row
    return RowText(source_id, ref_id, where, head, body, title, file_name, published, lang, day)
