"""An annotation set elsewhere (`briefing highlight add … --note` in a terminal, a second
connection here) while the window shows it for editing: never saved over without a word, on
any path — a pause in typing, leaving the highlight, quitting, a full disk tried again — and
the one `ConflictBar` the summary note has asks (`GuardedText`)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from reader.core.store import Store
from tests.ui.full_disk import fill, make_room


def _annotating(qtbot, make_window):
    """The window with two highlights on the open source, the first one's annotation
    ("Loaded") in the editor; and the two highlights' ids."""
    window = make_window()
    qtbot.waitUntil(window.outside.idle)
    store, source_id = window.session.store, window.open_source_id
    window.session.apply(lambda: store.highlights.add(source_id, 0, 5, "evidence", "Loaded")[1])
    window.session.apply(lambda: store.highlights.add(source_id, 10, 15, "risk")[1])
    first, second = (h.id for h in store.highlights.for_source(source_id))  # in document order
    window.notes.select_highlight(first)
    assert window.notes.annotation.highlight_id == first
    return window, first, second


def _typed(qtbot, window, text: str) -> None:
    editor = window.notes.annotation.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def _annotation(store: Store, highlight_id: int) -> str:
    highlight = store.highlights.get(highlight_id)
    assert highlight is not None
    return highlight.annotation


def test_a_pause_in_typing_saves_nothing_over_it_and_asks(qtbot, make_window, other: Store) -> None:
    window, first, _second = _annotating(qtbot, make_window)
    other.highlights.update(first, annotation="Set in a terminal")
    _typed(qtbot, window, " and typed")
    annotation = window.notes.annotation
    annotation.editor.flush()  # the pause in typing
    assert _annotation(other, first) == "Set in a terminal"
    assert annotation.editor.toPlainText() == "Loaded and typed"
    assert annotation.conflict.isVisible()
    assert "annotation was changed elsewhere" in annotation.conflict.label.text()


def test_a_write_while_the_save_catches_up_is_not_saved_over(qtbot, make_window, other: Store) -> None:
    """The terminal writes in the moment between the window's look (`catch_up`, a fingerprint
    of 50-70 ms) and its write: the compare-and-set in the write's transaction sees it."""
    window, first, _second = _annotating(qtbot, make_window)
    _typed(qtbot, window, " and typed")
    catch_up = window.session.catch_up

    def look_then_terminal() -> None:
        catch_up()
        other.highlights.update(first, annotation="Set in a terminal")

    window.session.catch_up = look_then_terminal
    window.notes.annotation.editor.flush()
    assert _annotation(other, first) == "Set in a terminal"
    assert window.notes.annotation.conflict.isVisible()


def test_keep_mine_saves_it_and_undo_brings_back_the_other(qtbot, make_window, other: Store) -> None:
    window, first, _second = _annotating(qtbot, make_window)
    other.highlights.update(first, annotation="Set in a terminal")
    _typed(qtbot, window, " and typed")
    annotation = window.notes.annotation
    annotation.editor.flush()
    qtbot.mouseClick(annotation.conflict.keep_button, Qt.MouseButton.LeftButton)
    assert _annotation(other, first) == "Loaded and typed"
    assert not annotation.conflict.isVisible()
    window.undo_action.trigger()
    assert _annotation(other, first) == "Set in a terminal"


def test_show_the_other_drops_the_typing(qtbot, make_window, other: Store) -> None:
    window, first, _second = _annotating(qtbot, make_window)
    other.highlights.update(first, annotation="Set in a terminal")
    _typed(qtbot, window, " and typed")
    annotation = window.notes.annotation
    annotation.editor.flush()
    qtbot.mouseClick(annotation.conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert annotation.editor.toPlainText() == "Set in a terminal"
    assert not annotation.conflict.isVisible()


def test_leaving_the_highlight_unanswered_keeps_both(qtbot, make_window, other: Store) -> None:
    window, first, second = _annotating(qtbot, make_window)
    other.highlights.update(first, annotation="Set in a terminal")
    _typed(qtbot, window, " and typed")
    window.notes.select_highlight(second)
    assert _annotation(other, first) == "Set in a terminal\n\nLoaded and typed"
    assert "both texts are kept" in window.statusBar().currentMessage()
    assert window.notes.annotation.editor.toPlainText() == ""  # the second one's, not the kept text


def test_quitting_unanswered_keeps_both(qtbot, make_window, other: Store) -> None:
    window, first, _second = _annotating(qtbot, make_window)
    other.highlights.update(first, annotation="Set in a terminal")
    _typed(qtbot, window, " and typed")
    window.notes.annotation.editor.flush()  # asked first: the bar is up, unanswered
    window.close()
    assert _annotation(other, first) == "Set in a terminal\n\nLoaded and typed"


def test_with_nothing_typed_the_new_annotation_simply_shows(qtbot, make_window, other: Store) -> None:
    window, first, _second = _annotating(qtbot, make_window)
    other.highlights.update(first, annotation="Set in a terminal")
    window.outside.check()
    qtbot.waitUntil(window.outside.idle)
    assert window.notes.annotation.editor.toPlainText() == "Set in a terminal"
    assert not window.notes.annotation.conflict.isVisible()


def test_keeping_both_after_a_full_disk_keeps_each_once(qtbot, make_window, other: Store) -> None:
    window, first, _second = _annotating(qtbot, make_window)
    other.highlights.update(first, annotation="Set in a terminal")
    typed = "Typed in the window, at length. " * 200  # more than a page: the full disk refuses it
    window.notes.annotation.editor.setPlainText(typed)
    store = window.session.store
    fill(store)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        window.notes.annotation.flush()
    make_room(store)
    window.notes.annotation.flush()
    assert _annotation(other, first) == f"Set in a terminal\n\n{typed}"
