"""Typing in the summary note's Preview writes in that source's note, under Edit.

Seen at 1366 x 768: a consultant clicked into the rendered note and typed "- Peking droht …".
The K of "Peking" was the window's "previous source" key, so the reader jumped to another
article; that one had no note, its Edit tab came up with the keyboard in it, and "ing droht …"
landed in the wrong source's note, while the note meant to be edited got nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.notes.note_editor import EDIT_TAB, PREVIEW_TAB


def test_letters_typed_in_the_preview_go_into_the_shown_note(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    note = window.notes.note
    store = window.session.store
    shown = note._source_id
    assert shown is not None
    qtbot.keyClicks(note.editor, "## Kernaussage")
    note.tabs.setCurrentIndex(PREVIEW_TAB)
    note.preview.setFocus()
    qtbot.keyClick(note.preview, Qt.Key.Key_Return)  # nothing to write: still the preview
    qtbot.keyClick(note.preview, Qt.Key.Key_Space)  # pages a long note down: still the preview
    assert note.tabs.currentIndex() == PREVIEW_TAB
    qtbot.keyClicks(note.preview, "Peking")
    assert note._source_id == shown  # K did not go to the previous source
    assert note.tabs.currentIndex() == EDIT_TAB and note.editor.hasFocus()
    qtbot.keyClicks(note.editor, " droht")  # where the keyboard is now
    assert note.editor.toPlainText() == "## KernaussagePeking droht"
    note.flush()
    assert store.notes.get(shown).body == "## KernaussagePeking droht"
    others = [other for other in store.sources.ids() if other != shown]
    assert all(store.notes.get(other).body == "" for other in others)


def test_shortcuts_with_ctrl_still_work_from_the_preview(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    note = window.notes.note
    note.editor.setPlainText("Zölle")
    note.tabs.setCurrentIndex(PREVIEW_TAB)
    note.preview.setFocus()
    qtbot.keyClick(note.preview, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    assert note.tabs.currentIndex() == PREVIEW_TAB
    assert note.preview.textCursor().selectedText() == "Zölle"


def test_letters_typed_on_the_edit_preview_tabs_go_into_the_note(make_window, qtbot) -> None:
    """Seen walking the keyboard loop: Alt+3, Tab, Tab reaches the Edit/Preview tabs above the
    note, as README says the note comes after the annotation; typing "jk1" there went to the
    window, J opening the next source (marked read) and K coming back, nothing written."""
    window = make_window()
    window.activateWindow()
    note = window.notes.note
    store = window.session.store
    shown = note._source_id
    assert shown is not None
    for tab in (EDIT_TAB, PREVIEW_TAB):
        note.tabs.setCurrentIndex(tab)
        bar = note.tabs.tabBar()
        bar.setFocus()
        qtbot.keyClick(bar, Qt.Key.Key_Space)  # Space and arrows stay the tabs'
        qtbot.keyClick(bar, Qt.Key.Key_Right if tab == EDIT_TAB else Qt.Key.Key_Left)
        qtbot.keyClick(bar, Qt.Key.Key_Left if tab == EDIT_TAB else Qt.Key.Key_Right)
        assert note.tabs.currentIndex() == tab
        qtbot.keyClicks(bar, "Japan" if tab == EDIT_TAB else ",Peking")
        assert note._source_id == shown  # J and K did not go to another source
        assert note.tabs.currentIndex() == EDIT_TAB and note.editor.hasFocus()
    assert note.editor.toPlainText() == "Japan,Peking"
    note.flush()
    assert store.notes.get(shown).body == "Japan,Peking"


def test_tab_ctrl_and_esc_still_work_on_the_edit_preview_tabs(make_window, qtbot) -> None:
    """The letters typed on the tabs go into the note; the keys that are no writing do not:
    Tab goes on to the text, Ctrl+Z takes back the note's last save, and Esc goes back to the
    article, as from the note's text (on the tabs, and in the preview, it did nothing)."""
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.activateWindow()
    note = window.notes.note
    bar = note.tabs.tabBar()
    note.editor.setPlainText("Zölle")
    note.flush()
    note.tabs.setCurrentIndex(EDIT_TAB)
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is note.editor
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.editor.toPlainText() == ""  # the window's undo, not a "z" in the note
    for tab, place in ((EDIT_TAB, bar), (PREVIEW_TAB, bar), (PREVIEW_TAB, note.preview)):
        note.tabs.setCurrentIndex(tab)
        place.setFocus()
        qtbot.keyClick(place, Qt.Key.Key_Escape)
        assert QApplication.focusWidget() is window.article.view


def test_altgr_letters_typed_on_the_tabs_go_into_the_note(make_window, qtbot, monkeypatch) -> None:
    """AltGr+8 on a German keyboard types "[" (a Markdown link's start), and Windows reports
    AltGr as Ctrl+Alt (macOS's Option+5 as Alt): on the tabs or in the preview it was taken for
    a shortcut and lost."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.activateWindow()
    note = window.notes.note
    alt_gr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    for place in (note.tabs.tabBar(), note.preview):
        note.tabs.setCurrentIndex(PREVIEW_TAB)
        place.setFocus()
        QApplication.sendEvent(place, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_BracketLeft, alt_gr, "["))
    assert note.editor.toPlainText() == "[["
    monkeypatch.setattr("reader.ui.notes.note_editor.sys.platform", "darwin")
    note.tabs.setCurrentIndex(PREVIEW_TAB)
    note.preview.setFocus()
    QApplication.sendEvent(note.preview, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier, "["))
    assert note.editor.toPlainText() == "[[["
    monkeypatch.undo()
    note.tabs.setCurrentIndex(PREVIEW_TAB)
    note.preview.setFocus()
    qtbot.keyClick(note.preview, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # no text: still Ctrl+A
    assert note.tabs.currentIndex() == PREVIEW_TAB
