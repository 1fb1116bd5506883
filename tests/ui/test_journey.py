"""The issue's journey through the real window, end to end, on a temp data dir.

First start imports the seeds → open 002 → select a sentence → `1` → annotate → tag → write a
summary → undo/redo → close → a new window on the same data dir shows all of it, with the
highlight on the same words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

SENTENCE = "Fast drei Milliarden Dollar will das Unternehmen innerhalb von zwei Jahren in Japan investieren."


def select_words(window, start: int, end: int) -> None:
    """Select reading-text offsets start–end in the article view, as a mouse drag would."""
    view = window.article.view
    cursor = view.textCursor()
    cursor.setPosition(view.text_map.utf16.to_qt(start))
    cursor.setPosition(view.text_map.utf16.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_read_highlight_annotate_tag_summarise_and_find_it_all_again(make_window, qtbot, real_first_start) -> None:
    window = make_window()
    store = window.session.store
    source_id = store.db.execute(
        "SELECT id FROM sources WHERE file_name LIKE '002_%'"
    ).fetchone()[0]
    assert window.library.select_source(source_id)
    assert window.open_source_id == source_id

    reading = store.sources.get(source_id).reading_text
    start = reading.index(SENTENCE)
    window.activateWindow()
    select_words(window, start, start + len(SENTENCE))
    window.article.view.setFocus()
    qtbot.keyClick(window.article.view, Qt.Key.Key_1)
    (highlight,) = store.highlights.for_source(source_id)
    assert (highlight.start, highlight.end, highlight.label) == (start, start + len(SENTENCE), "key")

    window.notes.select_highlight(highlight.id)
    qtbot.keyClicks(window.notes.annotation.editor, "USD 3bn: check against the press release")
    window.notes.annotation.flush()
    assert window.notes.tag_editor.add_tag("Japan")
    editor = window.notes.note.editor
    qtbot.keyClicks(editor, "# Summary")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Tokyo binds US capital long-term.")

    row = window.library.model.row_of(source_id)
    summary = window.library.model.summary(row)
    assert summary.tags == ("Japan",) and summary.highlight_count == 1

    window.undo_action.trigger()  # the note typed last: saved as its own step, taken back first
    assert window.notes.note.editor.toPlainText() == "" and store.notes.get(source_id).body == ""
    assert store.sources.get(source_id).tags == ("Japan",)
    window.undo_action.trigger()  # then the tag
    assert store.sources.get(source_id).tags == ()
    window.redo_action.trigger()
    assert store.sources.get(source_id).tags == ("Japan",)
    window.redo_action.trigger()
    assert window.notes.note.editor.toPlainText() == "# Summary\n\nTokyo binds US capital long-term."
    assert store.notes.get(source_id).body == window.notes.note.editor.toPlainText()  # stored, not only shown
    assert not window.redo_action.isEnabled()
    window.close()

    again = make_window()
    assert again.open_source_id == source_id
    assert store.notes.get(source_id).body == "# Summary\n\nTokyo binds US capital long-term."
    (kept,) = again.session.store.highlights.for_source(source_id)
    assert kept.annotation == "USD 3bn: check against the press release"
    assert again.article.view.plain_text()[kept.start : kept.end] == SENTENCE
    assert again.session.store.sources.get(source_id).tags == ("Japan",)
    assert again.notes.note.editor.toPlainText() == "# Summary\n\nTokyo binds US capital long-term."
