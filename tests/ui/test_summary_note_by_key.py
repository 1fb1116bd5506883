"""Gehe zu ▸ Notiz schreiben (Alt+4): the keyboard straight into the open source's summary note.

Seen in the German window (session 36): the summary note — written for every source read — was
Alt+3 (the highlights' list) and then Tabs away, how many depending on the tags and highlights
shown; counted wrong, the typed Markdown went elsewhere. Real window and library in a temp dir.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_alt_4_puts_the_typing_into_the_summary_note(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    source_id = window.open_source_id
    window.keys.library_action.trigger()  # hidden panes do not matter: the notes come back
    window.keys.notes_action.trigger()
    assert not window.notes.isVisible()
    window.activateWindow()
    window.article.view.setFocus()
    window.notes.note.tabs.setCurrentIndex(1)  # left on Vorschau
    qtbot.keyClick(window.article.view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    editor = window.notes.note.editor
    assert window.notes.isVisible() and editor.hasFocus()
    assert window.notes.note.tabs.currentWidget() is editor  # Bearbeiten, not the preview
    qtbot.keyClicks(editor, "# Japan und die USA")
    window.notes.note.flush()
    assert window.session.store.notes.get(source_id).body == "# Japan und die USA"
    (go,) = [menu for title, menu in window.menus if title.replace("&", "") == "Gehe zu"]
    entry = next(a for a in go.actions() if a.text().replace("&", "") == "Notiz schreiben")
    assert entry.shortcut().toString() == "Alt+4"
    speak("en")
