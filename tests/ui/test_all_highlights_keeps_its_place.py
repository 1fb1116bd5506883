"""All highlights keeps the user's place when an edit fills its list again.

Seen walking the window (session 28): with a highlight chosen halfway down All highlights,
tagging a source (or Ctrl+Z, or any highlight change) rebuilt the list with nothing selected,
scrolled to the top. The chosen highlight now stays selected, current and at its height in
the view wherever it is still listed; when it is gone, its neighbour takes its place, as in a
list: the next highlight, the one before at the end."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from reader.ui import undoable
from reader.ui.highlights.highlights_model import HighlightIdRole
from tests.ui.highlights_listed import listed


def _highlighted(window, qtbot, per_source: int = 8) -> list[int]:
    """`per_source` highlights on words of each sample source; their ids."""
    store = window.session.store
    for source_id in store.sources.ids():
        text = store.sources.get(source_id).reading_text
        start = 0
        for _ in range(per_source):
            start = text.index(" ", start) + 1
            end = text.index(" ", start)
            store.highlights.add(source_id, start, end, "key_point")
            start = end
    window.modes.action.trigger()  # the view is built now, on what the store holds
    view = listed(qtbot, window.modes.view)
    ids = view.model.shown_ids()
    assert len(ids) >= 30
    return ids


def _index(view, highlight_id):
    for group in range(view.model.rowCount()):
        head = view.model.index(group, 0)
        for row in range(view.model.rowCount(head)):
            if view.model.index(row, 0, head).data(HighlightIdRole) == highlight_id:
                return view.model.index(row, 0, head)
    raise AssertionError(f"highlight {highlight_id} not listed")


def _choose(view, highlight_id, qtbot):
    """Click the highlight's row after scrolling it to the middle of the view."""
    tree = view.tree
    index = _index(view, highlight_id)
    tree.scrollTo(index, tree.ScrollHint.PositionAtCenter)
    tree.setCurrentIndex(index)
    assert tree.verticalScrollBar().value() > 0  # scrolled down: a reset to the top shows
    return tree.visualRect(index).top()


def _chosen(view):
    tree = view.tree
    current = tree.currentIndex()
    return current.siblingAtColumn(0).data(HighlightIdRole) if current.isValid() else None


