"""The article's caret keys: Up and Down go from text to text, never into the blank line between
blocks, and Ctrl+Home shows the top of the page.

Seen at 1280 × 720 (1920 × 1080 at 150 %): Ctrl+Home, Down put the caret in the empty paragraph
under the heading — drawn at the next paragraph's start — where Shift+End selected nothing, and
the 1 that followed relabelled the highlight selected before instead of marking the line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _article(make_window, qtbot):
    window = make_window()
    window.resize(1280, 720)
    view = window.article.view
    view.setFocus()
    settle(qtbot, window)
    return view


def test_down_from_the_heading_reaches_the_first_paragraph(make_window, qtbot) -> None:
    view = _article(make_window, qtbot)
    text = view.toPlainText()
    heading, paragraph = text.split("\n\n")[:2]  # the reading text: blocks apart by a blank line
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.textCursor().position() == len(heading) + 2  # the paragraph's first letter
    qtbot.keyClick(view, Qt.Key.Key_End, SHIFT)
    selected = view.textCursor().selectedText()
    assert selected and paragraph.startswith(selected)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.textCursor().position() <= len(heading)  # back up to the heading, not the blank line


def test_shift_down_selects_on_into_the_next_paragraph(make_window, qtbot) -> None:
    view = _article(make_window, qtbot)
    heading = view.toPlainText().split("\n\n")[0]
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    cursor = view.textCursor()
    assert cursor.anchor() == 0 and cursor.position() == len(heading) + 2
    assert cursor.block().length() > 1


def test_ctrl_home_shows_the_top_of_the_article_with_its_title(make_window, qtbot) -> None:
    """Ctrl+Home from further down brought the first line to the top edge and left the title,
    teaser and byline above it, out of view."""
    view = _article(make_window, qtbot)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > view.viewport().height())
    bar.setValue(bar.maximum() // 2)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.textCursor().position() == 0
    assert bar.value() == 0
    assert view.viewport().rect().contains(view.header.geometry())
