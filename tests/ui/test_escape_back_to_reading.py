"""Esc in any field of the notes pane goes back to reading, as it did from the annotation only.

Seen in the window: Ctrl+T, a tag half typed, Esc — nothing happened, and "/" to search the
library went on into the tag field ("/Zölle before:…" stood there as a tag to add). Real window,
keys as the keyboard delivers them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_esc_in_the_tag_field_drops_the_typing_and_goes_back_to_the_article(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    source_id = window.open_source_id
    window.keys.tag_action.trigger()  # Ctrl+T
    field = window.notes.tag_editor.field
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "Hand")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.article.view
    assert field.text() == ""
    assert window.session.store.sources.get(source_id).tags == ()  # nothing was added
    qtbot.keyClick(window.article.view, Qt.Key.Key_Slash)  # the next key acts on the window
    assert QApplication.focusWidget() is window.library.search_box


def test_esc_in_the_summary_note_keeps_it_and_goes_back_to_the_article(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    source_id = window.open_source_id
    editor = window.notes.note.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Kurz: Zoelle sinken")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.article.view
    assert window.session.store.notes.get(source_id).body == "Kurz: Zoelle sinken"
