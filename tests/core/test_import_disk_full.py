"""An import whose library fills its disk part-way, or that Ctrl-C stops: it says file by
file what is in the library — the files of the batches committed before, never the batch
rolled back.

Found on a 9 MB tmpfs: the commit of a batch failed, the error left the import without its
results, and `briefing import` said "nothing was changed" over 400 files it had stored. The
full disk is SQLite's own here (`max_page_count`), so the commit fails as it does on a disk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.models import ImportStatus
from reader.core.store import Store

FILES = 40


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(FILES):
        words = " ".join(f"wort{i}x{j}" for j in range(400))  # a page or more of its own terms
        (folder / f"{i:02d}.txt").write_text(f"Meldung {i}\n\nDer Text {i}: {words}.\n", encoding="utf-8")
    return folder


def fill_up(store: Store, pages: int) -> None:
    """Let the library grow by `pages` more pages only: then it is full."""
    conn = store.db.conn
    used = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {used + pages}")


def test_a_full_disk_stops_the_import_and_keeps_what_was_committed(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    fill_up(store, 150)

    with pytest.raises(importer.ImportStopped, match="full") as stopped:
        importer.import_paths(store, [folder], workers=1)

    results = stopped.value.results
    assert [Path(r.path).name for r in results] == [f"{i:02d}.txt" for i in range(FILES)]
    imported = [r for r in results if r.status is ImportStatus.IMPORTED]
    assert 0 < len(imported) < FILES and stopped.value.stored == len(imported)
    # What it says is in the library is there, and nothing else is.
    live = set(store.sources.ids())
    assert {r.source_id for r in imported} == live
    assert all(r.status is ImportStatus.ERROR and "not stored" in (r.reason or "")
               for r in results if r.status is not ImportStatus.IMPORTED)  # fmt: skip
    # The rolled-back batch left no trace: the library is whole and its index in step.
    conn = store.db.conn
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not conn.in_transaction
    conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    indexed = {row[0] for row in conn.execute("SELECT source_id FROM search_rows")}
    assert indexed == live
    profiled = {source_id for source_id, _day, _profile in store.stories.profiles()}
    assert profiled <= live


def test_stopped_is_still_a_database_error_for_callers_that_say_so_in_one_line() -> None:
    stopped = importer.ImportStopped(sqlite3.OperationalError("database or disk is full"), [])
    assert isinstance(stopped, sqlite3.DatabaseError) and str(stopped) == "database or disk is full"
    assert stopped.stored == 0


def test_ctrl_c_keeps_the_committed_batches_and_nothing_half_written(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C lands between any two statements. The import committed its open batch on the
    way out, with whatever the file being written had put into it so far."""
    folder = _folder(tmp_path)
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    monkeypatch.setattr(importer, "BATCH_SECONDS", 3600)  # batches of four, however slow the machine
    real_add = store.sources.add_or_bring_back

    def interrupted_in_the_sixth(prepared, tags=(), **known):  # type: ignore[no-untyped-def]
        added = real_add(prepared, tags, **known)
        if prepared.file_name == "05.txt":
            raise KeyboardInterrupt  # its rows are written, its bookkeeping is not
        return added

    monkeypatch.setattr(store.sources, "add_or_bring_back", interrupted_in_the_sixth)
    with pytest.raises(importer.ImportInterrupted) as stopped:
        importer.import_paths(store, [folder], workers=1)

    results = stopped.value.results
    assert stopped.value.reached == 6 and len(results) == FILES
    assert [r.status for r in results[:4]] == [ImportStatus.IMPORTED] * 4  # the first batch
    assert all(r.reason == importer.INTERRUPTED for r in results[4:])  # its batch went back
    assert store.sources.count() == 4 == stopped.value.stored
    assert store.check() == []


class _CtrlCAsItCommits:
    """The library's connection, Ctrl-C arriving as the first batch's COMMIT returns: pressed
    while the COMMIT waited for the disk, it is raised at the first statement after it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn, self._pressed = conn, False

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        cursor = self._conn.execute(sql, *args)
        if sql == "COMMIT" and not self._pressed:
            self._pressed = True
            raise KeyboardInterrupt
        return cursor


def test_ctrl_c_as_a_batch_commits_says_its_files_are_in_the_library(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They were said not to be imported ("nothing was imported") while the library had them."""
    folder = _folder(tmp_path)
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    monkeypatch.setattr(importer, "BATCH_SECONDS", 3600)
    monkeypatch.setattr(store.db, "conn", _CtrlCAsItCommits(store.db.conn))

    with pytest.raises(importer.ImportInterrupted) as stopped:
        importer.import_paths(store, [folder], workers=1)

    results = stopped.value.results
    assert [r.status for r in results[:4]] == [ImportStatus.IMPORTED] * 4  # the batch committed
    assert all(r.reason == importer.INTERRUPTED for r in results[4:])
    assert store.sources.count() == 4 == stopped.value.stored
    assert {r.source_id for r in results[:4]} == set(store.sources.ids())
    assert store.check() == []


class _CtrlCAsItRollsBack(_CtrlCAsItCommits):
    """Ctrl-C arriving as the first ROLLBACK returns: the one of a batch stored again file by
    file after one of its files could not be stored."""

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        cursor = self._conn.execute(sql, *args)
        if sql == "ROLLBACK" and not self._pressed:
            self._pressed = True
            raise KeyboardInterrupt
        return cursor


def test_ctrl_c_as_a_failed_file_rolls_its_batch_back_says_none_of_it_is_stored(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The closed transaction was taken for a committed batch: the rolled-back files, and the
    one that failed, were listed as imported, none of them in the library."""
    folder = _folder(tmp_path)
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    monkeypatch.setattr(importer, "BATCH_SECONDS", 3600)  # batches of four, however slow the machine
    real_add = store.sources.add_or_bring_back

    def failing_the_sixth(prepared, tags=(), **known):  # type: ignore[no-untyped-def]
        if prepared.file_name == "05.txt":
            raise ValueError("a parser's odd field")
        return real_add(prepared, tags, **known)

    monkeypatch.setattr(store.sources, "add_or_bring_back", failing_the_sixth)
    monkeypatch.setattr(store.db, "conn", _CtrlCAsItRollsBack(store.db.conn))

    with pytest.raises(importer.ImportInterrupted) as stopped:
        importer.import_paths(store, [folder], workers=1)

    results = stopped.value.results
    assert [r.status for r in results[:4]] == [ImportStatus.IMPORTED] * 4
    assert all(r.reason == importer.INTERRUPTED for r in results[4:])  # 04 and 05 were rolled back
    assert store.sources.count() == 4 == stopped.value.stored
    assert {r.source_id for r in results[:4]} == set(store.sources.ids())
    assert store.check() == []
