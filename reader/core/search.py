"""Simple full-text search over the library's FTS5 index, safe for any text a user types.

Every word the user types is quoted as an FTS5 string (so `AND`, `"`, `*`, `-` or `:` are just
characters) and the last one matches as a prefix, so the list narrows while typing. Richer
queries (phrases, stemming, ranking) come later; what stays is that a user's text never reaches
FTS5 as syntax.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from reader.core.store import Store
from reader.core.store.sources import ORDERINGS
from reader.core.text import normalise


class InvalidSearchError(ValueError):
    """The text could not be searched; the message says why, in a user's words."""


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`: each word quoted, the last a prefix; None if empty."""
    words = normalise(text).split()  # NUL and control characters would end an FTS5 string
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    quoted[-1] += " *"
    return " ".join(quoted)


def source_ids(store: Store, text: str, order: str = "published", tag: str | None = None) -> list[int]:
    """Ids of live sources whose article, highlights or note match `text`, in display order."""
    match = fts_query(text)
    if match is None:
        return store.sources.ids(order, tag)
    sql = "SELECT s.id FROM sources s"
    params: list[Any] = []
    if tag is not None:
        sql += (
            " JOIN source_tags st ON st.source_id = s.id"
            " JOIN tags t ON t.id = st.tag_id AND t.name = ? COLLATE NOCASE"
        )
        params.append(tag)
    sql += (
        " WHERE s.deleted_at IS NULL AND s.id IN"
        " (SELECT source_id FROM search_index WHERE search_index MATCH ?)"
        f" ORDER BY {ORDERINGS[order]}"
    )
    params.append(match)
    try:
        return [row[0] for row in store.db.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        # Quoting leaves FTS5 nothing to reject, but a tokenizer edge case must not escape as
        # a traceback: the pane shows "invalid search" instead.
        raise InvalidSearchError(f"cannot search for this text ({exc})") from None
