"""A mark stands over its own day on the axis, at every zoom.

Seen in the German window at 1024 × 700: the timeline of a saved search, zoomed to days, drew
a report of 28 October over "27" (its tooltip said "28. Okt. 2025"): the column was found by
dividing day × pixels per day by the column's width, the same number, and 739552 × px / px came
out a hair under 739552 for one day in seven. Pure layout, known days and zooms.
"""

from __future__ import annotations

from datetime import date

import pytest

from reader.ui.timeline.mark_layout import GAP, MARK_W, Mark, place

FIRST = date(2024, 1, 1).toordinal()
DAYS = range(FIRST, FIRST + 730)


@pytest.mark.parametrize("px_per_day", [95.3488372093023, 69.06976744186045, 24.0, 41.7])
def test_each_mark_in_its_own_days_column(px_per_day: float) -> None:
    placed = place([Mark(n, day, "", None, "") for n, day in enumerate(DAYS)], px_per_day)
    inset = (px_per_day - MARK_W) / 2
    for p in placed:
        assert p.x == pytest.approx(p.mark.day * px_per_day + inset), date.fromordinal(p.mark.day)


def test_runs_of_days_hold_their_day_inside_its_month() -> None:
    """Zoomed out, a column holds a run of days, inside the month the axis names (the month is
    shared evenly among the columns that fit); a day on a run's first pixel belongs to it."""
    px_per_day = 4.5  # months on the axis, a month holds seven columns of a mark and a gap
    placed = place([Mark(n, day, "", None, "") for n, day in enumerate(DAYS)], px_per_day)
    for p in placed:
        d = date.fromordinal(p.mark.day)
        first = date(d.year, d.month, 1).toordinal() * px_per_day
        width = (date(d.year + d.month // 12, d.month % 12 + 1, 1).toordinal() * px_per_day - first) / 7
        start = p.x - (width - MARK_W) / 2  # the column's left edge
        assert width >= MARK_W + GAP
        assert start - 1e-6 <= p.mark.day * px_per_day < start + width, d
        assert first - 1e-6 <= start and start + width <= first + 7 * width + 1e-6, d
