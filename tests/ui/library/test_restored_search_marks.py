"""A search put back at start-up marks its hits in the reopened source, as opening it did.

Seen at 1024x700 in German: "Microsoft" searched and its article hit opened (both hits marked),
quit; the next start listed the same results with that source's result current and the article
unmarked, while typing the search and opening the result marked it. Two windows on one data
folder, one after the other, as a quit and a start.
"""

from __future__ import annotations

from tests.ui.library.test_window_search import open_result, type_search


def test_the_restored_result_marks_its_hits_where_the_reader_was(make_window, qtbot, real_search_pause) -> None:
    """With the tests' 10 ms pause (tests/ui/conftest.py) the second window's "Japan" was, in
    about every other run, searched with its result for the open source current and marked:
    the order against something of that window's start changed. A user's pause is the real one."""
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
