"""N keeps the highlight being commented on whole in the list.

Seen in the window at 1440 × 900: five highlights made with 1–5, then N on the last; the
annotation field grew as it took the cursor, the list above got shorter, and the highlight
being commented on lost its last line under the list's edge. Real window, real library.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle

PASSAGES = (
    "Fast drei Milliarden Dollar will das Unternehmen innerhalb von zwei Jahren in Japan investieren.",
    "Eine Verzahnung über privatwirtschaftliche Großinvestitionen hat auch nach einem möglichen "
    "Regierungswechsel Bestand.",
    "Politische Bande hingegen sind unter Donald Trump gegebenenfalls gefährdet",
    "Dennoch ist auffällig, dass derzeit mehr Dynamik in den US-japanischen Wirtschaftsbeziehungen zu sein scheint.",
    "Rapidus soll künftig bei der neuesten Produktgeneration global mithalten, den Zwei-Nanometer-Chips.",
)


def test_n_keeps_the_commented_highlight_whole_in_the_list(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1440, 900)
    window.splitter.setSizes([330, 740, 370])  # as the window first opens at this size
    store = window.session.store
    source_id = store.db.execute("SELECT id FROM sources WHERE file_name LIKE '002_%'").fetchone()[0]
    window.library.select_source(source_id)
    text, view = store.sources.get(source_id).reading_text, window.article.view
    view.setFocus()
    for key, passage in zip((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5), PASSAGES, strict=True):
        start = text.index(passage)
        cursor = view.textCursor()
        cursor.setPosition(view.text_map.utf16.to_qt(start))
        cursor.setPosition(view.text_map.utf16.to_qt(start + len(passage)), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        qtbot.keyClick(view, key)
    highlights = window.notes.list
    settle(qtbot, window)
    before = highlights.viewport().height()
    qtbot.keyClick(view, Qt.Key.Key_N)
    editor = QApplication.focusWidget()
    assert editor is window.notes.annotation.editor
    qtbot.keyClicks(editor, "Check the number against the press release")
    # The field grows with its text (`AnnotationEditor._fit`); its wrapped lines depend on the
    # font, so the test grows it by two lines itself, as a longer comment does.
    editor.setFixedHeight(editor.height() + 2 * editor.fontMetrics().lineSpacing())
    qtbot.waitUntil(lambda: highlights.viewport().height() < before)  # the list gave way
    current = highlights.currentIndex()
    assert current.row() == 4
    shown = highlights.visualRect(current)
    assert highlights.viewport().height() < before  # the field grew, the list gave way
    assert highlights.viewport().rect().contains(shown), (shown, highlights.viewport().rect(), before)
