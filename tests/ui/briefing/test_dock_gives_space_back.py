"""Closing the briefing dock gives the library pane its width back.

The docked composer takes its room from the reading panes; once it was closed, all the room
went to the article, and the library stayed squeezed ("Durchsuch…", "Zuletzt …") for good,
since the squeezed widths are what the next start restores.
"""

from __future__ import annotations

from tests.ui.settled import settle


def test_the_library_gets_its_width_back_when_the_composer_closes(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1400, 860)
    window.splitter.setSizes([320, 700, 380])
    settle(qtbot, window)
    before = window.splitter.sizes()
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    window.briefings.show(composer.briefing_id)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    settle(qtbot, window)
    squeezed = window.splitter.sizes()
    assert sum(squeezed) < sum(before)  # the dock took its room from the panes
    window.briefings.dock.close()
    settle(qtbot, window)
    assert window.splitter.sizes() == before
