"""Tab leaves the summary note and the briefing's text editor; it types no tab into them.

Walking the window by Tab, a keyboard user reached the summary note and stayed there: each
further Tab typed a tab into the note (and a tab at a line's start makes Markdown a code block).
The annotation editor already passed Tab on; the note and the composer's text now do too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.briefing_model import ItemKind


def test_tab_moves_on_from_the_summary_note(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    source_id = store.sources.ids()[0]
    assert window.library.select_source(source_id)
    window.activateWindow()
    editor = window.notes.note.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Summary")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.hasFocus()
    window.close()  # flushes the note
    assert store.notes.get(source_id).body == "Summary"


def test_tab_moves_on_from_a_briefing_text(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    window.briefings.show(composer.briefing_id)
    composer.add_item(ItemKind.TEXT, "")
    editor = composer.editor
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "Why it matters")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.hasFocus()
    (item,) = window.session.store.briefings.items(composer.briefing_id)
    assert item.text == "Why it matters"
