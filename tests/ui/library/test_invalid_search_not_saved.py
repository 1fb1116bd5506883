"""Save search… refuses a search the library itself calls invalid, as `briefing saved add` does.

The window saved `Japan OR` while the line under the box said "Invalid search: OR needs a word
on both sides": the new row appeared at once slanted with a warning sign, an entry that could
only ever find nothing. Now nothing is asked and nothing saved, and the status bar says why (in
German too). Real window, real library in a temp dir.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def _save_keys(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_an_invalid_search_is_not_saved_and_the_status_bar_says_why(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    library, store = window.library, window.session.store
    asked: list[object] = []
    monkeypatch.setattr("reader.ui.dialogs.run", lambda dialog: asked.append(dialog) or 0)
    library.focus_search()
    qtbot.keyClicks(library.search_box, "Japan OR")
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    _save_keys(qtbot, library.search_box)
    assert asked == [] and store.saved_searches.all() == []
    assert window.statusBar().currentMessage() == "Invalid search: OR needs a word on both sides — nothing was saved"
    assert window.session.undo_stack.count() == 0


def test_german(make_window, qtbot, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    library = window.library
    monkeypatch.setattr("reader.ui.dialogs.run", lambda dialog: 0)
    library.search_box.setText("Japan OR")
    library.reload()
    library.saved.save_action.trigger()
    assert window.session.store.saved_searches.all() == []
    message = window.statusBar().currentMessage()
    assert message.startswith("Ungültige Suche: ") and message.endswith(" – nichts wurde gespeichert")
