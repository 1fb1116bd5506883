"""`B` in the article beside the docked briefing composer in a 1024 px window.

Seen in screenshots (session 30): there the composer sends the notes pane aside, and `B` on a
highlight in the notes list needed `Alt+3` first. In the article `B` quotes the selected
highlight; a reader who reached a highlight with the arrow keys (the caret in it, none
selected) pressed `B` and nothing happened. Now `B` takes the highlight the caret stands in,
and with none there the status bar says how to choose one — the key is never dead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.memo_by_key import memo_by_key


def _beside_the_composer(make_window, qtbot, monkeypatch):
    window = make_window()
    window.resize(1024, 700)
    made = memo_by_key(window, monkeypatch, "evidence")
    window.briefings.show(made.memo)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    assert not window.notes.isVisible()  # stepped aside for the composer
    view = window.article.view
    view.setFocus()
    view.select_highlight(None)
    return window, view, made


def _caret_at(view, reading_offset: int) -> None:
    spans = view.text_map.to_document(reading_offset, reading_offset + 1)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.text_map.utf16.to_qt(spans[0][0]))
    view.setTextCursor(cursor)


def test_b_quotes_the_highlight_the_caret_stands_in(make_window, qtbot, monkeypatch) -> None:
    window, view, made = _beside_the_composer(make_window, qtbot, monkeypatch)
    second = window.session.store.highlights.get(made.second)
    _caret_at(view, second.start + 2)
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert made.offered  # the briefings were offered
    items = window.session.store.briefings.items(made.memo)
    assert [i.highlight_id for i in items] == [made.second]
    assert view.selected_highlight == made.second  # chosen with it, as a click would


def test_b_with_no_highlight_there_says_how(make_window, qtbot, monkeypatch) -> None:
    window, view, made = _beside_the_composer(make_window, qtbot, monkeypatch)
    text = window.session.store.sources.get(window.open_source_id).reading_text
    _caret_at(view, len(text) - 2)  # the text's end, in no highlight
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert not made.offered
    assert "Alt+↓" in window.statusBar().currentMessage()
    assert window.session.store.briefings.items(made.memo) == []
