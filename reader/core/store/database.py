"""The `Store`: one SQLite library file, opened through `Store.open`, one repository per concept.

Usage: `store = Store.open(paths.db_path)`; then `store.sources`, `store.tags`,
`store.highlights`, `store.notes`, `store.briefings` and the other repositories `Store` holds.
Every mutation runs in its own BEGIN IMMEDIATE transaction and returns a `Changes` value. A
Store (its connection) belongs to one thread at a time: a background worker opens its own Store
on the same file.

Opening checks the file first (`damage.diagnose`) and raises `LibraryDamagedError` before
anything is written to a damaged one; `read_only=True` opens even a damaged library so that
what can still be read is shown, with every write refused by SQLite itself.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from reader.core.store import search_index
from reader.core.store.backup import backups_dir
from reader.core.store.bin import BinRepo
from reader.core.store.briefing_repo import BriefingRepo
from reader.core.store.connection import (
    BUSY_TIMEOUT_MS,
    connect,
    connect_read_only,
    write_transaction,
)
from reader.core.store.content import ContentRepo
from reader.core.store.damage import LibraryDamagedError, diagnose
from reader.core.store.highlights import HighlightRepo
from reader.core.store.notes import NoteRepo
from reader.core.store.revision_repo import RevisionRepo
from reader.core.store.saved_searches import SavedSearchRepo
from reader.core.store.schema import SCHEMA_VERSION, StoreTooNewError, migrate, user_version
from reader.core.store.sources import SourceRepo
from reader.core.store.story_repo import StoryRepo
from reader.core.store.tags import TagRepo

if TYPE_CHECKING:
    from reader.core.store.entity_repo import EntityRepo


def _writable(path: Path) -> bool:
    """A library needs its file and its folder (for the WAL) writable to be changed."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


class Store:
    def __init__(self, db: sqlite_utils.Database, path: Path | None, *, read_only: bool = False) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self.sources = SourceRepo(db)
        self.bin = BinRepo(db)
        self.tags = TagRepo(db)
        self.highlights = HighlightRepo(db)
        self.notes = NoteRepo(db)
        self.content = ContentRepo(db)
        self.briefings = BriefingRepo(db)
        self.stories = StoryRepo(db)
        self.revisions = RevisionRepo(db)
        self.saved_searches = SavedSearchRepo(db)

    @cached_property
    def entities(self) -> EntityRepo:
        """The entity index, made on first use: its module loads the entity rules and
        gazetteers (0.1-0.3 s of CPU), which an import or a command that never asks for
        entities would otherwise pay on start-up, and the import's workers inherit unused."""
        from reader.core.store.entity_repo import EntityRepo

        return EntityRepo(self.db)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, verify: bool = True) -> Store:
        """Open the library at `path`, creating or migrating it; refuse one that is too new.

        Raises LibraryDamagedError, having written nothing, when the file is damaged or is not
        a library; `read_only` skips that check and opens the file for reading only, as is
        done for a library whose file or folder may not be written (`store.read_only`).
        `verify=False` skips the check for a second connection to a library this process has
        already opened and checked (the window's background tasks): the check reads every
        page, up to a second for a large library, and would be repeated for every task.
        """
        path = Path(path)
        if read_only or (path.exists() and not _writable(path)):
            return cls._open_read_only(path)
        if verify:
            problem = diagnose(path, expect_library=any(backups_dir(path).glob("*.sqlite")))
            if problem:
                raise LibraryDamagedError(path, problem)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = connect(path)
        try:
            migrate(db, path)
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    @classmethod
    def _open_read_only(cls, path: Path) -> Store:
        if not path.exists():
            raise FileNotFoundError(2, "No such file", str(path))
        db = connect_read_only(path)
        try:
            version = user_version(db)
        except BaseException:
            db.close()
            raise
        if version != SCHEMA_VERSION:
            db.close()
            newer = version > SCHEMA_VERSION
            raise (StoreTooNewError if newer else sqlite3.DatabaseError)(
                f"this library ({path}) has schema {version} and cannot be read without "
                f"{'a newer Briefing Reader' if newer else 'being updated'}; it was not changed"
            )
        return cls(db, path, read_only=True)

    def write(self) -> contextlib.AbstractContextManager[sqlite_utils.Database]:
        return write_transaction(self.db)

    def wait_for_writers(self, ms: int = BUSY_TIMEOUT_MS) -> None:
        """Let a write wait up to `ms` for another connection's write lock before it fails
        with "database is locked" (a window waits on its own thread, frozen meanwhile)."""
        self.db.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def check(self) -> list[str]:
        """Integrity and foreign-key problems, then (on a sound file) the search index out of
        step with the library, as readable lines; empty when all is well."""
        problems = [
            f"integrity: {row[0]}"
            for row in self.db.execute("PRAGMA integrity_check").fetchall()
            if row[0] != "ok"
        ]
        problems += [
            f"foreign key: {table} row {rowid} points to a missing {parent} row"
            for table, rowid, parent, _fk in self.db.execute("PRAGMA foreign_key_check").fetchall()
        ]
        return problems + (search_index.index_problems(self.db) if not problems else [])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
