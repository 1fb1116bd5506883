"""Session.perform: the user's action runs once, before its undo step exists, and a step whose
action failed never reaches the undo stack (real store in a temp dir, offscreen)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.changes import Changes
from reader.core.store.database import Store
from reader.ui.session import Session


@pytest.fixture
def session(qapp, tmp_path: Path):
    store = Store.open(tmp_path / "library.sqlite")
    yield Session(store)
    store.close()


def test_the_action_runs_once_and_undo_redo_run_it_again(session) -> None:
    calls: list[str] = []

    def do() -> Changes:
        calls.append("do")
        return Changes()

    def undo() -> Changes:
        calls.append("undo")
        return Changes()

    session.perform("Add tag Japan", do, undo)
    assert calls == ["do"]
    assert session.undo_stack.count() == 1 and session.undo_stack.canUndo()
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert calls == ["do", "undo", "do"]


def test_a_failed_action_leaves_no_step_and_its_error_reaches_the_caller(session) -> None:
    """A full disk inside the action: the caller gets the error (to say so once), and Ctrl+Z
    has no 'Paste as new source' to take back that never happened."""

    def do() -> Changes:
        raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        session.perform("Paste as new source", do, Changes)
    assert session.undo_stack.count() == 0
    assert not session.undo_stack.canUndo()
