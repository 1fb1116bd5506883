"""A caption never crosses a stem, a mark or another caption, on whichever side of its mark.

Seen in the German window (session 29), eleven sources from 2019 to 2025: near the right edge a
caption drawn to the left of its mark ran across the stems of the older marks above it, its
ground hiding them where it crossed, so those marks no longer reached their days ("Japan–USA
schmieden „Goldenes Bündnis“" over the stem of the Handelsblatt piece). A caption's line is free
only between the stems of the marks above it: it goes on the side with more room and is cut to
it. Checked at the fitted view, zoomed in and out, panned, on two canvases."""

from __future__ import annotations

from datetime import date

import pytest

from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import Mark

SOURCES = [("2019-09-26", "Einen Twitterfeed in das Blog einbinden – so geht’s!"),
           ("2019-10-18", "DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket"),
           ("2022-01-22", "Japan ist bereits der engste asiatische Verbündete der USA"),
           ("2022-01-25", "Radon im Boden: Neue Karte gibt Orientierung"),
           ("2022-01-27", "Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinen"),
           ("2023-11-01", "Schnell ladende mikrobielle Brennstoffzelle und CO2-Elektrolyse"),
           ("2024-04-11", "Die USA und Japan machen vor, wie eine Technologie-Partnerschaft aussieht"),
           ("2025-10-28", "Japan–USA schmieden „Goldenes Bündnis“")]  # fmt: skip


def _crossings(canvas: TimelineCanvas) -> list[str]:
    """Each caption that covers another mark, another caption or a stem of a mark above it."""
    found = []
    for placed in canvas._placed:
        caption = canvas.caption_rect(placed)
        if caption.width() <= 0:
            continue
        text = caption.adjusted(0, 4, 0, -4)  # a neighbour's line may touch it, not its text
        for other in canvas._placed:
            if other is placed:
                continue
            mark = canvas.mark_rect(other)
            if text.intersects(mark) or text.intersects(canvas.caption_rect(other)):
                found.append(f"{placed.mark.title} covers {other.mark.title}")
            stem = mark.center().x()
            if other.level > placed.level and caption.left() <= stem <= caption.right():
                found.append(f"{placed.mark.title} crosses the stem of {other.mark.title}")
    return found


@pytest.mark.parametrize("size", [(1014, 492), (760, 420)])
def test_no_caption_crosses_a_stem_mark_or_caption(qtbot, size) -> None:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.set_marks([Mark(n + 1, date.fromisoformat(day).toordinal(), title, None, "")
                      for n, (day, title) in enumerate(SOURCES)])  # fmt: skip
    assert canvas.captioned
    assert _crossings(canvas) == []
    readable = [canvas.caption_rect(p).width() for p in canvas._placed]
    assert min(readable) >= 100  # cut, not gone: each title keeps a readable start
    for factor in (1.25, 1.25, 1.25, 0.5, 0.5):
        canvas.zoom(factor)
        assert _crossings(canvas) == [], canvas.px_per_day
    canvas.fit()
    canvas.start -= 0.3 * canvas.width() / canvas.px_per_day  # panned: the newest marks near the edge
    canvas._relayout()
    assert _crossings(canvas) == []
