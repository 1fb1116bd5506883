"""Is the library file damaged? Asked before anything is written to it.

A sync client that mangles the file, a dying disk, a copy cut short or another program's file
in its place: each must be noticed when the library opens, not when a highlight fails to save
— and nothing may be written to such a file, because every write (even the WAL switch or a
migration) can make the damage worse. So the check reads the file on its own read-only
connection: the header first (signature, page size, page count against the file's length),
then SQLite's `quick_check` over every page (0.3 s for 700 MB, cached), then whether the file
is a Briefing Reader library at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

HEADER = b"SQLite format 3\x00"
HEADER_BYTES = 100
# Tables every library has had since schema 1: a SQLite file without them is someone else's.
LIBRARY_TABLES = frozenset({"sources", "source_content", "highlights", "notes", "tags"})


class LibraryDamagedError(RuntimeError):
    """The library file is damaged or is not a library; nothing was written to it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"the library {path} cannot be used: it is damaged ({reason}); nothing was written to it."
        )
        self.path = path
        self.reason = reason


def read_only_uri(path: Path) -> str:
    """A URI opening `path` read-only: no journal switch, no checkpoint, no write of any kind."""
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def diagnose(path: Path, *, expect_library: bool = False) -> str | None:
    """Why the file at `path` cannot be trusted, in a few words; None if it looks sound.

    A missing file is sound (a new library is made there); an empty one only when no library
    is expected there (`expect_library`: backups exist, so a library was there before).
    Raises sqlite3.OperationalError when the file cannot be opened or read at all (permissions,
    a full disk, an I/O error): that is no evidence of damage, and the caller's "cannot be used"
    message fits it better.
    """
    if not path.exists():
        return None
    size = path.stat().st_size
    if size == 0:
        return "the file is empty" if expect_library else None
    with path.open("rb") as handle:
        header = handle.read(HEADER_BYTES)
    # With changes waiting in the WAL the file itself may legitimately be shorter than its
    # header says (a checkpoint interrupted by a kill): then SQLite, reading both, judges.
    pending = wal_pending(path)
    problem = _header_problem(header, size, pending)
    if problem:
        return problem
    try:
        return _read_problem(read_only_uri(path))
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc):
            raise
    # A WAL library in a folder we may not write: SQLite cannot set up its shared memory
    # there, so read it as the unchanging file it is for us — unless changes wait in its WAL,
    # which such a reading would miss: then nothing can be said, and nothing is claimed.
    if pending:
        return None
    return _read_problem(read_only_uri(path) + "&immutable=1")


def wal_pending(path: Path) -> bool:
    """Changes wait in the library's WAL (a read-only reading never checkpoints them away)."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _read_problem(uri: str) -> str | None:
    conn = sqlite3.connect(uri, uri=True)
    try:
        return _content_problem(conn)
    except sqlite3.OperationalError as exc:
        # An I/O error is the disk's, not the file's: SQLite cannot set up a WAL library's
        # shared memory on a full disk. Called damage, it sent the user to restore a backup
        # over a sound library, losing the work since.
        if any(sign in str(exc) for sign in ("unable to open", "readonly", "disk I/O error")):
            raise
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()


def _header_problem(header: bytes, size: int, wal_pending: bool) -> str | None:
    # The signature first: a short note put in the library's place was called "cut short".
    if not header.startswith(HEADER) and not HEADER.startswith(header):
        return "the file header is wrong: this is not a SQLite database"
    if len(header) < HEADER_BYTES:
        return f"the file is cut short: {size} bytes"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "the file header is damaged (page size)"
    change_counter = header[24:28]
    valid_for = header[92:96]
    pages = int.from_bytes(header[28:32], "big")
    if change_counter == valid_for and pages * page_size > size and not wal_pending:
        return f"the file is cut short: {size:,} of {pages * page_size:,} bytes"
    return None


def _content_problem(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute("PRAGMA quick_check(5)").fetchall()
    if rows != [("ok",)]:
        # One line: a finding can be "*** in database main ***\nPage 4: btreeInitPage() …",
        # which broke the one line `briefing` says it in (and the window's Details) in two.
        found = (" ".join(str(row[0]).replace("*** in database main ***", "").split()) for row in rows)
        return "; ".join(found)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and not LIBRARY_TABLES <= tables:
        return "this is another program's database, not a Briefing Reader library"
    return None


def damaged_database(path: Path) -> str | None:
    """Why the file at `path`, which SQLite cannot read, is a damaged database ("the file is cut
    short: 200,704 of 401,408 bytes"); None when nothing in it says it ever was one.

    `restore` of a backup cut short or with bytes flipped said "is not a Briefing Reader backup"
    (or "not a readable library backup (database disk image is malformed)"), as of a text file
    named by mistake: one is a slip, the other a backup lost. A SQLite file is known by its
    header: its signature, or, with the signature's bytes flipped, the fixed fields after it
    (the file format versions and the payload fractions 64, 32, 32 that every SQLite file has).
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(HEADER_BYTES)
    except OSError:
        return None
    if header and HEADER.startswith(header[: len(HEADER)]):  # its signature, whole or the file cut short in it
        return _header_problem(header, size, wal_pending=False) or "its pages cannot be read"
    fixed = header[18:24]
    if len(fixed) == 6 and fixed[0] in (1, 2) and fixed[1] in (1, 2) and fixed[3:] == bytes((64, 32, 32)):
        return "the first bytes of its header are scrambled"
    return None


def not_a_library(conn: sqlite3.Connection, path: Path) -> str | None:
    """What `path`, open on `conn`, is when it is no library at all ("" for no database,
    ": the file is empty", " (a database of another program)"), in a user's words: `restore notes.txt` said SQLite's
    "(file is not a database)", another program's database "(no such table: sources)", an
    empty file (to SQLite an empty database) the same. None for a library's file. A database
    damaged past SQLite's reading (`damaged_database`, its signature scrambled) raises SQLite's
    error, as any other reading error: it is no slip but a library lost, and the caller says so."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        if "not a database" not in str(exc) or damaged_database(path) is not None:
            raise
        return ""
    if "sources" in tables:
        return None
    return ": the file is empty" if not path.stat().st_size else " (a database of another program)" if tables else ""
