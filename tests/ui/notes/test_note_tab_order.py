"""Tab through the notes pane meets the summary note's Edit/Preview tabs before its text, as
they stand above it — and leaves the text for the next pane. The text came first and Tab went
up to the tabs from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar


def test_the_notes_tabs_come_before_its_text(make_window, qtbot) -> None:
    window = make_window()
    note = window.notes.note
    window.notes.list.setFocus()
    qtbot.keyClick(window.notes.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is note.tabs.tabBar()
    assert isinstance(QApplication.focusWidget(), QTabBar)
    qtbot.keyClick(note.tabs.tabBar(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is note.editor
    qtbot.keyClick(note.editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.library.search_box
