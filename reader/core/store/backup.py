"""Backups of the library: made while the app runs, verified, rotated, restored.

A backup is written with SQLite's backup API inside one read transaction, so it is a
consistent snapshot even while the window or an import writes (WAL). It is then checked on its
own — `integrity_check`, `foreign_key_check`, and the counts of sources, highlights and notes
against the library's counts in that same snapshot — and only a backup that passes gets its
final name; only then are old ones dropped (one a day is kept for a week, one a week for a
month, and the newest always). A damaged library therefore never pushes good backups out.

Restoring verifies the backup first and keeps the current library aside (with its WAL, then
written into it) in the same folder, so a restore can itself be undone by restoring the copy
kept aside. Every copy is one self-contained file: no `-wal` or `-shm` beside it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reader.core.store.damage import damaged_database, not_a_library, read_only_uri
from reader.core.store.schema import SCHEMA_VERSION

FOLDER_NAME = "backups"
AUTOMATIC_PREFIX = "library-"
ASIDE_PREFIX = "before-restore-"
SUFFIX = ".sqlite"
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(library-|before-restore-)(\d{4}-\d\d-\d\d_\d{6})(?:-(\d+))?\.sqlite$")
DAILY_DAYS = 7  # one backup a day is kept for this many days …
WEEKLY_DAYS = 31  # … and one a week for about a month
_WAL_FILES = ("-wal", "-shm")


DAMAGED = "the library is damaged"


class BackupError(RuntimeError):
    """A backup could not be made, verified or restored; the message says why."""


@dataclass(frozen=True, slots=True)
class Counts:
    sources: int
    highlights: int
    notes: int

    @property
    def empty(self) -> bool:
        """Nothing a user made is in it: no source, highlight or note."""
        return not (self.sources or self.highlights or self.notes)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime  # local time, from the file name (or the file's time for other names)
    size: int
    counts: Counts | None  # None: the file cannot be read as a library

    @property
    def kept_aside(self) -> bool:
        """The library as it was before a restore, not a scheduled backup."""
        return self.path.name.startswith(ASIDE_PREFIX)


def backups_dir(db_path: Path) -> Path:
    """Where the library at `db_path` keeps its backups: `backups/` beside it."""
    return db_path.parent / FOLDER_NAME


def counts(conn: sqlite3.Connection) -> Counts:
    """What a user would miss: live sources, live highlights, notes with text."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM sources WHERE deleted_at IS NULL),"
        " (SELECT count(*) FROM highlights WHERE deleted_at IS NULL),"
        " (SELECT count(*) FROM notes WHERE body != '')"
    ).fetchone()
    return Counts(int(row[0]), int(row[1]), int(row[2]))


def _reading_uri(path: Path) -> str:
    """A URI that reads a backup without leaving anything beside it: a file in WAL mode (a
    damaged library kept aside as found) got an empty `-wal` and a `-shm` at every read-only
    look; with no WAL beside it, nothing can change under the reading, so it is immutable."""
    pending = path.with_name(path.name + "-wal").exists()
    return read_only_uri(path) + ("" if pending else "&immutable=1")


def verify(path: Path) -> Counts:
    """Check a backup file completely; its counts, or BackupError naming the problem."""
    if not path.is_file():
        raise BackupError(f"{path}: no such backup")
    try:
        conn = sqlite3.connect(_reading_uri(path), uri=True)
        try:
            kind = not_a_library(conn, path)
            if kind is not None:
                raise BackupError(f"{path} is not a Briefing Reader backup{kind}")
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)") if r[0] != "ok"]
            problems += [f"{r[0]} row {r[1]} points to a missing {r[2]} row"
                         for r in conn.execute("PRAGMA foreign_key_check").fetchmany(5)]  # fmt: skip
            if problems:
                raise BackupError(f"{path} is damaged: {'; '.join(problems)}")
            _read_everything(conn)
            return counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # cut short, bytes flipped: damaged, not "no backup"
        damage = damaged_database(path)
        if damage is not None:
            raise BackupError(f"the backup {path} is damaged ({damage})") from None
        raise BackupError(f"{path} is not a readable library backup ({exc})") from None


# Every ordinary table of the file, read from the file itself so a table a later migration
# adds is read too. Virtual tables are left out: their rows live in shadow tables, which are
# ordinary tables listed here, and reading through the module would need its tokenizer.
_TABLES = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
)


def _read_everything(conn: sqlite3.Connection) -> None:
    """Read every row of every table, its text decoded: noise inside a text, which no
    structural check sees, mostly breaks its UTF-8 and fails here."""
    for (table,) in conn.execute(_TABLES).fetchall():
        quoted = '"' + str(table).replace('"', '""') + '"'
        for _row in conn.execute(f"SELECT * FROM {quoted}"):
            pass


