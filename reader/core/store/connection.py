"""Opening the library file with settings fit for work product, and write transactions.

WAL so the window can read while an import writes; synchronous=FULL so a committed annotation
survives a power cut; foreign keys on; a busy timeout; and BEGIN IMMEDIATE for every write,
because a deferred BEGIN that later upgrades to a write lock fails with "database is locked"
under concurrent writers no matter the timeout.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from reader.core.store.damage import read_only_uri, wal_pending
from reader.core.text import sort_key

BUSY_TIMEOUT_MS = 10_000
# SQLite's words when another connection held the write lock past the busy timeout.
LOCKED = "database is locked"
# The search index's terms, each with the number of rows holding it (SQLite's fts5vocab), read
# by the search's "Did you mean" (`reader.core.store.search_index.terms_starting`). In the
# connection's temp schema, so the library file is not changed; made as the connection opens,
# because a read-only one (`query_only`) may not create it later.
VOCABULARY = "search_vocab"
_VOCABULARY_SQL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCABULARY} USING fts5vocab(main, search_index, row)"
)
# The order a reader expects of titles, outlets, authors and tags sorted A–Z (`sort_key`):
# SQLite's NOCASE folds only A–Z, and put "Ölpreis …" after every Z. Registered on every
# connection, read-only ones too, because the library's lists sort with it in SQL.
SORT_KEY = "sort_key"
# `execute_plugins=False` below: sqlite-utils plugins are not asked to prepare the library's
# connections. The app uses none, and looking for them read every installed package's entry
# points (importlib.metadata): 0.05 s of CPU at the start of every command, of the window and
# of an import, before its workers fork.


def connect(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` with the work-product pragmas."""
    conn = sqlite3.connect(
        str(path),
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,  # we issue BEGIN ourselves; no implicit transactions
        check_same_thread=False,  # a connection is still used by one thread at a time
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(_VOCABULARY_SQL)
    conn.create_function(SORT_KEY, 1, sort_key, deterministic=True)
    return sqlite_utils.Database(conn, execute_plugins=False)


def connect_read_only(path: Path) -> sqlite_utils.Database:
    """Open the library at `path` so that nothing can be written: a damaged file stays as found.

    `mode=ro` keeps SQLite from writing the file (no journal switch, no checkpoint);
    `query_only` makes any write attempt fail at once with "attempt to write a readonly
    database" instead of touching anything. A folder we may not write needs more, because a
    WAL library is read through its `-shm` (see `_open_in_read_only_folder`).
    """
    if os.access(path.parent, os.W_OK):
        return _open_uri(read_only_uri(path))
    return _open_in_read_only_folder(path)


def _open_in_read_only_folder(path: Path) -> sqlite_utils.Database:
    """Read a library whose folder we may not write, committed work in its WAL included.

    With no changes waiting in the WAL, nobody can change the file through this folder, so it
    is read as unchanging (`immutable=1`: SQLite then needs no `-shm`). A window that was
    killed leaves committed work in `library.sqlite-wal`, which that reading would ignore:
    SQLite reads the WAL through the `-shm` left beside it (read-only, it builds its own copy
    in memory), and when none was left and none can be made, the file and its WAL are copied
    to a private temporary folder and read there: a slower start, but what was committed.
    """
    uri = read_only_uri(path)
    if not wal_pending(path):
        return _open_uri(uri + "&immutable=1")
    if path.with_name(path.name + "-shm").exists():
        db = _open_uri(uri)
        try:
            db.execute("PRAGMA schema_version").fetchone()  # reads the WAL, or fails now
            return db
        except sqlite3.OperationalError:
            db.close()
    return _open_private_copy(path)


def _open_private_copy(path: Path) -> sqlite_utils.Database:
    """The library and its WAL copied to a temporary folder, opened read-only there; the
    folder goes when the connection does (or when the process ends).

    The WAL is copied first: a checkpoint by someone who may write the original between the
    two copies then only puts pages into the file that the copied WAL holds as well.
    """
    folder = Path(tempfile.mkdtemp(prefix="briefing-read-only-"))
    try:
        wal = path.with_name(path.name + "-wal")
        shutil.copyfile(wal, folder / f"{path.name}-wal")
        shutil.copyfile(path, folder / path.name)
        db = _open_uri(read_only_uri(folder / path.name))
        db.execute("PRAGMA schema_version").fetchone()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    weakref.finalize(db, shutil.rmtree, folder, ignore_errors=True)
    return db


def _open_uri(uri: str) -> sqlite_utils.Database:
    conn = sqlite3.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute(_VOCABULARY_SQL)
    conn.create_function(SORT_KEY, 1, sort_key, deterministic=True)
    conn.execute("PRAGMA query_only = ON")
    return sqlite_utils.Database(conn, execute_plugins=False)


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: BEGIN IMMEDIATE … COMMIT, rolled back on any exception.

    Inside an open transaction (an import batch) it becomes a savepoint, so the inner unit of
    work still succeeds or fails as a whole without ending the outer one.
    """
    conn = db.conn
    if conn.in_transaction:
        with _savepoint(conn):
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def library_busy(exc: BaseException) -> bool:
    """`exc` is another program holding the library's write lock longer than the busy timeout
    (a `briefing import`, another window): no damage, what helps is waiting for it. Any
    DatabaseError, so a stopped import (`ImportStopped`) that says why is told the same way."""
    return isinstance(exc, sqlite3.DatabaseError) and LOCKED in str(exc).lower()


class ChangedElsewhereError(Exception):
    """A text the window saves (a note, an annotation, a briefing's text) was no longer the one
    its editor loaded: another connection (a `briefing` command in a terminal) wrote it in the
    meantime. Raised by the compare-and-set (`expected=`) inside the write transaction, before
    anything is written, so the editor can show `stored` and ask instead of saving over it."""

    def __init__(self, stored: str) -> None:
        super().__init__("the text was changed elsewhere since it was loaded")
        self.stored = stored


def now() -> str:
    """A UTC timestamp as stored in the library: ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT unit")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO unit")
        conn.execute("RELEASE unit")
        raise
    else:
        conn.execute("RELEASE unit")


def chunks(ids: Iterable[int], size: int = 500) -> Iterator[list[int]]:
    """`ids` in lists short enough for one `IN (?, …)` each (SQLite limits bound variables)."""
    items = list(ids)
    for start in range(0, len(items), size):
        yield items[start : start + size]
