"""↓ in the library's search box goes into the list, as in the Entities filter box.

Seen in the window: "/", a few letters, then ↓ to reach the results, and nothing moved: only
Enter or Tab (past the sort box) left the box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_down_from_the_search_box_opens_the_best_result(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    qtbot.keyClick(library.source_view, Qt.Key.Key_Slash)
    qtbot.keyClicks(library.search_box, "Halbl")  # still typing: the pause has not run it yet
    qtbot.keyClick(library.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is library.results_view
    best = library.results_model.result(0)
    assert library.results_view.currentIndex().row() == 0 and window.open_source_id == best.source_id
    qtbot.keyClick(library.results_view, Qt.Key.Key_Down)  # on to the next result, which opens
    assert window.open_source_id == library.results_model.result(1).source_id


def test_down_from_an_empty_search_box_goes_to_the_list(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    qtbot.keyClick(library.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is library.source_view
