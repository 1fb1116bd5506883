"""No stack stands over the name of a later day, month or year, at any zoom.

Seen walking the window (session 27), at month zoom: the stack of late November stood over
the next year's "2025", December's over "Dez.". Names were centred on their tick, reaching
back over the end of the period before; and zoomed out, columns on a grid from day 0 ran
across a month's or a year's start. Now a name stands under what it names (centred in it, or
from its tick) and a column stays inside the period the axis counts. Real canvas, offscreen,
German months; every zoom from years to days, sparse and crowded."""

from __future__ import annotations

from datetime import date

import pytest

from reader.ui.timeline.axis import DAYS_FROM, MONTHS_FROM, period
from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import Mark, ticks

BUSY = [(2024, 9, 10, 3), (2024, 10, 5, 4), (2024, 11, 20, 9), (2024, 11, 28, 6), (2024, 12, 15, 3),
        (2024, 12, 30, 4), (2025, 1, 2, 2), (2025, 2, 3, 5), (2025, 3, 20, 4), (2025, 5, 2, 3),
        (2025, 11, 15, 7), (2025, 12, 20, 3), (2025, 12, 31, 2), (2026, 1, 5, 2)]  # fmt: skip
ZOOMS = [0.05, 0.2, 0.3, 0.6, 1.0, 1.3, 1.34, 1.4, 2.0, 2.5, 4.5, 8.0, 16.0, 23.9, 24.0, 30.0, 41.0, 60.0]


def _marks(scale: int) -> list[Mark]:
    marks = []
    for y, m, d, count in BUSY:
        for k in range(count * scale):
            marks.append(Mark(len(marks) + 1, date(y, m, d).toordinal() + k % 3, f"Bericht {len(marks)}", None, "k"))
    return marks


def _tick_of(canvas: TimelineCanvas, right: float, label: str) -> int:
    """The day of the tick a label ending at `right` names: the last one with its text before that."""
    shown = ticks(canvas.start, canvas.px_per_day, canvas.width())
    return max(day for day, text, _major in shown if text == label and (day - canvas.start) * canvas.px_per_day <= right)


@pytest.mark.parametrize("scale", [1, 12])  # sparse marks grow; crowded ones stay small
@pytest.mark.parametrize("width", [1000, 700])
def test_no_stack_stands_over_a_later_name(qtbot, speak, scale: int, width: int) -> None:
    speak("de")
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, 480)
    marks = _marks(scale)
    canvas.set_marks(marks)
    assert not canvas.captioned
    checked = 0
    for px in ZOOMS:
        for first in (date(2024, 8, 1), date(2024, 11, 14), date(2025, 12, 1)):
            canvas.px_per_day, canvas.start = px, float(first.toordinal())
            canvas._relayout()
            labels = canvas.axis_labels()
            for placed in canvas._visible():
                rect = canvas.mark_rect(placed)
                begin, end = period(placed.mark.day, px)  # the mark keeps inside its period
                assert (begin - canvas.start) * px - 1e-6 <= rect.left() and rect.right() <= (end - canvas.start) * px + 1e-6
                for label_rect, label in labels:
                    if rect.right() <= label_rect.left() or rect.left() >= label_rect.right():
                        continue
                    if label_rect.right() >= width - 1:  # the last name, kept inside the canvas
                        continue
                    tick = _tick_of(canvas, label_rect.right(), label)
                    assert placed.mark.day >= tick, (px, label, date.fromordinal(placed.mark.day))
                    checked += 1
    assert checked > 50


@pytest.mark.parametrize("px", [0.3, 1.4, 30.0])
def test_a_name_stands_under_what_it_names(qtbot, speak, px: float) -> None:
    """A year, month or day wide enough for its name has it centred under it."""
    speak("de")
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 480)
    canvas.set_marks(_marks(1))
    canvas.px_per_day, canvas.start = px, float(date(2024, 11, 14).toordinal())
    canvas._relayout()
    centred = 0
    for rect, label in canvas.axis_labels()[:-1]:
        tick = _tick_of(canvas, rect.right(), label)
        x = (tick - canvas.start) * px
        assert rect.left() >= x - 0.5  # never before its tick
        if px < MONTHS_FROM:
            year = date.fromordinal(tick).year
            span = (date(year + 1, 1, 1).toordinal() - tick) * px
        else:
            begin, end = period(tick, px)
            span = (end - begin) * px
        if span >= rect.width():
            assert abs(rect.center().x() - (x + span / 2)) < 1, (label, rect)
            centred += 1
    assert centred >= 3 and (px >= DAYS_FROM) == (px == 30.0)


@pytest.mark.parametrize("px", ZOOMS)
def test_the_calendar_s_first_and_last_days_have_a_period(px: float) -> None:
    """A date typed as 31.12.9999 (or 2.1.0001) is laid out like any other: December 9999 ends
    where the calendar does, not in a year 10000 that `date` refuses."""
    from reader.ui.timeline.mark_layout import place

    days = [date(1, 1, 2).toordinal(), date(9999, 12, 30).toordinal()]
    for placed in place([Mark(n, day, "", None, "") for n, day in enumerate(days)], px):
        begin, end = period(placed.mark.day, px)
        assert begin <= placed.mark.day < end
        assert begin * px - 1e-6 <= placed.x and placed.x <= end * px
