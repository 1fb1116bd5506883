"""A search's chosen result stays chosen when an edit runs the search again.

Seen walking the window (session 27): with a search's results listed, tagging the chosen
result (the notes pane's Add tag) left no result selected and none current, so `J` started
from the top and the row the user was working on was gone from view. The results list is
run again after every change that reloads the library (a tag, a new or deleted source, a
story joined); the result the user was on stays selected and current wherever it is still listed."""

from __future__ import annotations

from tests.ui.library.test_window_search import open_result, results, type_search


def chosen(window):
    view = window.library.results_view
    index = view.currentIndex()
    selected = view.selectionModel().selectedIndexes()
    return (results(window)[index.row()] if index.isValid() else None), [i.row() for i in selected]


def test_tagging_the_chosen_result_keeps_it_chosen(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Japan")
    found = results(window)
    assert len(found) >= 3
    wanted = found[2]
    open_result(window, lambda r: r is wanted)
    assert window.open_source_id == wanted.source_id
    assert window.notes.tag_editor.add_tag("Kunde X")
    result, selected = chosen(window)
    assert result is not None and (result.source_id, result.where, result.ref_id) == (
        wanted.source_id, wanted.where, wanted.ref_id)  # fmt: skip
    assert selected == [window.library.results_view.currentIndex().row()]
    assert "Kunde X" in window.session.store.sources.get(wanted.source_id).tags
    assert window.open_source_id == wanted.source_id  # nothing was opened again
    view = window.library.results_view
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))  # and in sight


def test_undoing_the_tag_keeps_it_chosen_too(make_window, qtbot) -> None:
    window = make_window()
    type_search(window, qtbot, "Japan")
    wanted = results(window)[1]
    open_result(window, lambda r: r is wanted)
    assert window.notes.tag_editor.add_tag("Kunde X")
    window.session.undo()
    result, selected = chosen(window)
    assert result is not None and result.source_id == wanted.source_id and len(selected) == 1


def test_a_result_the_edit_takes_out_leaves_no_row_chosen(make_window, qtbot) -> None:
    """Searching in a tag: taking the tag off the chosen result takes it out of the results;
    no other row pretends to be the one the user was on."""
    window = make_window()
    library = window.library
    type_search(window, qtbot, "Japan")
    first, second = list(dict.fromkeys(r.source_id for r in results(window)))[:2]
    for wanted in (second, first):
        open_result(window, lambda r, wanted=wanted: r.source_id == wanted)
        assert window.notes.tag_editor.add_tag("Kunde X")
    library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of("Kunde X")))
    qtbot.waitUntil(lambda: {r.source_id for r in results(window)} == {first, second})
    open_result(window, lambda r: r.source_id == first)
    window.notes.tag_editor.remove_tag("Kunde X")
    assert {r.source_id for r in results(window)} == {second}
    result, selected = chosen(window)
    assert result is None and selected == []
