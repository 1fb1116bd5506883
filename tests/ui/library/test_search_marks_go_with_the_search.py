"""A search's marks in the article go when the search does.

Seen in the German window: "Japan" searched, a hit opened (every "Japan" marked), then Esc back
to the library list — the search box empty, the list every source, and the article still
marked orange wherever "Japan" stood, with no way to take the marks off but opening another
source. Now clearing the search (Esc, the box's ✕, deleting its words) takes them off; Ctrl+F's
own marks stay while its bar is open. Real window, real library in a temp dir.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.library.test_window_search import open_result, type_search


def _searched(window, qtbot) -> None:
    type_search(window, qtbot, "Microsoft ")
    open_result(window, lambda r: r.where == "article")
    assert window.article.view.matches  # every hit marked


def test_esc_in_the_box_takes_the_marks_off(make_window, qtbot) -> None:
    window = make_window()
    _searched(window, qtbot)
    opened = window.open_source_id
    window.library.search_box.setFocus()
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Escape)
    assert window.library.search_box.text() == ""
    assert window.open_source_id == opened  # still reading it
    assert window.article.view.matches == [] and window.article.view.extraSelections() == []


def test_words_deleted_take_the_marks_off(make_window, qtbot) -> None:
    window = make_window()
    _searched(window, qtbot)
    window.library.search_box.setFocus()
    window.library.search_box.selectAll()
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: window.library.list_stack.currentWidget() is window.library.source_view)
    assert window.article.view.matches == []


def test_find_bar_marks_stay_when_the_search_is_cleared(make_window, qtbot) -> None:
    window = make_window()
    _searched(window, qtbot)
    window.article.find_bar.open()
    qtbot.keyClicks(window.article.find_bar.edit, "Japan")
    found = window.article.view.matches
    assert found
    window.library.clear_search()
    assert window.article.view.matches == found


def test_other_words_take_the_marks_off(make_window, qtbot) -> None:
    """A new search settled: the old one's marks are not its hits."""
    window = make_window()
    _searched(window, qtbot)
    type_search(window, qtbot, "Japan")
    assert window.article.view.matches == []


def test_a_saved_search_chosen_takes_the_marks_off(make_window, qtbot) -> None:
    """Seen in the English window: "Japan Allianz" opened marked, then a saved "Japan OR" chosen —
    the library said "Invalid search: …" over an empty list, the article still marked "Japan"."""
    window = make_window()
    _searched(window, qtbot)
    store = window.session.store
    with store.db.conn:  # saved before `OR` at the end was refused
        store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('Asia', 'Japan OR', '')")
    window.library.saved.reload()
    window.library.saved.view.setCurrentRow(0)
    assert window.article.view.matches == []
