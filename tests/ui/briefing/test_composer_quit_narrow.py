"""Quitting with the composer docked in a 1024 px window (seen in a German walk): the next start
showed the library at 205 px and the notes at 190 px (237 and 267 before), and they stayed so
when the window grew to 1280 px, "Bahn und GDL …" cut. The squeeze was the dock's, not the
user's: the panes' undocked widths are what the next start gets."""

from __future__ import annotations

import pytest

from tests.ui.briefing.test_composer_and_narrow_windows import open_composer
from tests.ui.dragged import drag_handle
from tests.ui.settled import settle


@pytest.mark.parametrize("width", [1024, 1280])
def test_quitting_beside_the_composer_in_a_narrow_window_keeps_the_side_panes(make_window, qtbot, width) -> None:
    window = make_window()
    window.resize(width, 700)
    settle(qtbot, window)
    drag_handle(window.splitter, 1, 237 - window.splitter.sizes()[0])  # the user's widths
    drag_handle(window.splitter, 2, window.splitter.sizes()[2] - 267)
    settle(qtbot, window)
    assert window.splitter.sizes()[0] == 237 and window.splitter.sizes()[2] == 267
    library, notes = window.splitter.sizes()[0], window.splitter.sizes()[2]
    open_composer(window, qtbot)
    window.close()
    saved = window.splitter.sizes()  # what the next start restores
    assert abs(saved[0] - library) <= 2 and abs(saved[2] - notes) <= 2
    again = make_window()
    assert again.briefings.dock.isVisible()  # composed at the quit: docked again; the panes are
    again.briefings.dock.close()  # the user's once it closes
    settle(qtbot, again)
    again.resize(width, 700)  # (offscreen's screen is 800 px wide: the geometry comes back narrower)
    again.splitter.restoreState(again.state.geometry("splitter"))
    settle(qtbot, window)
    sizes = again.splitter.sizes()
    assert abs(sizes[0] - library) <= 2 and abs(sizes[2] - notes) <= 2
    again.resize(1280, 800)
    settle(qtbot, window)
    sizes = again.splitter.sizes()
    assert sizes[0] >= library - 2 and sizes[2] >= notes - 2
