"""Wait for All highlights' list: it is read off the window's thread (`highlights.loading`), so
a test that opens the view, changes a filter or grouping, or changes the library waits for the
list asked for last before looking at it."""

from __future__ import annotations

from reader.ui.highlights.highlights_view import HighlightsView


def listed(qtbot, view: HighlightsView | None, timeout: int = 10_000) -> HighlightsView:
    """`view`, once the list it asked for last is shown."""
    assert view is not None
    qtbot.waitUntil(lambda: not view.reading(), timeout=timeout)
    return view
