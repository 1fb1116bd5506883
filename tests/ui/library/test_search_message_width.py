"""A refused search's reason wraps under the search box; the library pane keeps its width.

"before:2025-13" is refused with "Invalid search: before: takes a date like 2025, 2025-03,
2025-03-31 or 31.03.2025", longer than the pane is wide. The label once asked for its whole
width and pushed the splitter, so the pane grew by 200 pixels and the article shrank.
"""

from __future__ import annotations

from tests.ui.settled import settle


def test_a_long_refusal_wraps_instead_of_widening_the_library(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1400, 860)
    window.splitter.setSizes([320, 700, 380])
    settle(qtbot, window)
    before = window.splitter.sizes()
    library = window.library
    library.search_box.setText("Japan before:2025-13")
    library.reload()
    settle(qtbot, window)
    status = library.status
    assert status.property("error") is True
    assert status.text().startswith("Invalid search: before: takes a date like")
    assert window.splitter.sizes() == before
    assert status.width() <= library.width()
    assert status.height() > status.fontMetrics().height() * 1.5  # two lines or more: all of it shown
