"""Fit shows every source, also where a column holds more marks than 10 px ones leave room for.

Seen with 401 sources: Fit drew the years' stacks with 12 px marks and said "68 more above the
top: zoom in" — the marks stopped getting lower at 10 px. Crowded beyond that, they stack
densely, 1 px apart, each still a strip of its own that the pointer finds and names."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF

from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import Mark

ROOM = 300 - 34 - 4  # a 300 px canvas above its axis band, less the 4 px kept at the top


def _stacked(qtbot, count: int) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 300)
    day = date(2019, 11, 20).toordinal()
    canvas.set_marks([Mark(i, day + i % 3, f"Report {i}", None, "", 1) for i in range(count)]
                     + [Mark(count, date(2023, 11, 6).toordinal(), "Later", None, "", 1)])  # fmt: skip
    return canvas


@pytest.mark.parametrize("count", [60, 80])  # 4.4 px of room each; 3.3 px: only 1 px apart do 2 px marks fit
def test_a_dense_column_fits_the_fitted_view(qtbot, count: int) -> None:
    canvas = _stacked(qtbot, count)
    rects = sorted((canvas.mark_rect(p) for p in canvas._placed), key=lambda r: (r.left(), r.top()))
    assert min(r.top() for r in rects) >= 0  # none above the top
    assert all(r.height() >= 2 for r in rects)  # a strip each, not a line
    column = [r for r in rects if r.left() == rects[0].left()]
    assert len(column) == count
    assert all(upper.bottom() < lower.top() for upper, lower in zip(column, column[1:], strict=False))  # apart
    found = {canvas.mark_at(QPointF(r.center())).source_id for r in column}  # the pointer names each
    assert found == set(range(count))
    # Each pixel row a mark is painted on names that mark, though the pixel of slack around
    # each reaches into its neighbours' rows when they are 1 px apart.
    for placed in (p for p in canvas._placed if canvas.mark_rect(p).left() == rects[0].left()):
        rect = canvas.mark_rect(placed)
        for y in range(int(rect.top()), int(rect.bottom())):
            assert canvas.placed_at(QPointF(rect.center().x(), y)) is placed


def test_a_column_that_fits_with_ten_pixel_marks_keeps_them(qtbot) -> None:
    canvas = _stacked(qtbot, 20)  # 13 px each: room for marks over 10 px, 2 px apart
    heights = {canvas.mark_rect(p).height() for p in canvas._placed}
    assert heights == {11.0}
