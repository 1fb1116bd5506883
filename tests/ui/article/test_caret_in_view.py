"""Selecting by keyboard after scrolling starts where the reader is, not where the caret was.

Seen at 1024 x 700: Space scrolled the article a page down, Down and Shift+End then selected
the article's second line and the view jumped back to the top, the reading place lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def _scrolled(make_window, qtbot):
    window = make_window()
    window.resize(1024, 700)
    store = window.session.store
    longest = max(store.sources.ids(), key=lambda i: len(store.sources.get(i).reading_text))
    window.library.select_source(longest)
    view = window.article.view
    view.setFocus()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 3 * view.viewport().height())
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # as Space or the wheel leave it: the caret far above
    return view, bar


def test_shift_down_after_scrolling_selects_in_view(make_window, qtbot) -> None:
    view, bar = _scrolled(make_window, qtbot)
    scrolled_to = bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    cursor = view.textCursor()
    assert cursor.hasSelection()
    start = view.textCursor()
    start.setPosition(cursor.selectionStart())
    assert view.viewport().rect().contains(view.cursorRect(start).center())
    assert abs(bar.value() - scrolled_to) < view.viewport().height() // 4  # no jump back up


def test_a_caret_in_view_moves_as_ever(make_window, qtbot) -> None:
    view, _bar = _scrolled(make_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    here = view.textCursor().position()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.textCursor().position() == here + 1
