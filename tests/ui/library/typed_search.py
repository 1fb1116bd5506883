"""Typing a search into the library pane as a user does, and reading what the list shows."""

from __future__ import annotations

from reader.core.search import SearchResult


def typed_results(window, qtbot, text: str) -> list[SearchResult]:
    """The results the list shows once `text` is typed into the search box and the pause after
    typing has passed (every kind: Outlet/author hits have `where == "source"`)."""
    library = window.library
    library.search_box.clear()
    qtbot.keyClicks(library.search_box, text)
    qtbot.waitUntil(lambda: library.list_stack.currentWidget() is library.results_view)
    qtbot.waitUntil(lambda: not library._search_timer.isActive())
    model = library.results_model
    return [model.result(n) for n in range(model.rowCount())]
