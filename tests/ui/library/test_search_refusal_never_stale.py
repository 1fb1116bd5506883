"""The line under the search box never gives the reason of a query no longer in the box.

Seen in session 25: "Japan OR" left long enough said "Invalid search: OR needs a word on both
sides"; the box then typed over with `before:2025-13 "Hafen` still said so, about an OR that was
gone, until the new query's own pause was over. A reason held back while typing now takes the
old one off the line; the new one comes after the pause, as before.
"""

from __future__ import annotations

from tests.ui.library.test_search_refusal_waits import REASON, _type


def test_a_new_malformed_query_takes_the_old_reason_off_the_line(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    _type(library, qtbot, "Japan OR")
    library.pacing.refusal_timer.timeout.emit()  # the user paused
    assert library.status.text() == REASON and library.status.property("error") is True
    library.search_box.selectAll()
    qtbot.keyClicks(library.search_box, "before:2025-13")  # typed fast: one pause, at its end
    qtbot.waitUntil(lambda: not library._search_timer.isActive())
    assert library.pacing.refusal_timer.isActive()  # the new reason is held, as typing may go on
    assert library.status.text() != REASON and library.status.property("error") is not True
    library.pacing.refusal_timer.timeout.emit()  # the user paused again
    assert library.status.text().startswith("Invalid search: before:") and library.status.property("error") is True
