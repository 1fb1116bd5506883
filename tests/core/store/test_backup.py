"""Backups: made while the library is written, verified, rotated by age, restored."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from reader.core.ingest import prepare_file
from reader.core.store import (
    BackupError,
    Counts,
    Store,
    back_up,
    backups_dir,
    due,
    list_backups,
    restore,
    verify,
)
from reader.core.store.backup import rotate, write_backup


@pytest.fixture
def library(tmp_path: Path, seed_files: list[Path]) -> Store:
    store = Store.open(tmp_path / "library.sqlite")
    for path in seed_files:
        store.sources.add(prepare_file(path))
    store.highlights.add(1, 0, 10, "risk", "Wichtig")
    store.notes.set(2, "Notiz")
    return store


def test_backup_is_verified_and_holds_what_the_library_holds(library: Store) -> None:
    assert library.path is not None
    made = back_up(library.db.conn, library.path)
    assert made.path.parent == backups_dir(library.path)
    assert made.counts == Counts(sources=5, highlights=1, notes=1)
    assert verify(made.path) == made.counts
    assert not list(made.path.parent.glob("*.part"))
    assert not due(library.path) and due(library.path, date.today() + timedelta(days=1))


def test_backup_while_another_connection_writes_is_a_consistent_snapshot(library: Store) -> None:
    assert library.path is not None
    stop = threading.Event()

    def annotate() -> None:
        with Store.open(library.path) as writer:  # type: ignore[arg-type]
            while not stop.is_set():
                writer.highlights.add(3, 0, 5, "key", "parallel")

    worker = threading.Thread(target=annotate)
    worker.start()
    try:
        for _ in range(5):  # each replaces the one before it: the newest of the day is kept
            made = back_up(library.db.conn, library.path)
            assert made.counts is not None and verify(made.path) == made.counts
    finally:
        stop.set()
        worker.join()


def test_a_damaged_library_gives_no_backup_and_drops_none(library: Store, tmp_path: Path) -> None:
    assert library.path is not None
    good = back_up(library.db.conn, library.path, now=datetime(2026, 1, 1, 9))
    library.close()
    data = bytearray(library.path.read_bytes())
    data[4096:8192] = bytes(4096)
    library.path.write_bytes(bytes(data))
    conn = sqlite3.connect(library.path)
    with pytest.raises(BackupError):
        back_up(conn, library.path, now=datetime(2026, 3, 1, 9))
    conn.close()
    assert [b.path for b in list_backups(library.path)] == [good.path]
    assert not list(good.path.parent.glob("*.part"))


def test_rotation_keeps_a_week_of_days_and_a_month_of_weeks(library: Store) -> None:
    assert library.path is not None
    first = back_up(library.db.conn, library.path, now=datetime(2026, 12, 1, 8))
    folder = first.path.parent
    today = date(2026, 12, 1)  # a Tuesday
    # Two backups a day (08:00 and 18:00) for the 45 days before today.
    for days in range(1, 46):
        for hour in (8, 18):
            when = datetime.combine(today - timedelta(days=days), datetime.min.time()).replace(hour=hour)
            shutil.copyfile(first.path, folder / f"library-{when:%Y-%m-%d_%H%M%S}.sqlite")
    (folder / "before-restore-2026-10-01_120000.sqlite").write_bytes(first.path.read_bytes())

    rotate(folder, today)

    kept = sorted(p.name for p in folder.iterdir())
    expected_days = [today - timedelta(days=d) for d in range(0, 7)]  # 25.11. … 1.12.
    # Newest of each ISO week within 31 days (from 31.10.): Sundays 1.11., 8.11. … 29.11.
    expected_weeks = [date(2026, 11, 1) + timedelta(weeks=w) for w in range(5)]
    expected = {f"library-{d:%Y-%m-%d}_180000.sqlite" for d in expected_days + expected_weeks}
    expected = expected - {f"library-{today:%Y-%m-%d}_180000.sqlite"}
    expected |= {first.path.name, "before-restore-2026-10-01_120000.sqlite"}
    assert kept == sorted(expected)


def test_the_newest_backup_is_kept_however_old(library: Store) -> None:
    assert library.path is not None
    old = back_up(library.db.conn, library.path, now=datetime(2025, 1, 1, 8))
    rotate(old.path.parent, date(2026, 12, 1))
    assert old.path.exists()


def test_restore_keeps_the_current_library_with_its_wal(library: Store, tmp_path: Path) -> None:
    assert library.path is not None
    made = back_up(library.db.conn, library.path)
    library.notes.set(3, "nach der Sicherung")  # committed in the WAL, not yet in the file
    # The library as a killed process leaves it: the last change only in the WAL beside it.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    db = crashed / "library.sqlite"
    for name in ("library.sqlite", "library.sqlite-wal"):
        shutil.copyfile(library.path.with_name(name), crashed / name)
    assert (crashed / "library.sqlite-wal").stat().st_size > 0

    aside, held = restore(made.path, db)

    assert held == Counts(sources=5, highlights=1, notes=1)
    assert aside is not None and aside.parent == backups_dir(db)
    assert not (crashed / "library.sqlite-wal").exists()
    with Store.open(db) as restored:
        assert restored.notes.get(3).body == ""
    with sqlite3.connect(aside) as kept:
        assert kept.execute("SELECT body FROM notes WHERE source_id = 3").fetchone() == ("nach der Sicherung",)


def test_every_backup_is_one_file_without_wal_or_shm_beside_it(library: Store, tmp_path: Path) -> None:
    """The daily backup, one into a file of the user's own and the library kept aside by a
    restore are each one file, however often they are listed, verified and read: the copy
    kept aside had left an empty `-wal` and a `-shm` beside it the first time `briefing
    backups` listed it."""
    assert library.path is not None
    made = back_up(library.db.conn, library.path)
    own = write_backup(library.db.conn, tmp_path / "own" / "mine.sqlite")
    library.notes.set(3, "nach der Sicherung")  # in the library's WAL when it is kept aside
    library.close()
    aside, _ = restore(made.path, library.path)
    assert aside is not None
    with sqlite3.connect(aside) as kept:  # what the WAL held is in the file kept aside
        assert kept.execute("SELECT body FROM notes WHERE source_id = 3").fetchone() == ("nach der Sicherung",)
    for backup in list_backups(library.path):
        verify(backup.path)
    verify(own.path)
    folders = (backups_dir(library.path), own.path.parent)
    assert sorted(p.name for folder in folders for p in folder.iterdir()) == sorted(
        [made.path.name, aside.name, "mine.sqlite"]
    )


def test_restore_refuses_a_file_that_is_no_good_backup(library: Store, tmp_path: Path) -> None:
    assert library.path is not None
    junk = tmp_path / "junk.sqlite"
    junk.write_text("kein Backup", encoding="utf-8")
    before = library.sources.count()
    library.close()
    with pytest.raises(BackupError):
        restore(junk, library.path)
    with Store.open(library.path) as same:
        assert same.sources.count() == before


def test_noise_inside_a_text_passes_the_open_check_and_fails_the_daily_backup(
    library: Store, tmp_path: Path
) -> None:
    from reader.core.store import DAMAGED
    from reader.core.store.damage import diagnose

    assert library.path is not None
    library.notes.set(4, "Lieferketten " * 40)
    library.close()
    _garble_inside(library.path, b"Lieferketten Lieferketten")  # a text the structure checks cannot see into
    assert diagnose(library.path) is None
    _assert_backup_refused(library.path, DAMAGED)


def test_noise_in_a_table_added_after_the_first_schema_fails_the_daily_backup(library: Store) -> None:
    """Every table is read back, not only those of the first schema: saved searches came later."""
    from reader.core.store import DAMAGED, SavedSearch

    assert library.path is not None
    library.saved_searches.add(SavedSearch(0, "Halbleiter", "Halbleiterzölle " * 40))
    library.close()
    words = " ".join(["Halbleiterzölle"] * 40).encode()
    assert library.path.read_bytes().count(words) == 1  # in saved_searches alone
    _garble_inside(library.path, words)
    _assert_backup_refused(library.path, DAMAGED)


def _garble_inside(path: Path, words: bytes) -> None:
    """Four bytes of noise 30 bytes into the first place `words` are stored."""
    data = bytearray(path.read_bytes())
    spot = data.index(words) + 30
    data[spot : spot + 4] = b"\xff\xfe\xfd\xfc"
    path.write_bytes(bytes(data))


def _assert_backup_refused(path: Path, message: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(BackupError, match=message):
            back_up(conn, path)
    finally:
        conn.close()
    assert list_backups(path) == []
