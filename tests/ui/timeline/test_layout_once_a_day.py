"""A zoom level's layout works a day's column out once for all of its marks (the 10,000-source
timeline's zoom frame had grown 2 ms slower with a column worked out per mark), and the mark
scale's count of the tallest stack runs along the days: both give what a column per mark gives."""

from __future__ import annotations

import random
from datetime import date

from reader.ui.timeline.mark_layout import MARK_W, Mark, columns, place
from reader.ui.timeline.sizing import day_counts, tallest

START = date(2021, 1, 1).toordinal()


def _marks() -> list[Mark]:
    """Days of five years, some crowded (up to nine marks), most with one or none."""
    rng = random.Random(28)
    days = sorted(START + rng.choice([rng.randrange(1900), rng.randrange(40)]) for _ in range(3000))
    return [Mark(n + 1, day, f"Bericht {n + 1}", None, "") for n, day in enumerate(days)]


def _per_mark(marks: list[Mark], px_per_day: float, mark_w: float) -> list[tuple[int, float, int]]:
    """(source, x, level) with every mark's column asked of `columns` on its own."""
    levels: dict[int, int] = {}
    laid = []
    for mark, (column, x) in zip(marks, columns([m.day for m in marks], px_per_day, mark_w), strict=True):
        laid.append((mark.source_id, x, levels.get(column, 0)))
        levels[column] = levels.get(column, 0) + 1
    return laid


def test_each_days_marks_share_the_column_a_mark_of_its_own_would_get() -> None:
    marks = _marks()
    counts = day_counts(m.day for m in marks)
    px = 0.02
    while px <= 160:
        for mark_w in (MARK_W, MARK_W * 2.5):
            placed = place(marks, px, mark_w)
            assert [(p.mark.source_id, p.x, p.level) for p in placed] == _per_mark(marks, px, mark_w), px
            assert tallest(counts, px, mark_w) == max(p.level for p in placed) + 1, px
        px *= 1.25
