"""Ctrl+Z and Ctrl+Shift+Z pressed in the summary note, an annotation and a briefing's text:
the editor's own typing not yet saved goes first, then the window's steps, one after another,
as Edit ▸ Undo takes them (a user keeps pressing Ctrl+Z and goes back through the steps).

Before, the editor took every Ctrl+Z: once Edit ▸ Undo had reloaded the note, its own history
was empty and the key did nothing. The library is a real file; each key a real key press."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.briefing_model import ItemKind
from reader.ui import undoable
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.elsewhere import look, opened
from tests.ui.test_typing_where_it_was_deleted_elsewhere import _typed

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _undo(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, editor, key: Qt.Key = Qt.Key.Key_Z) -> None:
    qtbot.keyClick(editor, key, CTRL | (SHIFT if key == Qt.Key.Key_Z else Qt.KeyboardModifier.NoModifier))


def _saved(qtbot, editor, text: str) -> None:
    """Typed, and saved by the pause after it (a step of the window's undo)."""
    _typed(qtbot, editor, text)
    qtbot.waitUntil(lambda: not editor.pending)


def _said(window) -> str:
    return window.statusBar().currentMessage()


def _note_window(qtbot, make_window):
    """The window on its first source, tagged "Japan" (a step before any typing), its note in hand."""
    window = opened(qtbot, make_window)
    window.activateWindow()
    undoable.add_tag(window.session, window.open_source_id, "Japan")
    window.notes.note.reveal()
    return window, window.notes.note.editor


def _note(window) -> str:
    return window.session.store.notes.get(window.open_source_id).body


def _tags(window) -> list[str]:
    return window.session.store.tags.of_sources([window.open_source_id]).get(window.open_source_id, [])


def test_ctrl_z_goes_on_in_the_note_after_edit_undo_reloaded_it(qtbot, make_window) -> None:
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Erster Gedanke")
    _typed(qtbot, editor, " und mehr")
    window.undo_action.trigger()  # Edit ▸ Undo: the typing not yet saved goes first
    assert editor.toPlainText() == _note(window) == "Erster Gedanke"
    _undo(qtbot, editor)  # the key that did nothing: the burst saved before goes
    assert editor.toPlainText() == _note(window) == ""
    assert _said(window).startswith("Undone: Edit summary note on “")
    assert _tags(window) == ["Japan"] and window.undo_action.text() == "&Undo Add tag “Japan”"
    _undo(qtbot, editor)  # and on, to the step before any typing, as the menu said
    assert _tags(window) == [] and _note(window) == ""
    assert _said(window) == "Undone: Add tag “Japan”"
    assert not window.undo_action.isEnabled()
    _undo(qtbot, editor)  # nothing left: nothing happens
    assert editor.toPlainText() == _note(window) == "" and _tags(window) == []
    _redo(qtbot, editor)
    assert _tags(window) == ["Japan"] and _said(window) == "Redone: Add tag “Japan”"
    _redo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Erster Gedanke"
    _redo(qtbot, editor, Qt.Key.Key_Y)  # Ctrl+Y as well
    assert editor.toPlainText() == _note(window) == "Erster Gedanke und mehr"
    assert not window.redo_action.isEnabled()


def test_ctrl_z_takes_the_notes_unsaved_typing_first_then_the_window_steps(qtbot, make_window) -> None:
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Hallo")
    steps = window.session.undo_stack.count()
    _typed(qtbot, editor, " Welt")
    _undo(qtbot, editor)  # the editor's own: the typing not yet saved, no window step
    assert editor.toPlainText() == _note(window) == "Hallo"
    assert window.session.undo_stack.count() == steps and _tags(window) == ["Japan"]
    _redo(qtbot, editor)  # brought back by the editor, and saved as a step of its own
    assert editor.toPlainText() == _note(window) == "Hallo Welt"
    _undo(qtbot, editor)  # now a saved step: taken back by the window
    assert editor.toPlainText() == _note(window) == "Hallo"
    _undo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == ""
    _undo(qtbot, editor)
    assert _tags(window) == []


def test_a_saved_burst_undone_by_ctrl_z_stays_undone(qtbot, make_window) -> None:
    """Typing saved by a pause is the window's step: the next Ctrl+Z goes back further. Undone by
    the editor's own history too, the text came back with the second Ctrl+Z ("Hallo" gone, then there)."""
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Hallo")
    _undo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == ""
    _undo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "" and _tags(window) == []


def test_ctrl_z_never_brings_back_a_note_over_anothers(qtbot, make_window, other) -> None:
    """A note written by another program clears the window's steps on it: Ctrl+Z in the note
    has nothing of its own and nothing of the window's to take, and the other text stays."""
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Meins")
    other.notes.set(window.open_source_id, "Aus dem Terminal")
    look(qtbot, window)
    assert editor.toPlainText() == "Aus dem Terminal"
    _undo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Aus dem Terminal"


def test_ctrl_z_under_the_conflict_bar_writes_nothing_over_the_other(qtbot, make_window, other) -> None:
    """Typing undone while the bar says the note was changed elsewhere: with nothing typed left,
    the other text shows and the bar goes, as had nothing been typed. The bar stayed, saying
    "yours is not saved yet" over "Hallo", which leaving then dropped without keeping both."""
    window, editor = _note_window(qtbot, make_window)
    note, source_id = window.notes.note, window.open_source_id
    _saved(qtbot, editor, "Hallo")
    _typed(qtbot, editor, " Welt")
    other.notes.set(source_id, "Aus dem Terminal")
    look(qtbot, window)
    assert note.conflict.isVisible()
    _undo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == "Aus dem Terminal"
    assert not note.conflict.isVisible()
    _undo(qtbot, editor)  # the window's history of this note went with the other's change
    assert editor.toPlainText() == _note(window) == "Aus dem Terminal"
    window.read_source(next(i for i in window.session.store.sources.ids() if i != source_id))
    assert window.session.store.notes.get(source_id).body == "Aus dem Terminal"


def test_part_of_the_typing_undone_under_the_conflict_bar_keeps_asking(qtbot, make_window, other) -> None:
    """Typing left after Ctrl+Z is still typing over an older text: the bar asks on, and leaving
    keeps both, the other first."""
    window, editor = _note_window(qtbot, make_window)
    note, source_id = window.notes.note, window.open_source_id
    _saved(qtbot, editor, "Hallo")
    _typed(qtbot, editor, " Welt")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClicks(editor, "Neu: ")
    other.notes.set(source_id, "Aus dem Terminal")
    look(qtbot, window)
    _undo(qtbot, editor)
    assert editor.toPlainText() == "Hallo Welt" and _note(window) == "Aus dem Terminal"
    assert note.conflict.isVisible()
    window.read_source(next(i for i in window.session.store.sources.ids() if i != source_id))
    assert window.session.store.notes.get(source_id).body == "Aus dem Terminal\n\nHallo Welt"


def test_ctrl_z_in_an_annotation_goes_on_to_its_highlight(qtbot, make_window) -> None:
    window = opened(qtbot, make_window)
    window.activateWindow()
    store, source_id = window.session.store, window.open_source_id
    highlight_id = undoable.add_highlight(window.session, source_id, (0, 5), "evidence")
    assert highlight_id is not None
    window.notes.select_highlight(highlight_id)
    editor = window.notes.annotation.editor
    _saved(qtbot, editor, "Erste")
    _typed(qtbot, editor, " Zweite")
    window.undo_action.trigger()
    assert editor.toPlainText() == store.highlights.get(highlight_id).annotation == "Erste"
    _undo(qtbot, editor)
    assert editor.toPlainText() == store.highlights.get(highlight_id).annotation == ""
    assert _said(window).startswith("Undone: Edit annotation on “")
    _undo(qtbot, editor)  # the highlight the annotation was typed on
    assert store.highlights.get(highlight_id) is None and _said(window).startswith("Undone: Highlight “")
    keys = window.focusWidget() or window
    _redo(qtbot, keys)
    _redo(qtbot, keys)
    _redo(qtbot, keys)
    assert store.highlights.get(highlight_id).annotation == "Erste Zweite"


def test_ctrl_z_in_a_briefing_text_goes_on_after_edit_undo(qtbot, make_window, monkeypatch) -> None:
    window = opened(qtbot, make_window)
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "Geladen")
    editor, store = composer.editor, window.session.store

    def stored() -> str:
        return store.briefings.items(composer.briefing_id)[0].text

    _saved(qtbot, editor, " eins")
    _typed(qtbot, editor, " zwei")
    window.undo_action.trigger()
    assert editor.toPlainText() == stored() == "Geladen eins"
    _undo(qtbot, editor)
    assert editor.toPlainText() == stored() == "Geladen"
    assert _said(window) == "Undone: Edit text"
    _redo(qtbot, editor)
    assert editor.toPlainText() == stored() == "Geladen eins"
    _redo(qtbot, editor, Qt.Key.Key_Y)
    assert editor.toPlainText() == stored() == "Geladen eins zwei"


