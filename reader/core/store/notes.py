"""The Markdown summary note: one per source."""

from __future__ import annotations

import sqlite_utils

from reader.core.changes import Changes
from reader.core.models import Note
from reader.core.store import search_index
from reader.core.store.connection import ChangedElsewhereError, now, write_transaction


class NoteRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, source_id: int) -> Note:
        """The source's note; an empty one if the user has not written any yet."""
        row = self.db.execute(
            "SELECT body, updated_at FROM notes WHERE source_id = ?", (source_id,)
        ).fetchone()
        return Note(source_id, row[0], row[1]) if row else Note(source_id, "", None)

    def set(self, source_id: int, body: str, expected: str | None = None) -> Changes:
        """Store the note. With `expected` (the text the window's editor loaded) only while the
        stored note is still that text, checked in the same transaction as the write: else
        `ChangedElsewhereError` with the stored text, and nothing is written."""
        with write_transaction(self.db):
            if self.db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is None:
                raise KeyError(f"no source #{source_id}")
            if expected is not None and (stored := self.get(source_id).body) != expected:
                raise ChangedElsewhereError(stored)
            stamp = now()
            self.db.execute(
                "INSERT INTO notes (source_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (source_id) DO UPDATE SET body = excluded.body,"
                " updated_at = excluded.updated_at",
                (source_id, body, stamp, stamp),
            )
            search_index.index_note(self.db, source_id, body)
        return Changes(notes=frozenset({source_id}))
