"""At day zoom a caption never covers another mark or caption (session 28's brief said a title
longer than its day ran over the next day's marks and captions; the staircase gives every
captioned mark a line of its own, so a long title runs on over later days' room, above their
marks). Checked at every day-zoom level, twelve days of titles up to 75 letters, two canvases."""

from __future__ import annotations

from datetime import date

import pytest

from reader.ui.timeline.axis import DAYS_FROM
from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import MAX_PX_PER_DAY, Mark

DAY = date(2025, 10, 20).toordinal()
TITLES = ["Japan ist bereits der engste asiatische Verbündete der USA", "Kurz",
          "Die USA und Japan machen vor, wie eine Technologie-Partnerschaft aussieht",
          "Gipfel in Tokio: Allianz vertieft und Handelsstreit beigelegt"]  # fmt: skip


@pytest.mark.parametrize("size", [(1000, 500), (780, 420)])
def test_no_caption_covers_another_mark_or_caption(qtbot, size) -> None:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.set_marks([Mark(n + 1, DAY + n, TITLES[n % 4], None, "") for n in range(12)])
    assert canvas.captioned
    canvas.px_per_day = DAYS_FROM
    while canvas.px_per_day < MAX_PX_PER_DAY:
        canvas.zoom(1.25)
        placed = canvas._visible()
        marks = [canvas.mark_rect(p) for p in placed]
        captions = [canvas.caption_rect(p) for p in placed]
        for n, caption in enumerate(captions):
            others = marks[:n] + marks[n + 1:] + captions[:n] + captions[n + 1:]
            # The caption's text line reaches 4 px above and below its mark: a neighbour's
            # line may touch it, not cover its text.
            text = caption.adjusted(0, 4, 0, -4)
            assert not any(text.intersects(other) for other in others), (canvas.px_per_day, placed[n].mark.title)
