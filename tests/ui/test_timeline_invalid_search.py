"""The timeline says when the library's search is no valid search, instead of calling every
source a match for it.

Seen in the German window: "Japan OR" in the library's search box (the line under it: "Ungültige
Suche: …"), and the timeline headed "8 Quellen · passend zu „Japan OR“" over every source — the
words are not searched (the scope leaves them out), so none of those sources was found by them.
A saved search whose words no longer run says the same. Real window, real library in a temp dir.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def _timeline_for(window, qtbot, text: str):
    library = window.library
    library.search_box.setText(text)
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    window.timeline.action.trigger()
    return window.timeline.window


def test_an_invalid_search_is_named_as_not_searched(make_window, qtbot) -> None:
    window = make_window()
    count = window.session.store.sources.count()
    timeline = _timeline_for(window, qtbot, "Japan OR")
    assert timeline.scope.text() == f"{count} sources · “Japan OR”: no valid search, not searched"
    window.library.search_box.setText("Japan")
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Return)
    timeline.reload()
    assert timeline.scope.text().endswith(" · matching “Japan”")


def test_a_broken_saved_search_too(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    with store.db.conn:  # as an older version left it, before `OR` at the end was refused
        store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('Asia', 'Japan OR', '')")
    window.library.saved.reload()
    window.library.saved.view.setCurrentRow(0)
    window.timeline.action.trigger()
    text = window.timeline.window.scope.text()
    assert text.endswith(" · saved search “Asia” · “Japan OR”: no valid search, not searched")


def test_german(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    timeline = _timeline_for(window, qtbot, "Japan OR")
    assert timeline.scope.text().endswith(" · „Japan OR“: keine gültige Suche, nicht gesucht")
    speak("en")
