"""The search results follow a source opened from elsewhere (seen in the window, session 12: a
mark clicked in the timeline opened its source, the results list went on marking the result
opened before as the open one, and J went on from there)."""

from __future__ import annotations


def results(window) -> list:
    model = window.library.results_model
    return [model.result(r) for r in range(model.rowCount())]


def open_result(window, wanted) -> None:
    row = next(n for n, r in enumerate(results(window)) if wanted(r))
    window.library.results_view.setCurrentIndex(window.library.results_model.index(row))


def type_search(window, qtbot, text: str) -> None:
    qtbot.keyClicks(window.library.search_box, text)
    qtbot.waitUntil(lambda: window.library.list_stack.currentWidget() is window.library.results_view)
    qtbot.waitUntil(lambda: not window.library._search_timer.isActive())


def test_a_source_opened_elsewhere_is_the_current_result(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Japan")
    found = results(window)
    first_of = {}
    for row, result in enumerate(found):
        first_of.setdefault(result.source_id, row)
    opened, other = list(first_of)[-1], list(first_of)[0]
    open_result(window, lambda r: r.source_id == opened)
    view = window.library.results_view
    window.timeline.action.trigger()
    window.timeline.window.source_opened.emit(other)  # a click on its mark
    assert window.open_source_id == other
    assert view.currentIndex().row() == first_of[other]
    window.library.move_selection(1)  # J: the result after it, not after the one opened before
    assert view.currentIndex().row() == first_of[other] + 1
    window.timeline.window.close()


def test_a_source_without_results_leaves_no_result_marked(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Handelsblatt")
    open_result(window, lambda r: True)
    shown = {r.source_id for r in results(window)}
    elsewhere = next(s.id for s in window.session.store.sources.list() if s.id not in shown)
    window.library.select_source(elsewhere)
    assert not window.library.results_view.currentIndex().isValid()
    assert not window.library.results_view.selectionModel().selectedIndexes()
