"""Closing the briefing dock gives the library pane its width back.

The docked composer takes its room from the reading panes; once it was closed, all the room
went to the article, and the library stayed squeezed ("Durchsuch…", "Zuletzt …") for good,
since the squeezed widths are what the next start restores.
"""

from __future__ import annotations

from tests.ui.dragged import drag_handle
from tests.ui.settled import settle


def _docked(make_window, qtbot):
    """A window of three panes 320/700/380 wide, the composer then docked beside them; the
    panes' widths from before it docked."""
    window = make_window()
    window.resize(1400, 860)
    settle(qtbot, window)
    drag_handle(window.splitter, 1, 320 - window.splitter.sizes()[0])  # the user's widths
    drag_handle(window.splitter, 2, window.splitter.sizes()[2] - 380)
    settle(qtbot, window)
    assert (window.splitter.sizes()[0], window.splitter.sizes()[2]) == (320, 380)
    before = window.splitter.sizes()
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    window.briefings.show(composer.briefing_id)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    settle(qtbot, window)
    return window, before


def test_the_library_gets_its_width_back_when_the_composer_closes(make_window, qtbot) -> None:
    window, before = _docked(make_window, qtbot)
    squeezed = window.splitter.sizes()
    assert sum(squeezed) < sum(before)  # the dock took its room from the panes
    window.briefings.dock.close()
    settle(qtbot, window)
    assert window.splitter.sizes() == before


def test_a_library_widened_beside_the_composer_keeps_its_width(make_window, qtbot) -> None:
    """Seen in the walk: the library dragged wider while the composer was docked went back to
    its old width when the composer closed, and so at the next start (quitting closes it)."""
    window, before = _docked(make_window, qtbot)
    sizes = window.splitter.sizes()
    more = before[0] + 60 - sizes[0]
    drag_handle(window.splitter, 1, more)
    settle(qtbot, window)
    widened = window.splitter.sizes()[0]
    assert widened == before[0] + 60, window.splitter.sizes()
    window.briefings.dock.close()
    settle(qtbot, window)
    after = window.splitter.sizes()
    assert after[0] == widened and after[2] == before[2], (before, widened, after)
