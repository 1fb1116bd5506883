"""A user's action that meets a full disk mid-session: the error box names the disk as full in
its title and says to free space and do it again (not "Something went wrong"), and the undo
stack has no step for it. A real store in a temp dir made full with SQLite's page limit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.core.store import SavedSearch, Store
from reader.ui import app
from reader.ui.session import Session


@pytest.fixture
def full_session(qapp, tmp_path: Path):
    """A session on a library that has no room left for another page."""
    store = Store.open(tmp_path / "library.sqlite")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    yield Session(store)
    store.close()


def _box_for(exc: BaseException, monkeypatch) -> QMessageBox:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    app._excepthook(type(exc), exc, exc.__traceback__)
    return shown[0]


def test_an_action_on_a_full_disk_says_so_in_the_box(full_session, monkeypatch) -> None:
    repo = full_session.store.saved_searches
    with pytest.raises(sqlite3.OperationalError) as raised:
        for n in range(200):  # until a page more is needed
            full_session.perform("Save search", lambda n=n: repo.add(SavedSearch(0, f"S{n} " + "x" * 90, "Japan"))[1],
                                 lambda: repo.delete(0))  # fmt: skip
    kept = full_session.undo_stack.count()
    assert repo.find(f"S{kept} " + "x" * 90) is None  # the failed one is not in the library
    box = _box_for(raised.value, monkeypatch)
    assert box.windowTitle() == "The disk is full"
    assert "disk holding the library is full" in box.text() and "Free some space" in box.text()
    assert "then do it again" in box.text() and "damaged" not in box.text()


def test_other_errors_keep_their_title(qapp, monkeypatch) -> None:
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as exc:
        box = _box_for(exc, monkeypatch)
    assert box.windowTitle() == "Something went wrong" and "may be damaged" in box.text()


def test_the_german_box_says_the_disk_is_full(qapp, speak, monkeypatch) -> None:
    speak("de")
    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError as exc:
        box = _box_for(exc, monkeypatch)
    assert box.windowTitle() == "Der Datenträger ist voll"
    assert box.text().startswith("Der Datenträger der Bibliothek ist voll")
