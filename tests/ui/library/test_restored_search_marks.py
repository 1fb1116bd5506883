"""A search put back at start-up marks its hits in the reopened source, as opening it did.

Seen at 1024x700 in German: "Microsoft" searched and its article hit opened (both hits marked),
quit; the next start listed the same results with that source's result current and the article
unmarked, while typing the search and opening the result marked it. Two windows on one data
folder, one after the other, as a quit and a start.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.library.test_window_search import open_result, type_search


def test_the_restored_result_marks_its_hits_where_the_reader_was(make_window, qtbot) -> None:
    first = make_window()
    type_search(first, qtbot, "Microsoft ")
    open_result(first, lambda r: r.where == "article")
    typed = first.article.view.matches
    assert len(typed) == 2
    first.close()

    second = make_window()
    view = second.article.view
    kept = second.state.reading_position(second.open_source_id)
    assert second.library.results_view.currentIndex().isValid()  # the same result current
    assert view.matches == typed and len(view.extraSelections()) == len(typed)
    assert second.article.reading_position() == kept  # marked, not scrolled to the first hit
    type_search(second, qtbot, "Japan")  # the marks belong to their search, as typed ones do
    assert view.matches == []


def test_a_restored_search_without_an_article_hit_marks_nothing(make_window, qtbot) -> None:
    first = make_window()
    type_search(first, qtbot, "Microsoft ")
    open_result(first, lambda r: r.where == "article")
    first.library.clear_search()
    first.close()

    second = make_window()
    assert second.library.search_box.text() == ""
    assert second.article.view.matches == []


def test_words_searched_before_the_window_is_active_open_no_result(make_window, qtbot) -> None:
    """The start gives the restored results the focus, which arrives once the window is made
    active; Qt then made the first row current when none was. New words searched before that
    (results with none current) had their first result opened and marked, in about every other
    run with the tests' short pause."""
    first = make_window()
    type_search(first, qtbot, "Microsoft ")
    open_result(first, lambda r: r.where == "article")
    opened = first.open_source_id
    first.close()

    second = make_window()
    pacing = second.library.pacing
    second.library.search_box.clear()
    qtbot.keyClicks(second.library.search_box, "Japan")
    pacing.search_timer.stop()
    pacing.search_timer.timeout.emit()  # the pause over before the platform makes the window active
    assert second.library.list_stack.currentWidget() is second.library.results_view
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.waitUntil(lambda: second.library.results_view.hasFocus())
    assert not second.library.results_view.currentIndex().isValid()
    assert second.article.view.matches == [] and second.open_source_id == opened


def test_the_focus_coming_to_the_results_opens_none(make_window, qtbot) -> None:
    """Tab (or the window made active again) into results with none current opens nothing;
    ↓ then opens the first, as it did."""
    window = make_window()
    qtbot.waitUntil(window.isActiveWindow)
    opened = window.open_source_id
    type_search(window, qtbot, "Japan")
    results = window.library.results_view
    results.setFocus(Qt.FocusReason.TabFocusReason)
    assert results.hasFocus() and not results.currentIndex().isValid()
    assert window.open_source_id == opened and window.article.view.matches == []
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert results.currentIndex().row() == 0
    assert window.open_source_id == window.library.results_model.result(0).source_id


def test_a_reopened_source_outside_the_restored_results_stays_open(make_window, qtbot) -> None:
    """Search words come back with the source open at the quit not among their results (it was
    opened from elsewhere): it opens again with no result current, and the focus the results
    get once the window is active (`ResultsList.focusInEvent`) leaves it open."""
    first = make_window()
    type_search(first, qtbot, "Kishida")
    outside = next(s.id for s in first.session.store.sources.list() if s.file_name.startswith("000"))
    first.read_source(outside)
    first.close()

    second = make_window()
    results = second.library.results_view
    qtbot.waitUntil(second.isActiveWindow)
    qtbot.waitUntil(results.hasFocus)
    assert second.library.search_box.text() == "Kishida"
    assert outside not in {second.library.results_model.result(r).source_id
                           for r in range(second.library.results_model.rowCount())}  # fmt: skip
    assert second.open_source_id == outside and not results.currentIndex().isValid()
