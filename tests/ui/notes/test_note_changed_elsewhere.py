"""The summary note changed elsewhere (`briefing note set` in a terminal, a second connection
here) while the window shows it: never saved over without a word, either way
(`NoteEditor.refresh`, `NoteEditor.flush`, `GuardedText`, `ConflictBar`)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from reader.core.store import Store
from tests.ui.elsewhere import look, opened
from tests.ui.full_disk import fill, make_room


def _typed(qtbot, window, text: str) -> None:
    note = window.notes.note
    note.reveal()
    qtbot.keyClicks(note.editor, text)


def test_typing_over_a_stale_note_saves_nothing_and_asks(qtbot, make_window, other: Store) -> None:
    """Set in a terminal after the window loaded the note, before its timer looked: the pause
    in typing saves nothing over it, and the bar says why."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    _typed(qtbot, window, "Typed in the window")
    note = window.notes.note
    note.editor.flush()  # the pause in typing
    assert other.notes.get(source_id).body == "Set in a terminal"
    assert note.editor.toPlainText() == "Typed in the window"
    assert note.conflict.isVisible()


def test_a_write_while_the_save_catches_up_is_not_saved_over(qtbot, make_window, other: Store) -> None:
    """The terminal writes in the moment between the save's comparison and its write (the
    look `Session.perform` takes first, a fingerprint of 50-70 ms): the compare-and-set in
    the write's own transaction sees it, and the bar asks."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    _typed(qtbot, window, "Typed in the window")
    catch_up = window.session.catch_up

    def look_then_terminal() -> None:
        catch_up()
        other.notes.set(source_id, "Set in a terminal")

    window.session.catch_up = look_then_terminal
    note = window.notes.note
    note.editor.flush()  # the pause in typing
    assert other.notes.get(source_id).body == "Set in a terminal"
    assert note.editor.toPlainText() == "Typed in the window"
    assert note.conflict.isVisible()


def test_the_bar_shows_as_the_window_notices_the_change(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    _typed(qtbot, window, "Typed in the window")
    other.notes.set(source_id, "Set in a terminal")
    look(qtbot, window)
    assert window.notes.note.conflict.isVisible()
    assert window.notes.note.editor.toPlainText() == "Typed in the window"


def test_keep_mine_saves_it_and_undo_brings_back_the_other(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    _typed(qtbot, window, "Typed in the window")
    note = window.notes.note
    note.editor.flush()
    qtbot.mouseClick(note.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert other.notes.get(source_id).body == "Typed in the window"
    assert not note.conflict.isVisible()
    window.undo_action.trigger()
    assert other.notes.get(source_id).body == "Set in a terminal"


def test_show_the_other_drops_the_typing(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    _typed(qtbot, window, "Typed in the window")
    note = window.notes.note
    note.editor.flush()
    qtbot.mouseClick(note.conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert note.editor.toPlainText() == "Set in a terminal"
    assert other.notes.get(source_id).body == "Set in a terminal"
    assert not note.conflict.isVisible()


def test_leaving_the_source_unanswered_keeps_both(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    _typed(qtbot, window, "Typed in the window")
    window.library.move_selection(1)  # J: the next source
    assert window.open_source_id != source_id
    assert other.notes.get(source_id).body == "Set in a terminal\n\nTyped in the window"
    assert "both texts are kept" in window.statusBar().currentMessage()


def test_with_nothing_typed_the_new_note_simply_shows(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    look(qtbot, window)
    note = window.notes.note
    assert note.editor.toPlainText() == "Set in a terminal"
    assert not note.conflict.isVisible()


def test_keeping_both_after_a_full_disk_keeps_each_once(qtbot, make_window, other: Store) -> None:
    """Leaving the source (quitting) on a full disk: the save of both texts fails; tried again
    once there is room, the other text is not put in front a second time."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    typed = "Typed in the window, at length. " * 200  # more than a page: the full disk refuses it
    window.notes.note.editor.setPlainText(typed)
    store = window.session.store
    fill(store)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        window.notes.note.flush()
    make_room(store)
    window.notes.note.flush()
    assert other.notes.get(source_id).body == f"Set in a terminal\n\n{typed}"