def test_the_status_bar_says_the_step_in_german(qtbot, make_window, speak) -> None:
    speak("de")
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Gedanke")
    _undo(qtbot, editor)
    assert editor.toPlainText() == _note(window) == ""
    assert _said(window).startswith("Rückgängig gemacht: Notiz zu „")
    _redo(qtbot, editor)
    assert _said(window).startswith("Wiederholt: Notiz zu „")


def test_the_cursor_stays_where_ctrl_z_took_the_words_back(qtbot, make_window) -> None:
    """The window's Undo reloads the note: the cursor went up to the top of it."""
    window, editor = _note_window(qtbot, make_window)
    editor.insertPlainText("Anfang😀Ende")  # pasted: QTest types no emoji
    qtbot.waitUntil(lambda: _note(window) == "Anfang😀Ende")
    cursor = editor.textCursor()
    cursor.setPosition(len("Anfang😀".encode("utf-16-le")) // 2)  # Qt counts an emoji twice
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "-Mitte-")
    qtbot.waitUntil(lambda: _note(window) == "Anfang😀-Mitte-Ende")
    _undo(qtbot, editor)
    assert editor.toPlainText() == "Anfang😀Ende"
    qtbot.keyClicks(editor, "!")  # typed where "-Mitte-" was taken back
    assert editor.toPlainText() == "Anfang😀!Ende"


