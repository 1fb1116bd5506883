"""Enter on a saved search opens its best result with the hits marked, as Enter in the search box
does with the same words.

Seen in the German window: "Japan Allianz" saved, chosen in the list and Enter pressed — the
library listed its four hits, but the article it showed first had no marks and the keyboard
stayed in the saved-search list; the same words typed and Enter opened that article with every
hit marked. Real window, real library in a temp dir.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.store import SavedSearch
from tests.ui.library.test_window_search import results, type_search

WORDS = "Japan Allianz"


def _typed(make_window, qtbot) -> tuple[int | None, list]:
    window = make_window()
    type_search(window, qtbot, WORDS)
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Return)
    return window.open_source_id, window.article.view.matches


def test_enter_on_a_saved_search_opens_its_best_result_marked(make_window, qtbot) -> None:
    opened, marks = _typed(make_window, qtbot)
    assert marks  # what typing the words gives
    window = make_window()
    store, library = window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Allies", WORDS))[1])
    library.saved.view.setFocus()
    library.saved.view.setCurrentRow(0)  # chosen: the list shows its results
    assert library.list_stack.currentWidget() is library.results_view
    qtbot.keyClick(library.saved.view, Qt.Key.Key_Return)
    best = results(window)[0]
    assert window.open_source_id == best.source_id == opened
    assert window.article.view.matches == list(best.match_offsets) == marks
    assert window.focusWidget() is library.results_view


def test_enter_on_a_refused_saved_search_stays(make_window, qtbot) -> None:
    window = make_window()
    store, library = window.session.store, window.library
    with store.db.conn:  # saved before `OR` at the end was refused
        store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('Asia', 'Japan OR', '')")
    library.saved.reload()
    opened = window.open_source_id
    library.saved.view.setFocus()
    library.saved.view.setCurrentRow(0)
    qtbot.keyClick(library.saved.view, Qt.Key.Key_Return)
    assert window.focusWidget() is library.saved.view and window.open_source_id == opened
    assert window.article.view.matches == []
    assert library.status.text().startswith("Invalid search: ")

