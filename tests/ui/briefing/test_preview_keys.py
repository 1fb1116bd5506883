"""The composer's preview scrolls by keyboard as every Qt text view does: Page Up/Down a page,
Ctrl+Home / Ctrl+End to the top and the bottom of the briefing (they did nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextEdit

from reader.core.briefing_model import ItemKind
from tests.ui.briefing.test_composer_docked import open_memo

CTRL = Qt.KeyboardModifier.ControlModifier


def long_preview(make_window, qtbot, monkeypatch) -> QTextEdit:
    """The preview of a briefing of 40 headings: longer than the view, so it has somewhere to go."""
    composer = open_memo(make_window(), monkeypatch)
    for n in range(1, 41):
        composer.add_item(ItemKind.HEADING, f"Abschnitt {n}")
    qtbot.waitUntil(lambda: "Abschnitt 40" in composer.preview.toPlainText())
    return composer.preview


def test_ctrl_home_and_end_take_the_preview_to_its_top_and_bottom(make_window, qtbot, monkeypatch) -> None:
    preview = long_preview(make_window, qtbot, monkeypatch)
    bar = preview.verticalScrollBar()
    assert bar.maximum() > 0  # longer than the view: there is somewhere to go
    preview.setFocus()
    bar.setValue(bar.maximum() // 2)
    qtbot.keyClick(preview, Qt.Key.Key_End, CTRL)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(preview, Qt.Key.Key_Home, CTRL)
    assert bar.value() == 0
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert 0 < bar.value() < bar.maximum()


def test_the_keypads_ctrl_home_and_end_do_the_same(make_window, qtbot, monkeypatch) -> None:
    """The keypad's Home and End (Num Lock off) come with Qt's keypad modifier beside Ctrl, and
    macOS's own keys for the top and bottom are Cmd+↑/↓: each is the platform's "start/end of
    the document", which the preview asks for, not one modifier exactly."""
    preview = long_preview(make_window, qtbot, monkeypatch)
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    keypad = CTRL | Qt.KeyboardModifier.KeypadModifier
    qtbot.keyClick(preview, Qt.Key.Key_End, keypad)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(preview, Qt.Key.Key_Home, keypad)
    assert bar.value() == 0
