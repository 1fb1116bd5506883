"""The same words highlighted twice make one highlight, not two identical cards.

A consultant selects a sentence, presses 1, selects the very same sentence again (a double
click on the line, a drag over the same words) and presses 3, meaning "this is a risk, not a key
point". The notes pane once listed two cards with the same quotation; now the highlight there
takes the new label, and undo gives the old one back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

SENTENCE = "Fast drei Milliarden Dollar will das Unternehmen innerhalb von zwei Jahren in Japan investieren."


def _select(window, start: int, end: int) -> None:
    view = window.article.view
    cursor = view.textCursor()
    cursor.setPosition(view.text_map.utf16.to_qt(start))
    cursor.setPosition(view.text_map.utf16.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()


def test_highlighting_the_same_words_again_relabels_the_highlight(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    source_id = store.db.execute("SELECT id FROM sources WHERE file_name LIKE '002_%'").fetchone()[0]
    assert window.library.select_source(source_id)
    window.activateWindow()
    start = store.sources.get(source_id).reading_text.index(SENTENCE)
    _select(window, start, start + len(SENTENCE))
    qtbot.keyClick(window.article.view, Qt.Key.Key_1)
    _select(window, start, start + len(SENTENCE))
    qtbot.keyClick(window.article.view, Qt.Key.Key_3)

    (highlight,) = store.highlights.for_source(source_id)
    assert (highlight.start, highlight.end, highlight.label) == (start, start + len(SENTENCE), "risk")
    assert window.notes.model.rowCount() == 1
    window.undo_action.trigger()
    (highlight,) = store.highlights.for_source(source_id)
    assert highlight.label == "key"


def test_a_longer_selection_over_a_highlight_is_a_highlight_of_its_own(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    source_id = store.db.execute("SELECT id FROM sources WHERE file_name LIKE '002_%'").fetchone()[0]
    assert window.library.select_source(source_id)
    window.activateWindow()
    start = store.sources.get(source_id).reading_text.index(SENTENCE)
    _select(window, start, start + len(SENTENCE))
    qtbot.keyClick(window.article.view, Qt.Key.Key_1)
    _select(window, start, start + len("Fast drei Milliarden Dollar"))
    qtbot.keyClick(window.article.view, Qt.Key.Key_2)
    assert sorted(h.label for h in store.highlights.for_source(source_id)) == ["evidence", "key"]