def test_the_cursor_ends_where_ctrl_shift_z_brought_the_words_back(qtbot, make_window) -> None:
    """Redone by the window, the words come back with the cursor after them, as an editor's own
    redo leaves it (not before them, where they began)."""
    window, editor = _note_window(qtbot, make_window)
    _saved(qtbot, editor, "Anfang Ende")
    cursor = editor.textCursor()
    cursor.setPosition(len("Anfang "))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Mitte ")
    qtbot.waitUntil(lambda: _note(window) == "Anfang Mitte Ende")
    _undo(qtbot, editor)
    _redo(qtbot, editor)
    assert _note(window) == "Anfang Mitte Ende"
    qtbot.keyClicks(editor, "!")
    assert editor.toPlainText() == "Anfang Mitte !Ende"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard", "does not support raise")  # offscreen
def test_the_edit_menu_opened_while_typing_names_the_typing(qtbot, make_window) -> None:
    """Ctrl+Z goes to the typing first; the menu, opened with it unsaved, says the same."""
    window = opened(qtbot, make_window)
    window.activateWindow()
    window.notes.note.reveal()
    editor = window.notes.note.editor
    _typed(qtbot, editor, "Hallo")
    edit = next(a.menu() for a in window.menuBar().actions() if window.undo_action in a.menu().actions())
    edit.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(edit.isVisible)
    assert window.undo_action.isEnabled() and window.undo_action.text().startswith("&Undo Edit summary note on “")
    edit.hide()
    window.undo_action.trigger()
    assert editor.toPlainText() == _note(window) == ""
