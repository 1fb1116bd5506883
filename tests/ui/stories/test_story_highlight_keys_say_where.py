"""Keys 1-5 on a report's selected text in the story window say where highlighting is done.

Seen in the walk: the reading view's highlight keys, pressed on a passage selected in a report
beside its others, did nothing and nothing said so. The story window compares; it makes no
highlights (README, "Stories"), so a key now says where they are made, and nothing is changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.stories.tokyo_story import open_tokyo_story


def test_a_highlight_key_on_a_selection_says_where_to_highlight(make_window, qapp, qtbot) -> None:
    window = make_window()
    view, members, columns = open_tokyo_story(window, qapp)
    qtbot.waitExposed(view)
    view.activateWindow()
    text = columns[1]
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, 4)
    text.setTextCursor(cursor)
    before = {m.id: len(window.session.store.highlights.for_source(m.id)) for m in members}
    assert not view.said.isVisible()
    qtbot.keyClick(text, Qt.Key.Key_2)
    assert view.said.isVisible() and "Open" in view.said.text() and "1–5" in view.said.text()
    assert {m.id: len(window.session.store.highlights.for_source(m.id)) for m in members} == before
    assert text.textCursor().hasSelection()  # the selection is kept, to be found again