def write_backup(conn: sqlite3.Connection, target: Path) -> Backup:
    """Copy the library open on `conn` to `target`, verified; BackupError if it fails.

    The copy is written under a temporary name and renamed only once it passed, so `target`
    is either a good backup or absent.
    """
    partial = target.with_name(target.name + ".part")
    try:  # the backups folder, not the library: a folder we may not write is said as such
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        partial.open("xb").close()  # the folder takes a new file (SQLite said "unable to open database file")
    except OSError as exc:
        # mkdir's "File exists" for a path through a file said nothing a user could act on
        why = ("a part of it is a file, not a folder" if isinstance(exc, FileExistsError | NotADirectoryError)
               else exc.strerror or exc)  # fmt: skip
        raise BackupError(f"the backup could not be written in {target.parent} ({why})") from None
    try:
        expected = _snapshot(conn, partial)
        try:
            found = verify(partial)
        except BackupError as exc:  # a page-for-page copy: the damage is the library's own
            raise BackupError(f"{DAMAGED} ({exc}); no backup was made") from None
        if found != expected:
            raise BackupError(f"the backup's counts {found} differ from the library's {expected}")
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    except BaseException:
        # With the copy's journal, WAL and shared memory: a copy that failed half-way (a full
        # disk) leaves them, and the copy of a WAL library is a WAL file until it is done; each
        # failed hourly try had left a `.part-shm` and a `.part-wal` in the backups folder.
        for suffix in ("", "-journal", "-wal", "-shm"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        raise
    return Backup(target, datetime.now(), target.stat().st_size, found)


def _snapshot(conn: sqlite3.Connection, partial: Path) -> Counts:
    """Counts and pages from one read transaction: the backup and its expected counts agree."""
    dest = sqlite3.connect(str(partial))
    own_transaction = not conn.in_transaction
    try:
        if own_transaction:
            conn.execute("BEGIN")
        expected = counts(conn)
        conn.backup(dest)
        # One self-contained file: no WAL beside it that a copy or a restore could lose.
        dest.execute("PRAGMA journal_mode = DELETE")
        return expected
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"the library could not be copied ({exc})") from None
    finally:
        if own_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")  # a read transaction: nothing to keep
        dest.close()


def back_up(conn: sqlite3.Connection, db_path: Path, now: datetime | None = None) -> Backup:
    """Make today's verified backup in the backups folder, then drop the ones no longer kept."""
    now = now or datetime.now()
    folder = backups_dir(db_path)
    made = write_backup(conn, _free_name(folder, AUTOMATIC_PREFIX, now))
    made = Backup(made.path, now, made.size, made.counts)
    rotate(folder, now.date())
    return made


def due(db_path: Path, today: date | None = None) -> bool:
    """True when there is no backup from today yet."""
    today = today or date.today()
    return not any(b.taken.date() == today for b in _scheduled(backups_dir(db_path)))


def rotate(folder: Path, today: date) -> list[Path]:
    """Delete scheduled backups no longer kept; the deleted paths.

    Kept: the newest of each day for DAILY_DAYS, the newest of each ISO week for WEEKLY_DAYS,
    and the newest backup whatever its age. Copies kept aside by a restore are left alone.
    """
    scheduled = sorted(_scheduled(folder), key=_age_order, reverse=True)
    keep: set[Path] = {scheduled[0].path} if scheduled else set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in scheduled:
        day = backup.taken.date()
        week = day.isocalendar()[:2]
        age = (today - day).days
        if age < DAILY_DAYS and day not in days:
            keep.add(backup.path)
        if age < WEEKLY_DAYS and week not in weeks:
            keep.add(backup.path)
        days.add(day)
        weeks.add(week)
    dropped = [b.path for b in scheduled if b.path not in keep]
    for path in dropped:
        path.unlink(missing_ok=True)
    return dropped


def list_backups(db_path: Path) -> list[Backup]:
    """Every backup of the library, newest first, with what it holds (None if unreadable)."""
    found = []
    for path, taken in _named(backups_dir(db_path)):
        found.append(Backup(path, taken, path.stat().st_size, _quick_counts(path)))
    return sorted(found, key=_age_order, reverse=True)


