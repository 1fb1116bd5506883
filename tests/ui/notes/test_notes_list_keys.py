"""B adds the highlight chosen in the notes pane's list to a briefing, as it does in the article.

Seen in the window: Alt+3, the arrow keys onto a highlight, B, and nothing happened (B only
worked while the article had the focus); right-click on the highlight offered no briefing either.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.memo_by_key import memo_by_key


def test_b_in_the_notes_list_offers_the_briefings_for_the_highlight_there(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    made = memo_by_key(window, monkeypatch, "key")
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # to the notes
    notes_list = window.notes.list
    assert QApplication.focusWidget() is notes_list
    notes_list.setCurrentIndex(notes_list.model().index(1, 0))  # the second, by arrow keys
    qtbot.keyClick(notes_list, Qt.Key.Key_B)
    assert made.offered and [i.highlight_id for i in store.briefings.items(made.memo)] == [made.second]
    assert made.first != made.second
