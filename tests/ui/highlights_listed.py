"""Wait for All highlights' list: it is read off the window's thread (`highlights.loading`), so
a test that opens the view, changes a filter or grouping, or changes the library waits for the
list asked for last before looking at it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex

from reader.ui.highlights.highlights_model import HighlightIdRole
from reader.ui.highlights.highlights_view import HighlightsView


def listed(qtbot, view: HighlightsView | None, timeout: int = 10_000) -> HighlightsView:
    """`view`, once the list it asked for last is shown."""
    assert view is not None
    qtbot.waitUntil(lambda: not view.reading(), timeout=timeout)
    return view


def chosen_in_all_highlights(window, qtbot, highlight_id: int) -> tuple[HighlightsView, QModelIndex]:
    """All highlights opened and its list read, `highlight_id`'s row (under the first group)
    chosen and the focus in the list: the view and the row."""
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    head = view.model.index(0, 0)
    row = next(view.model.index(r, 0, head) for r in range(view.model.rowCount(head))
               if view.model.index(r, 0, head).data(HighlightIdRole) == highlight_id)  # fmt: skip
    view.tree.selectionModel().setCurrentIndex(row, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                               | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    return view, row
