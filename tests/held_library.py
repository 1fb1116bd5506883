"""An import in which one file fails, so its batch is stored again file by file, while another
program holds the library just then (a second window, `briefing` in a terminal): what the
command line's and the window's reports say of the files it could not store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.store import connection


def fail_one_then_hold(monkeypatch: pytest.MonkeyPatch, failing: str, library: Path) -> None:
    """Make the import of `failing` raise, and hold `library` with a write lock of another
    connection while its batch is stored again (busy timeout 100 ms, not the usual seconds)."""
    store_file, replay = importer._BatchWriter._store, importer._BatchWriter._replay_batch_without

    def store_but_one(writer: importer._BatchWriter, item: importer.PreparedFile) -> importer.ImportResult:
        if item.path == failing:
            raise ValueError("a bug met in this one file")
        return store_file(writer, item)

    def replay_while_held(writer: importer._BatchWriter, failed: importer.PreparedFile) -> None:
        other = sqlite3.connect(library, isolation_level=None)
        writer.conn.execute("ROLLBACK")
        other.execute("BEGIN IMMEDIATE")  # another program starts a long write just then
        try:
            replay(writer, failed)
        finally:
            other.execute("ROLLBACK")
            other.close()

    monkeypatch.setattr(importer._BatchWriter, "_store", store_but_one)
    monkeypatch.setattr(importer._BatchWriter, "_replay_batch_without", replay_while_held)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
