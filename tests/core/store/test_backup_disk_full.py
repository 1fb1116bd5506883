"""Backups and restores that fail half-way (a full disk) or should not happen (a backup from a
newer version): the library stays where it was, and nothing half-written is left behind.

Found on a 9 MB tmpfs: `briefing restore` moved the library into the backups folder, then the
copy of the backup ran out of space, so the next command opened a new, empty library.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.ingest import prepare_file
from reader.core.store import BackupError, Store, back_up, backups_dir, restore
from reader.core.store import backup as backup_module
from reader.core.store.schema import SCHEMA_VERSION


@pytest.fixture
def library(tmp_path: Path, seed_files: list[Path]) -> Store:
    store = Store.open(tmp_path / "library.sqlite")
    for path in seed_files[:2]:
        store.sources.add(prepare_file(path))
    store.highlights.add(1, 0, 10, "risk", "Wichtig")
    return store


def test_a_restore_whose_copy_fails_leaves_the_library_in_place(
    library: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = library.path
    assert db is not None
    made = back_up(library.db.conn, db)
    library.highlights.add(2, 0, 5, "key", "after the backup")
    library.close()

    def disk_full(source: Path, target: Path) -> None:
        Path(target).write_bytes(Path(source).read_bytes()[:1000])  # as far as it got
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(shutil, "copyfile", disk_full)
    with pytest.raises(BackupError, match="No space left on device.*not changed"):
        restore(made.path, db)

    assert not db.with_name(db.name + ".restoring").exists()
    assert not list(backups_dir(db).glob("before-restore-*"))
    with Store.open(db) as same:
        assert [h.annotation for h in same.highlights.for_source(2)] == ["after the backup"]


def test_a_backup_that_fails_half_way_leaves_no_journal_behind(
    library: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = library.path
    assert db is not None

    def copy_runs_out_of_space(_conn: object, partial: Path) -> None:
        partial.write_bytes(b"SQLite format 3\x00")
        partial.with_name(partial.name + "-journal").write_bytes(b"\x00" * 512)
        raise BackupError("the library could not be copied (database or disk is full)")

    monkeypatch.setattr(backup_module, "_snapshot", copy_runs_out_of_space)
    with pytest.raises(BackupError, match="disk is full"):
        back_up(library.db.conn, db)
    assert list(backups_dir(db).iterdir()) == []


def test_a_backup_of_a_wal_library_that_fails_half_way_leaves_no_wal_behind(
    library: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy of a WAL library is itself in WAL mode until the copy is done: on a tmpfs too
    small for it, SQLite stopped with "disk I/O error" and `….part-shm` and `….part-wal` stayed."""
    db = library.path
    assert db is not None
    snapshot = backup_module._snapshot
    held: list[sqlite3.Connection] = []  # open, as SQLite's own was when the write failed

    def copy_runs_out_of_space(conn: sqlite3.Connection, partial: Path) -> None:
        dest = sqlite3.connect(str(partial))
        held.append(dest)
        dest.execute("PRAGMA journal_mode = WAL")
        dest.execute("CREATE TABLE half (x)")  # the -wal and -shm now exist, as half-way
        assert partial.with_name(partial.name + "-shm").exists()
        raise BackupError("the library could not be copied (disk I/O error)")

    monkeypatch.setattr(backup_module, "_snapshot", copy_runs_out_of_space)
    with pytest.raises(BackupError, match="disk I/O error"):
        back_up(library.db.conn, db)
    assert list(backups_dir(db).iterdir()) == []
    held[0].close()
    monkeypatch.setattr(backup_module, "_snapshot", snapshot)
    assert back_up(library.db.conn, db).path.exists()  # and the next try makes one


def test_a_backups_folder_that_cannot_be_written_is_named_not_the_library(library: Store) -> None:
    """A read-only backups folder (left by a run as another user) gave "the library … cannot be
    used (unable to open database file)" and stopped every import; a file in its place the
    same. Both are a BackupError about the folder, which the import only warns about."""
    db = library.path
    assert db is not None
    backups_dir(db).write_text("not a folder", encoding="utf-8")
    with pytest.raises(BackupError, match=f"the backup could not be written in {backups_dir(db)}"):
        back_up(library.db.conn, db)


def test_a_backup_from_a_newer_version_is_not_restored(library: Store, tmp_path: Path) -> None:
    """Restored, it replaced the library with one this version refuses to open."""
    db = library.path
    assert db is not None
    made = back_up(library.db.conn, db)
    library.close()
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(made.path.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(BackupError, match=f"newer version .*schema {SCHEMA_VERSION + 1}.*not changed"):
        restore(newer, db)
    with Store.open(db) as same:
        assert same.highlights.for_source(1)
    assert not list(backups_dir(db).glob("before-restore-*"))


@pytest.mark.parametrize("links", [True, False])
def test_a_restore_cut_short_leaves_a_library_in_place(
    library: Store, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    """Stopped just before the restored file takes the library's name (a kill, a power cut),
    the library is still there. It used to be moved away first: the next start found no file
    and made a new, empty library."""
    db = library.path
    assert db is not None
    made = back_up(library.db.conn, db)
    library.highlights.add(2, 0, 5, "key", "after the backup")
    library.close()
    if not links:  # a file system without hard links: the library is copied aside
        monkeypatch.setattr(os, "link", _no_links)
    real_replace = os.replace

    def killed(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if str(source).endswith(".restoring"):
            raise KeyboardInterrupt  # the process ends here
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        restore(made.path, db)
    monkeypatch.undo()

    (aside,) = backups_dir(db).glob("before-restore-*.sqlite")
    for kept in (db, aside):
        with Store.open(kept) as still:
            assert [h.annotation for h in still.highlights.for_source(2)] == ["after the backup"]


def _no_links(_source: object, _target: object) -> None:
    raise OSError(errno.EPERM, "Operation not permitted")
