"""Leaving the search keeps the article a result opened, also when a story folds it away.

Seen on the keyboard walk (German): "Halbleiter", ↓ onto "Japan–USA schmieden …", Esc — and the
article switched to "Gegengewicht zu China", the row that stands for their story in the list.
The list's current row had stayed on the story's row (the report had no row of its own while
the story was folded), and leaving the search chose that row. Now the story opens there, on the
report being read.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.ui.library.source_model import StoryRole
from tests.ui.library.test_window_search import open_result, type_search


@pytest.mark.parametrize("leave", ["escape", "clear button"])
def test_esc_on_a_folded_report_stays_on_it(make_window, qtbot, leave: str) -> None:
    window = make_window()
    library = window.library
    store = window.session.store
    folded = {source.id for source in store.sources.list()} - set(library.model.ids())
    assert len(folded) == 2  # the seeds' Tokyo story shows one of its three reports
    type_search(window, qtbot, "Halbleiter")
    open_result(window, lambda result: result.source_id in folded)
    opened = window.open_source_id
    assert opened in folded
    if leave == "escape":
        qtbot.keyClick(library.results_view, Qt.Key.Key_Escape)
    else:
        library.search_box.clear()
        qtbot.waitUntil(lambda: library.list_stack.currentWidget() is library.source_view)
    assert window.open_source_id == opened
    assert library.current_source_id() == opened
    assert library.source_view.currentIndex().data(StoryRole) is not None  # its story opened
