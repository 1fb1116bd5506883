"""The fitted timeline shows the newest mark's title whole.

Seen in German at 1024 × 700 on the five samples (session 30): View ▸ Timeline, fitted, put the
newest mark at the right edge with the older marks' stems to its left, and its title read
"Japan–USA schmieden „Golden…" — the newest source, the one a reader looks for first. A fitted
view now leaves room right of the days for it (up to half the canvas); zoomed or moved, a
title may still be cut at the edge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt

from reader.ui.one_ellipsis import elided
from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import Mark


def _whole_in_view(canvas: TimelineCanvas) -> None:
    assert canvas.captioned
    newest = max(canvas._placed, key=lambda p: (p.mark.day, p.level == 0))
    assert newest is canvas._placed[-1]
    caption = canvas.caption_rect(newest)
    assert QRectF(canvas.rect()).contains(caption)
    title = newest.mark.title
    assert elided(canvas.fontMetrics(), title, int(caption.width())) == title  # not "„Golden…"
    assert not caption.intersects(canvas.mark_rect(newest))


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_fitted_samples_show_the_newest_title_whole(make_window, qtbot, speak, language) -> None:
    speak(language)
    window = make_window()
    window.resize(1024, 700)
    window.timeline.action.trigger()
    view = window.timeline.window
    qtbot.waitExposed(view)
    canvas = view.canvas
    qtbot.waitUntil(lambda: bool(canvas._placed))
    _whole_in_view(canvas)
    canvas.zoom(2.0)  # moved away from the fit, then 0 fits again
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.fitted
    _whole_in_view(canvas)
    speak("en")


@pytest.mark.parametrize("width", [420, 585, 900])
def test_a_newest_mark_after_close_older_ones_has_its_title(qtbot, width: int) -> None:
    """The samples' shape: the older marks' stems close on the newest's left, no room on its right."""
    day = date(2025, 10, 28).toordinal()
    titles = ["Japan ist bereits der engste asiatische Verbündete der USA",
              "Die USA und Japan machen vor, wie eine Technologie-Partnerschaft geht",
              "Japan–USA schmieden „Goldenes Bündnis“"]  # fmt: skip
    days = [day - 1375, day - 565, day]
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, 400)
    canvas.set_marks([Mark(n + 1, d, t, "Handelsblatt", "") for n, (d, t) in enumerate(zip(days, titles, strict=True))])
    _whole_in_view(canvas)
    for placed in canvas._placed:  # every mark still in view
        assert 0 <= canvas.mark_rect(placed).left() and canvas.mark_rect(placed).right() <= width
