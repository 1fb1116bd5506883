"""Tags: free-form labels on sources ("Japan", "Client X"), case-insensitively unique."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils

from reader.core.changes import Changes
from reader.core.models import Tag
from reader.core.store.connection import now, write_transaction


def clean_tag(name: str) -> str:
    """Tags are one trimmed line; inner white space is kept ("Client X") but collapsed."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("a tag needs a name")
    if len(cleaned) > 100:
        raise ValueError("a tag name is at most 100 characters")
    return cleaned


def attach_tags(db: sqlite_utils.Database, source_ids: Sequence[int], names: Iterable[str]) -> Changes:
    """Add tags to sources inside the caller's transaction."""
    names = [clean_tag(n) for n in names]
    if not names or not source_ids:
        return Changes()
    for name in names:
        db.execute(
            "INSERT INTO tags (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
            (name, now()),
        )
        tag_id = db.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0]
        db.conn.executemany(
            "INSERT OR IGNORE INTO source_tags (source_id, tag_id) VALUES (?, ?)",
            [(source_id, tag_id) for source_id in source_ids],
        )
    return Changes(sources_updated=frozenset(source_ids), tags=True)


class TagRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def all(self) -> list[Tag]:
        """Every tag with the number of live sources carrying it, by name."""
        return [
            Tag(*row)
            for row in self.db.execute(
                "SELECT t.id, t.name, count(s.id) FROM tags t"
                " LEFT JOIN source_tags st ON st.tag_id = t.id"
                " LEFT JOIN sources s ON s.id = st.source_id AND s.deleted_at IS NULL"
                " GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
            )
        ]

    def add(self, source_ids: Sequence[int], name: str) -> Changes:
        with write_transaction(self.db):
            return attach_tags(self.db, source_ids, [name])

    def remove(self, source_ids: Sequence[int], name: str) -> Changes:
        """Take a tag off sources; a tag no source carries any more is forgotten."""
        name = clean_tag(name)
        with write_transaction(self.db):
            row = self.db.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
            if row is None:
                return Changes()
            marks = ",".join("?" * len(source_ids))
            self.db.execute(
                f"DELETE FROM source_tags WHERE tag_id = ? AND source_id IN ({marks})",
                (row[0], *source_ids),
            )
            self.db.execute(
                "DELETE FROM tags WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM source_tags WHERE tag_id = ?)",
                (row[0], row[0]),
            )
        return Changes(sources_updated=frozenset(source_ids), tags=True)
