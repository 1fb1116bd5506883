"""B adds the highlight chosen in the notes pane's list to a briefing, as it does in the article.

Seen in the window: Alt+3, the arrow keys onto a highlight, B, and nothing happened (B only
worked while the article had the focus); right-click on the highlight offered no briefing either.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.ui.article import highlight_keys
from reader.ui.briefing.add_menu import create_briefing


def test_b_in_the_notes_list_offers_the_briefings_for_the_highlight_there(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    first, _ = store.highlights.add(source_id, 0, text.index(" ", 10), "key")
    second, changes = store.highlights.add(source_id, text.index(" ", 40), text.index(" ", 60), "risk")
    window.session.changes_applied.emit(changes)
    memo = create_briefing(window.session, "Memo")
    offered: list[list[str]] = []

    def choose_memo(menu, _where) -> None:  # the user picks "Memo" with Enter
        offered.append([a.text() for a in menu.actions()])
        next(a for a in menu.actions() if a.text().replace("&", "") == "Memo").trigger()

    monkeypatch.setattr(highlight_keys, "popup", choose_memo)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # to the notes
    notes_list = window.notes.list
    assert QApplication.focusWidget() is notes_list
    notes_list.setCurrentIndex(notes_list.model().index(1, 0))  # the second, by arrow keys
    qtbot.keyClick(notes_list, Qt.Key.Key_B)
    assert offered and [i.highlight_id for i in store.briefings.items(memo)] == [second.id]
    assert first.id != second.id
