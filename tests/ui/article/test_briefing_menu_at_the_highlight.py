"""`B` on a highlight opens the briefings' menu under that highlight, where the eye is.

Seen walking the window at 1024 × 700 (session 26): the highlight near the top of the page, the
menu opened in the middle of the article, half a page below the passage it would quote."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from reader.ui.article import highlight_keys


def test_the_briefing_menu_opens_under_the_highlight(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.resize(1024, 700)
    store, source_id = window.session.store, window.open_source_id
    text = store.sources.get(source_id).reading_text
    start = text.index(" ", 200) + 1
    added = []
    window.session.apply(lambda: added.append(store.highlights.add(source_id, start, start + 30, "key")) or added[0][1])
    highlight = added[0][0]
    store.briefings.create("Memo")
    view = window.article.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # selects it, in view
    assert view.selected_highlight == highlight.id
    shown: list[QPoint] = []
    monkeypatch.setattr(highlight_keys, "popup", lambda _menu, where: shown.append(where))
    qtbot.keyClick(view, Qt.Key.Key_B)
    text_map = view.text_map
    cursor = QTextCursor(view.document())
    cursor.setPosition(text_map.utf16.to_qt(text_map.to_document(highlight.start, highlight.end)[0][0]))
    under = view.viewport().mapToGlobal(view.cursorRect(cursor).bottomLeft())
    (where,) = shown
    assert abs(where.y() - under.y()) <= 4 and abs(where.x() - under.x()) <= 4, (where, under)
    # Scrolled out of sight, the menu opens in the article's middle rather than off the page.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert shown[-1] == view.viewport().mapToGlobal(view.viewport().rect().center())


def test_under_the_last_line_when_the_first_is_scrolled_above(make_window, qtbot, monkeypatch) -> None:
    """Seen at 1024 × 700: a highlight of two lines, its first scrolled above the page and its
    last at the top; B opened the menu in the article's middle, half a page below it."""
    window = make_window()
    window.resize(1024, 700)
    store, source_id = window.session.store, window.open_source_id
    text = store.sources.get(source_id).reading_text
    start = text.index(" ", 200) + 1
    added = []
    window.session.apply(lambda: added.append(store.highlights.add(source_id, start, text.index(" ", start + 200), "key"))
                         or added[0][1])  # fmt: skip
    highlight = added[0][0]
    store.briefings.create("Memo")
    view = window.article.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    text_map = view.text_map
    spans = text_map.to_document(highlight.start, highlight.end)
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(text_map.utf16.to_qt(spans[0][0]))
    last.setPosition(text_map.utf16.to_qt(spans[-1][1]))
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(last).top() - 2)
    assert view.cursorRect(first).bottom() < 0 <= view.cursorRect(last).top()  # the first line above the page
    shown: list[QPoint] = []
    monkeypatch.setattr(highlight_keys, "popup", lambda _menu, where: shown.append(where))
    qtbot.keyClick(view, Qt.Key.Key_B)
    under = view.viewport().mapToGlobal(view.cursorRect(last).bottomLeft())
    assert abs(shown[-1].y() - under.y()) <= 4 and abs(shown[-1].x() - under.x()) <= 4, (shown[-1], under)
