"""Searching from the window: results as you type, opening a hit marks it, Ctrl+F finds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core import search
from reader.ui.library.search_results import ResultRole


def results(window) -> list:
    model = window.library.results_model
    return [model.result(r) for r in range(model.rowCount())]


def open_result(window, wanted) -> None:
    """Click the first result `wanted(result)` accepts, as the user would."""
    view = window.library.results_view
    row = next(n for n, r in enumerate(results(window)) if wanted(r))
    view.setCurrentIndex(window.library.results_model.index(row))


def type_search(window, qtbot, text: str) -> None:
    window.library.search_box.clear()
    qtbot.keyClicks(window.library.search_box, text)
    qtbot.waitUntil(lambda: window.library.list_stack.currentWidget() is window.library.results_view)
    qtbot.waitUntil(lambda: not window.library._search_timer.isActive())


def test_search_as_you_type_shows_marked_snippets(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Kishid")  # half a word: matched as a prefix while typing
    found = results(window)
    assert found and window.library.status.text() == f"{len(found)} result{'s' * (len(found) > 1)}"
    for result in found:
        assert result.snippet_spans
        for start, end in result.snippet_spans:
            assert result.snippet_text[start:end].casefold().startswith("kishid")
    index = window.library.results_model.index(0)
    assert index.data(ResultRole) is found[0]
    assert "Kishida" in index.data(Qt.ItemDataRole.DisplayRole)


def test_results_wait_for_a_pause_in_typing(make_window, qtbot, real_search_pause) -> None:
    """The window's own pause, which the other tests shorten (tests/ui/conftest.py): the keys
    search nothing, the pause after them does."""
    window = make_window()
    library = window.library
    listed = library.list_stack.currentWidget()
    pause = library.pacing.search_timer
    shown_while_pausing: list[bool] = []  # each time the list changes: was the pause still running?
    library.list_stack.currentChanged.connect(lambda _i: shown_while_pausing.append(pause.isActive()))
    qtbot.keyClicks(library.search_box, "Kishid")
    assert library.list_stack.currentWidget() is listed and library.results_model.rowCount() == 0
    assert pause.isActive() and pause.interval() == real_search_pause
    qtbot.waitUntil(lambda: library.list_stack.currentWidget() is library.results_view)
    assert library.results_model.rowCount() > 0
    assert shown_while_pausing == [False]  # the results came when the pause was over, not sooner


def test_opening_an_article_hit_marks_every_occurrence(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Microsoft ")
    open_result(window, lambda r: r.where == "article")
    hit = window.library.results_view.currentIndex().data(ResultRole)
    view = window.article.view
    assert window.open_source_id == hit.source_id
    text = window.session.store.sources.get(hit.source_id).reading_text
    assert view.matches == list(hit.match_offsets)
    assert len(view.matches) == text.count("Microsoft") >= 2
    assert all(text[start:end] == "Microsoft" for start, end in view.matches)
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["Microsoft"] * len(view.matches)
    window.library.clear_search()  # back to the list, on the source that is open
    assert window.library.current_source_id() == hit.source_id == window.open_source_id


def test_opening_highlight_and_note_hits(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    source_id = search.source_ids(store, "Kishida")[0]
    text = store.sources.get(source_id).reading_text
    start = text.index("Forschungslabor")
    highlight, _ = store.highlights.add(source_id, start, start + len("Forschungslabor in Japan"), "key")
    window.session.apply(lambda: store.notes.set(source_id, "Robotik-Labor: wichtig für den Kunden."))
    window.settings.label_names = {"key": "Kernaussage"}
    type_search(window, qtbot, "Forschungslabor label:Kernaussage")
    open_result(window, lambda r: r.where == "highlight")
    assert window.open_source_id == source_id
    assert window.article.view.selected_highlight == highlight.id
    assert window.notes.annotation.highlight_id == highlight.id
    type_search(window, qtbot, "wichtig in:note")
    open_result(window, lambda r: r.where == "note")
    assert window.notes.note.editor.textCursor().selectedText() == "wichtig"


def test_ctrl_f_counts_and_steps_through_matches(make_window, qtbot) -> None:
    window = make_window()
    window.library.select_source(search.source_ids(window.session.store, "Kishida")[0])
    text = window.article.view.source.reading_text
    expected = text.casefold().count("japan")
    bar = window.article.find_bar
    window.article.find_actions[0].trigger()
    assert bar.isVisible()
    qtbot.keyClicks(bar.edit, "japan")
    assert bar.match_count == expected >= 2
    assert bar.count.text() == f"1 of {expected}"
    assert all(text[s:e].casefold() == "japan" for s, e in window.article.view.matches)
    window.article.find_actions[1].trigger()  # F3
    assert bar.count.text() == f"2 of {expected}"
    window.article.find_actions[2].trigger()  # Shift+F3
    window.article.find_actions[2].trigger()
    assert bar.count.text() == f"{expected} of {expected}"  # wraps around
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.article.view.matches == []


def test_search_results_model_passes_the_model_tester(make_window, qtbot, qtmodeltester) -> None:
    window = make_window()
    type_search(window, qtbot, "Japan")
    assert window.library.results_model.rowCount() > 1
    qtmodeltester.check(window.library.results_model)


def test_results_follow_a_new_note_and_keep_the_open_result(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Kishida")
    first = results(window)
    open_result(window, lambda r: r.where == "article")
    opened = window.library.results_view.currentIndex().data(ResultRole)
    store = window.session.store
    window.session.apply(lambda: store.notes.set(opened.source_id, "Kishida setzt auf Kapital."))
    found = results(window)
    assert len(found) == len(first) + 1 and any(r.where == "note" for r in found)
    still = window.library.results_view.currentIndex().data(ResultRole)
    assert (still.source_id, still.where) == (opened.source_id, "article")
