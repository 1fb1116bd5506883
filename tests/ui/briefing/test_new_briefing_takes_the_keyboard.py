"""Briefing ▸ New briefing… leaves the keyboard in the composer it opens, ready to write.

Seen by a consultant: after naming a new briefing the keyboard stayed in the library table, so
the first keys typed went to the library. A new briefing is empty and its text box greyed (it
takes text once a heading or text is chosen), so the keyboard goes to **Add text**: one `Space`
and the cursor is in the new text. Real window, library and name dialog answered as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from reader.ui import dialogs
from tests.ui.briefing.test_composer_exports_in_background import _button
from tests.ui.settled import settle


def _name(monkeypatch, name: str) -> None:
    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", answer)


def test_a_new_briefing_opens_with_the_keyboard_ready_to_write(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.activateWindow()
    window.keys.focus(0)  # the library, where the user was
    qtbot.waitUntil(lambda: window.library.isAncestorOf(QApplication.focusWidget()))
    _name(monkeypatch, "Japan Q4")
    window.briefings.new_action.trigger()
    settle(qtbot, window)
    composer = window.briefings.composer()
    assert window.briefings.dock.isVisible() and composer.briefing_combo.currentText() == "Japan Q4"
    assert QApplication.focusWidget() is _button(composer, "Add text")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the user starts writing
    assert QApplication.focusWidget() is composer.editor and composer.editor.isEnabled()
    qtbot.keyClicks(composer.editor, "Markets expect")
    assert composer.editor.toPlainText() == "Markets expect"


def test_esc_then_leaves_the_window_as_it_is_and_closing_gives_the_keyboard_back(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.activateWindow()
    _name(monkeypatch, "Japan Q4")
    window.briefings.new_action.trigger()
    settle(qtbot, window)
    composer = window.briefings.composer()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # while reading: nothing to leave
    assert window.splitter.isVisible() and window.briefings.dock.isVisible()
    window.briefings.dock.close()
    settle(qtbot, window)
    focused = QApplication.focusWidget()
    assert focused is not None and not composer.isAncestorOf(focused)
    assert window.isAncestorOf(focused) and focused.isVisible()


def test_the_composers_own_new_button_does_the_same(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.activateWindow()
    _name(monkeypatch, "Japan Q4")
    window.briefings.new_action.trigger()
    composer = window.briefings.composer()
    new = _button(composer, "New…")
    _name(monkeypatch, "ECB watch")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)
    assert composer.briefing_combo.currentText() == "ECB watch"
    assert QApplication.focusWidget() is _button(composer, "Add text")


def test_a_refused_name_leaves_the_keyboard_on_new(make_window, qtbot, monkeypatch) -> None:
    """A name taken already: nothing was made, so Add text (of the briefing shown) is not where
    the keyboard goes; it stays on New…, one Space from asking again."""
    window = make_window()
    window.activateWindow()
    _name(monkeypatch, "Japan Q4")
    window.briefings.new_action.trigger()
    composer = window.briefings.composer()
    new = _button(composer, "New…")
    qtbot.mouseClick(new, Qt.MouseButton.LeftButton)  # "Japan Q4" again
    assert "already exists" in composer.status.text()
    assert QApplication.focusWidget() is new
