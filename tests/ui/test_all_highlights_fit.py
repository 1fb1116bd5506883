"""All highlights fits the window a 1024 x 700 screen gives, hints whole, and leaves its size.

Seen at 1024 x 700 in German with the theme: the view asked for 991 px, so the 976 px window
(the screen less its margins, `screen_fit`) grew by 15 px and stayed so after Back to reading,
and the date fields' hints read "von TT.MM.…" / "bis TT.MM.…".
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFontMetricsF

from reader.ui import mode_header
from reader.ui.appearance import apply_theme
from tests.ui.highlights_listed import listed
from tests.ui.settled import settle

SMALL = 976  # a 1024 px screen's window: 1024 less twice screen_fit.MARGIN


@pytest.mark.parametrize("language", ["de", "en"])
def test_all_highlights_fits_a_small_screens_window_with_its_hints_whole(make_window, qtbot, speak, qapp, language) -> None:
    speak(language)
    before = qapp.styleSheet()
    apply_theme(qapp, "light")
    window = make_window()
    window.resize(SMALL, 660)
    settle(qtbot, window)
    window.modes.action.trigger()
    settle(qtbot, window)
    assert window.minimumSizeHint().width() <= SMALL and window.width() == SMALL
    view = window.modes.view
    for edit in (view.from_edit, view.to_edit):
        # Qt draws the hint in the field less its frame, the theme's padding and 2 px a side
        # (the room the text cursor starts at, `cursorRect`), eliding what is wider.
        room = edit.width() - 2 * (edit.cursorRect().center().x())
        assert room >= math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText())), edit.placeholderText()
    assert view.group_combo.isVisible() and view.group_combo.shown_text() == view.group_combo.currentText()
    window.modes.action.trigger()
    settle(qtbot, window)
    assert window.width() == SMALL
    qapp.setStyleSheet(before)
    speak("en")


def test_a_window_the_view_widened_gets_its_width_back(make_window, qtbot) -> None:
    """Narrower than the view can be, the window grows to show it, and is given back its width
    as reading comes back. (500 px: with its filters on two lines, the view fits 620.)"""
    window = make_window()
    window.resize(500, 600)
    settle(qtbot, window)
    window.modes.action.trigger()
    # Generous waits: the resize goes through the (offscreen) window system, slow on a busy machine.
    qtbot.waitUntil(lambda: window.width() > 500, timeout=30_000)
    window.modes.action.trigger()

    def given_back() -> None:  # says what the window had instead, should it never come back
        assert window.width() == 500, (window.width(), window.minimumSizeHint(), window.minimumWidth())

    qtbot.waitUntil(given_back, timeout=30_000)


def test_the_width_comes_back_though_the_layout_has_not_caught_up(make_window, qtbot) -> None:
    """On a busy machine the give-back's timer can come before the layout's pending update; the
    window must still narrow (it stayed at the view's minimum width). Busy, the window had grown
    with a request of its own still pending when reading came back (a wait polling its width
    saw it wide after one pass of the posted events, not after all): the test now stops there,
    as the load did (it failed under load only, 760 px instead of 620)."""
    window = make_window()
    window.resize(500, 600)
    settle(qtbot, window)
    window.modes.action.trigger()
    listed(qtbot, window.modes.view)  # its count, under the list, is part of the width it needs
    for _round in range(50):  # one pass of the layout requests at a time, until the window is wide
        if window.width() > 500:
            break
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert window.width() > 500
    window.modes.action.trigger()  # reading again; no event is handled before the resize below
    mode_header._narrow_to(window, 500)  # noqa: SLF001 - as the timer calls it
    assert window.width() == 500
