"""`stacking.zoom_splits`: whether the marks hidden above the top are in a column of several days
(zooming in splits it) or of one day (it cannot). Hand-placed columns, one look per column."""

from __future__ import annotations

from reader.ui.timeline.mark_layout import Mark, Placed
from reader.ui.timeline.stacking import zoom_splits


def _columns(*columns: tuple[float, list[int]]) -> tuple[list[Placed], list[float]]:
    """Columns at their x, each its marks' days, oldest at the bottom."""
    placed = [Placed(Mark(len(days) * 1000 + n, day, "", None, ""), x, n) for x, days in columns for n, day in enumerate(days)]
    return placed, [p.x for p in placed]


def test_a_column_of_one_day_cannot_be_split() -> None:
    placed, xs = _columns((0.0, [5] * 300))
    assert not zoom_splits(placed, xs, list(range(290, 300)))


def test_a_later_day_hidden_on_top_of_a_crowded_one_can() -> None:
    """300 of day 5 and 5 of day 6 in a week's column: the hidden ten begin with day 5's."""
    placed, xs = _columns((0.0, [5] * 300 + [6] * 5))
    assert zoom_splits(placed, xs, list(range(295, 305)))


def test_an_earlier_column_of_several_days_is_looked_at_too() -> None:
    placed, xs = _columns((0.0, [1] * 50 + [2] * 50), (10.0, [9] * 200))
    hidden = list(range(90, 100)) + list(range(290, 300))
    assert zoom_splits(placed, xs, hidden)
    assert not zoom_splits(placed, xs, list(range(290, 300)))
