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


def test_alt_4_from_a_full_width_view_goes_back_to_reading(make_window, qtbot) -> None:
    """Pressed in All highlights (or the library table, or Entities), Alt+4 put the keyboard into
    the summary note under the view, unseen, and what was typed next went into the note. The
    pane keys beside it (Alt+1–3, Ctrl+T) went into panes as hidden."""
    window = make_window()
    window.activateWindow()
    editor = window.notes.note.editor
    for view in (window.modes.action, window.table_mode.action, window.entities.mode.action):
        view.trigger()
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        assert not view.isChecked(), view.text()
        assert editor.isVisible() and editor.hasFocus(), view.text()
    window.modes.action.trigger()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert not window.modes.action.isChecked() and window.library.isVisible()
    window.table_mode.action.trigger()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    field = window.notes.tag_editor.field
    assert not window.table_mode.action.isChecked() and field.isVisible() and field.hasFocus()
