"""A refused search's last results no longer read as its own.

Seen in a German walk: "Japan" typed, then "Japan OR": under "Ungültige Suche: …" the list still
showed Japan's results, which read as the new query's. The results stay (no list flashing empty
while one types on), but greyed, taking no click, with a line saying whose they are; a search
that runs, or the box emptied, gives the list back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.library.test_search_refusal_waits import REASON, _type


def test_a_refused_search_greys_the_last_results_and_says_whose_they_are(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    _type(library, qtbot, "Japan")
    assert library.results_model.rowCount() > 0 and library.results_view.isEnabled()
    assert not library.stale.isVisible()
    _type(library, qtbot, " OR")
    library.pacing.refusal_timer.timeout.emit()  # the user paused
    assert library.status.text() == REASON
    assert library.results_model.rowCount() > 0  # still there …
    assert not library.results_view.isEnabled()  # … greyed, no click on them
    assert library.stale.isVisible() and "last valid search" in library.stale.text()
    _type(library, qtbot, " Korea")  # a search that runs: its own results, not greyed
    assert library.results_view.isEnabled() and not library.stale.isVisible()


def test_a_refused_first_search_says_the_list_is_the_one_before(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    qtbot.keyClicks(library.search_box, "vor:2025-13")
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)  # said at once
    assert library.status.property("error") is True
    assert not library.list_stack.isEnabled() and "before this search" in library.stale.text()
    library.clear_search()
    assert library.source_view.isEnabled() and not library.stale.isVisible()