def test_tagging_a_source_and_undoing_keep_the_chosen_highlight_where_it_was(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    ids = _highlighted(window, qtbot)
    view = window.modes.view
    wanted = ids[len(ids) // 2]
    top = _choose(view, wanted, qtbot)
    source_id = window.session.store.highlights.get(wanted).source_id
    for edit in (lambda: undoable.add_tag(window.session, source_id, "Kunde X"), window.session.undo):
        edit()
        listed(qtbot, view)
        assert _chosen(view) == wanted
        assert view.selected_ids() == [wanted]
        assert view.tree.visualRect(_index(view, wanted)).top() == top  # not scrolled away
        assert view.add_button.isEnabled()  # the buttons follow the selection kept
    assert "Kunde X" not in window.session.store.sources.get(source_id).tags


def test_a_highlight_taken_away_gives_its_place_to_its_neighbour(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    ids = _highlighted(window, qtbot)
    view = window.modes.view
    wanted = ids[len(ids) // 2]
    top = _choose(view, wanted, qtbot)
    undoable.delete_highlight(window.session, wanted)
    listed(qtbot, view)
    assert _chosen(view) == ids[len(ids) // 2 + 1]  # the next one, where the deleted one stood
    assert view.selected_ids() == [ids[len(ids) // 2 + 1]]
    assert abs(view.tree.visualRect(view.tree.currentIndex()).top() - top) <= view.tree.visualRect(
        view.tree.currentIndex()).height()  # fmt: skip
    window.session.undo()  # back again: the neighbour stays chosen, the list does not jump
    listed(qtbot, view)
    assert _chosen(view) == ids[len(ids) // 2 + 1]
    last = view.model.shown_ids()[-1]
    _choose(view, last, qtbot)
    undoable.delete_highlight(window.session, last)
    listed(qtbot, view)
    assert _chosen(view) == view.model.shown_ids()[-1] != last  # the last gone: the one before it


def test_a_selection_of_several_keeps_those_still_listed(make_window, qtbot) -> None:
    window = make_window()
    ids = _highlighted(window, qtbot)
    view = window.modes.view
    tree = view.tree
    first, second, third = ids[3], ids[4], ids[5]
    tree.setCurrentIndex(_index(view, first))
    flags = tree.selectionModel().SelectionFlag.Select | tree.selectionModel().SelectionFlag.Rows
    for other in (second, third):
        tree.selectionModel().select(_index(view, other), flags)
    tree.selectionModel().setCurrentIndex(_index(view, third), tree.selectionModel().SelectionFlag.NoUpdate)
    undoable.delete_highlight(window.session, third)
    listed(qtbot, view)
    assert view.selected_ids() == [first, second]  # no row the user did not choose joins them
    assert _chosen(view) in (first, second)


def test_a_filter_keeps_the_chosen_highlight_it_still_lists(make_window, qtbot) -> None:
    window = make_window()
    ids = _highlighted(window, qtbot)
    view = window.modes.view
    wanted = ids[len(ids) // 2]
    _choose(view, wanted, qtbot)
    exact = window.session.store.highlights.get(wanted).exact
    view.text_edit.setText(exact)
    listed(qtbot, view)
    assert _chosen(view) == wanted and view.selected_ids() == [wanted]


def test_a_group_folded_away_stays_folded(make_window, qtbot) -> None:
    window = make_window()
    ids = _highlighted(window, qtbot)
    view = window.modes.view
    head = view.model.index(1, 0)
    view.tree.collapse(head)
    source_id = window.session.store.highlights.get(ids[0]).source_id
    undoable.add_tag(window.session, source_id, "Kunde X")
    listed(qtbot, view)
    folded = [view.tree.isExpanded(view.model.index(g, 0)) for g in range(view.model.rowCount())]
    assert folded[1] is False and all(folded[:1] + folded[2:])


def test_a_highlight_deleted_above_leaves_the_chosen_one_where_it_stood(make_window, qtbot) -> None:
    """Rows above the chosen one gone (deleted elsewhere, here the list's first): it stays at
    its height in view, and so does the top row when none is chosen.
    (The two deletions the other tests make leave the list as long above the chosen row, so
    they held with the scrolling back taken away.)"""
    window = make_window()
    window.resize(1024, 700)
    ids = _highlighted(window, qtbot)
    view = window.modes.view
    tree = view.tree
    wanted = ids[len(ids) // 2]
    top = _choose(view, wanted, qtbot)
    undoable.delete_highlight(window.session, ids[0])
    listed(qtbot, view)
    assert _chosen(view) == wanted
    assert tree.visualRect(_index(view, wanted)).top() == top
    tree.selectionModel().clear()  # none chosen: the row at the top is the place
    seen_id = ids[len(ids) // 4]  # the list scrolled to it, not to its end (which the list could not keep)
    tree.scrollTo(_index(view, seen_id), tree.ScrollHint.PositionAtTop)
    seen = tree.indexAt(tree.viewport().rect().topLeft() + QPoint(1, 1))
    seen_top = tree.visualRect(seen).top()
    assert seen.data(HighlightIdRole) == seen_id and 0 < tree.verticalScrollBar().value() < tree.verticalScrollBar().maximum() - 1
    undoable.delete_highlight(window.session, ids[1])
    listed(qtbot, view)
    assert tree.visualRect(_index(view, seen_id)).top() == seen_top
    after = view.model.shown_ids()[view.model.shown_ids().index(seen_id) + 1]
    undoable.delete_highlight(window.session, seen_id)  # the top row itself: the next one takes its place
    listed(qtbot, view)
    assert tree.visualRect(_index(view, after)).top() == seen_top
