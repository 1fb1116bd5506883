"""The `Store`: one SQLite library file, opened through `Store.open`, one repository per concept.

Usage: `store = Store.open(paths.db_path)`; then `store.sources`, `store.tags`,
`store.highlights`, `store.notes`, `store.briefings`. Every mutation runs in its own
BEGIN IMMEDIATE transaction and returns a `Changes` value. A Store (its connection) belongs to
one thread at a time: a background worker opens its own Store on the same file.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import sqlite_utils

from reader.core.store.briefings import BriefingRepo
from reader.core.store.connection import connect, write_transaction
from reader.core.store.content import ContentRepo
from reader.core.store.highlights import HighlightRepo
from reader.core.store.notes import NoteRepo
from reader.core.store.schema import migrate
from reader.core.store.sources import SourceRepo
from reader.core.store.stories import StoryRepo
from reader.core.store.tags import TagRepo


class Store:
    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self.sources = SourceRepo(db)
        self.tags = TagRepo(db)
        self.highlights = HighlightRepo(db)
        self.notes = NoteRepo(db)
        self.content = ContentRepo(db)
        self.briefings = BriefingRepo(db)
        self.stories = StoryRepo(db)

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open the library at `path`, creating or migrating it; refuse one that is too new."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = connect(path)
        try:
            migrate(db, path)
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    def write(self) -> contextlib.AbstractContextManager[sqlite_utils.Database]:
        return write_transaction(self.db)

    def check(self) -> list[str]:
        """Integrity and foreign-key problems, as readable lines; empty when all is well."""
        problems = [
            f"integrity: {row[0]}"
            for row in self.db.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        problems += [
            f"foreign key: {table} row {rowid} points to a missing {parent} row"
            for table, rowid, parent, _fk in self.db.execute("PRAGMA foreign_key_check").fetchall()
        ]
        return problems

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
