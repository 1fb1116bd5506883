"""Undo and Redo of a step whose core call fails (a full disk): the undo stack stays where it
was, the step can be tried again once there is room, and the error box says the disk is full.
Before, the stack ran the call inside its own undo()/redo() and moved its index even when the
call raised: Edit ▸ Redo then offered nothing, and Undo offered to take back a note never saved.

A real store in a temp dir, made full with SQLite's page limit after its free pages are used up."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.core.changes import Changes
from reader.ui import app
from reader.ui.undoable import edit_note

NOTE = "A long summary note. " * 2000  # ~40 kB: saving it needs pages the full library lacks


def _fill(store) -> None:
    """Make the library full: no page more than it has, and its free pages taken by filler."""
    db = store.db
    db.execute("CREATE TABLE IF NOT EXISTS filler (x BLOB)")
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    for size in (3000, 300, 30):
        try:
            while True:
                db.execute("INSERT INTO filler VALUES (zeroblob(?))", (size,))
        except sqlite3.OperationalError as full:
            assert "full" in str(full)


def _make_room(store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")


def _box_for(exc: BaseException, monkeypatch) -> QMessageBox:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    app._excepthook(type(exc), exc, exc.__traceback__)
    return shown[0]


def test_redo_on_a_full_disk_leaves_the_step_to_redo(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    session, store = window.session, window.session.store
    source_id = store.sources.list()[0].id
    edit_note(session, source_id, "", NOTE)
    window.undo_action.trigger()
    assert store.notes.get(source_id).body == ""
    _fill(store)
    window.statusBar().showMessage("")
    with qtbot.capture_exceptions() as raised:
        window.redo_action.trigger()
    assert len(raised) == 1
    assert session.undo_stack.index() == 0 and session.undo_stack.canRedo()  # not taken
    assert window.redo_action.text() == "&Redo Edit summary note on “Gegengewicht zu China: Japan un…”" and window.redo_action.isEnabled()
    assert not window.undo_action.isEnabled()  # nothing was done that could be undone
    assert store.notes.get(source_id).body == ""
    assert not window.statusBar().currentMessage().startswith("Redone")
    box = _box_for(raised[0][1], monkeypatch)
    assert box.windowTitle() == "The disk is full" and "then do it again" in box.text()
    _make_room(store)  # the user frees space and redoes: the step is still there to take
    window.redo_action.trigger()
    assert store.notes.get(source_id).body == NOTE
    assert session.undo_stack.index() == 1 and window.statusBar().currentMessage() == "Redone: Edit summary note on “Gegengewicht zu China: Japan un…”"


def test_undo_on_a_full_disk_leaves_the_step_to_undo(make_window, qtbot) -> None:
    window = make_window()
    session, store = window.session, window.session.store
    source_id = store.sources.list()[0].id
    store.notes.set(source_id, NOTE)  # as stored: the step's save expects it
    edit_note(session, source_id, NOTE, "")  # undo writes the long note back
    _fill(store)
    with qtbot.capture_exceptions() as raised:
        window.undo_action.trigger()
    assert len(raised) == 1 and "full" in str(raised[0][1])
    assert session.undo_stack.index() == 1 and not session.undo_stack.canRedo()
    assert window.undo_action.text() == "&Undo Edit summary note on “Gegengewicht zu China: Japan un…”"
    _make_room(store)
    window.undo_action.trigger()
    assert store.notes.get(source_id).body == NOTE and session.undo_stack.index() == 0


def test_a_step_taken_by_the_stack_itself_still_runs_once(qapp, tmp_path) -> None:
    """Undo and redo straight on the stack (as the panes' tests do) run each call once."""
    from reader.core.store import Store
    from reader.ui.session import Session

    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    calls: list[str] = []
    session.perform("Step", lambda: calls.append("do") or Changes(), lambda: calls.append("undo") or Changes())
    session.undo()
    session.redo()
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert calls == ["do", "undo", "do", "undo", "do"]
    session.shutdown()
    store.close()


@pytest.mark.parametrize("direction", ["undo", "redo"])
def test_a_failed_call_says_so_and_moves_nothing(qapp, tmp_path, direction) -> None:
    from reader.core.store import Store
    from reader.ui.session import Session

    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    full = {"now": False}

    def call() -> Changes:
        if full["now"]:
            raise sqlite3.OperationalError("database or disk is full")
        return Changes()

    session.perform("Step", call, call)
    if direction == "redo":
        session.undo()
    index = session.undo_stack.index()
    full["now"] = True
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        getattr(session, direction)()
    assert session.undo_stack.index() == index
    session.shutdown()
    store.close()
