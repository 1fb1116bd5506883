"""The docked composer beside the reading panes, in windows too narrow for all of them.

Seen in the real window: quitting with the composer open saved the side panes as the composer
had squeezed them, and every later start (without the composer) showed "Durchsuch…",
"Zuletzt …" and titles cut after two words. And a 1024 px window with the composer left the
article 130 px wide, its title cut off at the right ("Gegen", "Schutzmac").
"""

from __future__ import annotations

from tests.ui.dragged import drag_handle
from tests.ui.settled import settle


def open_composer(window, qtbot, name: str = "Japan") -> int:
    """A new briefing called `name`, shown in the docked composer: its id."""
    composer = window.briefings.composer()
    composer.create_briefing(name)
    window.briefings.show(composer.briefing_id)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    settle(qtbot, window)
    return composer.briefing_id


def test_quitting_with_the_composer_open_keeps_the_side_panes_for_the_next_start(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1400, 860)
    settle(qtbot, window)
    drag_handle(window.splitter, 1, 320 - window.splitter.sizes()[0])  # the user's widths
    drag_handle(window.splitter, 2, window.splitter.sizes()[2] - 380)
    settle(qtbot, window)
    assert (window.splitter.sizes()[0], window.splitter.sizes()[2]) == (320, 380)
    library, notes = window.splitter.sizes()[0], window.splitter.sizes()[2]
    open_composer(window, qtbot)
    assert window.splitter.sizes()[0] < library  # squeezed while the composer is open
    window.close()
    again = make_window()
    again.resize(1400, 860)
    settle(qtbot, window)
    assert again.briefings.dock.isVisible()  # composed at the quit: docked again, the panes making room
    again.briefings.dock.close()  # and once it closes, they are the user's
    settle(qtbot, again)
    sizes = again.splitter.sizes()
    assert abs(sizes[0] - library) <= 2 and abs(sizes[2] - notes) <= 2


def test_a_narrow_window_keeps_a_readable_article_beside_the_composer(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    open_composer(window, qtbot)
    assert window.article.view.viewport().width() >= 400
    window.briefings.dock.close()
    settle(qtbot, window)
    assert window.library.isVisible() and window.notes.isVisible()  # back as they were