def restore(backup: Path, db_path: Path, now: datetime | None = None) -> tuple[Path | None, Counts]:
    """Replace the library with a verified copy of `backup`: where the old library was put
    (None when there was none) and what the restored one holds.

    Nobody may have the library open. The current file (with its WAL) is kept in the backups
    folder as `before-restore-….sqlite`; the restored file then takes the library's name in one
    rename, so the library is never missing, whenever the process is stopped.
    """
    try:
        held = verify(backup)
    except BackupError as exc:  # said of the file: the library it was to replace stays as it is
        raise BackupError(f"{exc}; the library was not changed" if db_path.exists() else str(exc)) from None
    written_by = _schema_of(backup)
    if written_by > SCHEMA_VERSION:  # restored, it could not be opened: refuse it before
        raise BackupError(f"{backup} was written by a newer version of Briefing Reader (schema "
                          f"{written_by}; this version understands up to {SCHEMA_VERSION}); "
                          "the library was not changed")  # fmt: skip
    # The copy is made before the library moves: a copy that fails (a full disk, a folder we
    # may not write) leaves the library where it was, not only in the backups folder.
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(backup, partial)
        _fsync(partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"{backup} could not be copied ({exc.strerror or exc}); "
                          "the library was not changed") from None  # fmt: skip
    aside = None
    if db_path.exists():
        aside = _free_name(backups_dir(db_path), ASIDE_PREFIX, now or datetime.now())
        try:
            _keep_aside(db_path, aside)
        except OSError as exc:
            for leftover in (partial, aside, aside.with_name(aside.name + "-wal")):
                leftover.unlink(missing_ok=True)
            raise BackupError(f"the library could not be kept aside ({exc.strerror or exc}); "
                              "it was not changed") from None  # fmt: skip
        # Its WAL is kept aside with it; left here, it would be read into the restored file.
        for ending in _WAL_FILES:
            db_path.with_name(db_path.name + ending).unlink(missing_ok=True)
    os.replace(partial, db_path)  # one step: the library is the old one or the restored one
    _fsync(db_path.parent)
    if aside is not None:
        self_contained(aside)
    return aside, held


def _keep_aside(db_path: Path, aside: Path) -> None:
    """The library and its WAL, also under `aside`: a second name for the same file where the
    disk allows, else a copy. The library keeps its own name until the restored file takes it,
    so a restore cut short (a kill, a power cut) never leaves the library missing — a missing
    one is made anew, empty, at the next start."""
    aside.parent.mkdir(parents=True, exist_ok=True)
    wal = (db_path.with_name(db_path.name + "-wal"), aside.with_name(aside.name + "-wal"))
    for source, target in ((db_path, aside), wal):
        if not source.exists():
            continue
        try:
            os.link(source, target)
        except OSError:  # a file system without hard links (FAT, some network shares)
            shutil.copy2(source, target)
            _fsync(target)
    _fsync(aside.parent)


def self_contained(path: Path) -> None:
    """Make the library copy at `path` one file: its WAL (if any) written into it and it set to
    a rollback journal, so no `-wal`/`-shm` is left beside it, now or whenever it is read.

    A copy in WAL mode — the library kept aside by a restore (its pages and WAL linked under a
    second name), a copy made with the backup API — left `-wal` and `-shm` files beside it the
    first time anything read it (`briefing backups` listing it): clutter, and a copy taken of
    the file alone could lose what its WAL held. A damaged copy (the library a restore replaced
    because it was damaged) is left byte for byte as it was found, its WAL beside it: what can
    be saved from it is read from that, not from a file SQLite has written to since."""
    try:
        conn = sqlite3.connect(str(path))
        try:
            if conn.execute("PRAGMA quick_check(1)").fetchall() != [("ok",)]:
                return
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return
    _fsync(path)


def _schema_of(backup: Path) -> int:
    conn = sqlite3.connect(_reading_uri(backup), uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _age_order(backup: Backup) -> tuple[datetime, int]:
    """By time taken; two taken in the same second by their number (`…-2.sqlite` is newer)."""
    match = _NAME.match(backup.path.name)
    return backup.taken, int(match.group(3) or 1) if match else 0


def _free_name(folder: Path, prefix: str, when: datetime) -> Path:
    """A new name for a backup taken `when`; later ones in the same second count up."""
    stem = f"{prefix}{when.strftime(_STAMP)}"
    taken = [_NAME.match(p.name) for p in folder.glob(f"{stem}*{SUFFIX}")] if folder.is_dir() else []
    numbers = [int(m.group(3) or 1) for m in taken if m]
    if not numbers:
        return folder / f"{stem}{SUFFIX}"
    return folder / f"{stem}-{max(numbers) + 1}{SUFFIX}"


def _named(folder: Path) -> Iterable[tuple[Path, datetime]]:
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            yield path, datetime.strptime(match.group(2), _STAMP)


def _scheduled(folder: Path) -> list[Backup]:
    return [Backup(p, taken, 0, None) for p, taken in _named(folder)
            if p.name.startswith(AUTOMATIC_PREFIX)]  # fmt: skip


def _quick_counts(path: Path) -> Counts | None:
    try:
        conn = sqlite3.connect(_reading_uri(path), uri=True)
        try:
            return counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def _fsync(path: Path) -> None:
    """Flush a file, or a folder's entry for a renamed file, to disk (where the OS allows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

