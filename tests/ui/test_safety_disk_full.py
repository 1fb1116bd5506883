"""The window on a full disk when it opens the library and mid-session.

A full disk at open (SQLite says only "disk I/O error": no room for a WAL library's shared
memory) was "not a readable library … move it away", and mid-session "the library may be
damaged": advice that throws a sound library away. What helps is freeing space.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from reader import paths
from reader.core.store import Store
from reader.ui import app


@pytest.fixture
def fatal(monkeypatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "_fatal", lambda title, text: said.append((title, text)))
    return said


@pytest.fixture
def io_error_at_open(tmp_path: Path, monkeypatch) -> paths.Paths:
    """A sound library whose opening fails with the I/O error a full disk gives."""
    where = paths.resolve(tmp_path / "data").ensure()
    Store.open(where.db_path).close()

    def io_error(*_a, **_k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "open", io_error)
    return where


def test_a_full_disk_at_open_says_free_space_not_move_it_away(
    io_error_at_open: paths.Paths, qapp, fatal, monkeypatch
) -> None:
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: SimpleNamespace(total=10**9, used=10**9, free=0))
    assert app.open_library(io_error_at_open) is None
    title, text = fatal[0]
    assert title == "The disk is full"
    assert "Free some space" in text and "has not been changed" in text
    assert "Move it away" not in text and "not a readable" not in text


def test_an_io_error_at_open_with_room_is_still_no_damage(io_error_at_open: paths.Paths, qapp, fatal) -> None:
    assert app.open_library(io_error_at_open) is None
    assert "Move it away" not in fatal[0][1] and "has not been changed" in fatal[0][1]


def test_a_full_disk_mid_session_is_not_called_damage(qapp) -> None:
    said = app._unexpected_text(sqlite3.OperationalError("database or disk is full"))
    assert "disk holding the library is full" in said and "Free some space" in said
    assert "damaged" not in said
    other = app._unexpected_text(sqlite3.DatabaseError("database disk image is malformed"))
    assert "may be damaged" in other  # real damage still says so
