"""A sparse timeline's marks use the room above them (seen in session 17: some 70 sources over
two years stacked seven 16 px marks at the foot of a 490 px canvas, the rest empty); a crowded
one keeps them small, and lower still when a stack would not fit."""

from __future__ import annotations

from datetime import date

from reader.ui.timeline.canvas import AXIS_H, TimelineCanvas
from reader.ui.timeline.mark_layout import MARK_H, MARK_W, Mark
from reader.ui.timeline.sizing import day_counts, mark_scale, tallest

DAY = date(2024, 3, 1).toordinal()


def _canvas(qtbot, marks: list[Mark], size: tuple[int, int] = (1000, 520)) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.set_marks(marks)
    return canvas


def _two_years(count: int) -> list[Mark]:
    """`count` reports, bunched by a season's news: a few weeks busy, then quiet months."""
    days = [DAY + (n % 7) * 100 + (n // 7) * 3 for n in range(count)]
    return [Mark(n + 1, day, f"Report {n + 1}", "Handelsblatt", "") for n, day in enumerate(days)]


def test_seventy_sources_over_two_years_fill_the_canvas(qtbot) -> None:
    canvas = _canvas(qtbot, _two_years(70))
    assert not canvas.captioned
    rects = [canvas.mark_rect(p) for p in canvas._placed]
    assert all(r.width() > MARK_W and r.height() > MARK_H for r in rects)  # larger than a crowded view's
    assert all(abs(r.height() / r.width() - MARK_H / MARK_W) < 0.05 for r in rects)  # no tall thin bars
    room = canvas.height() - AXIS_H
    top = min(r.top() for r in rects)
    assert 0 <= top < room / 2  # the tallest stack reaches into the upper half, and stays in sight
    assert all(r.right() <= canvas.width() and r.left() >= 0 for r in rects)
    tops = sorted({(p.x, canvas.mark_rect(p).top()) for p in canvas._placed})
    assert len(tops) == len(canvas._placed)  # no two marks drawn on one another


def test_a_crowded_view_keeps_its_marks_small(qtbot) -> None:
    marks = [Mark(n + 1, DAY + n // 40, f"Report {n + 1}", None, "") for n in range(1200)]
    canvas = _canvas(qtbot, marks)
    rect = canvas.mark_rect(canvas._placed[0])
    assert rect.width() == MARK_W and rect.height() <= MARK_H


def test_the_scale_is_the_largest_whose_stacks_fit() -> None:
    counts = day_counts([DAY] * 4 + [DAY + 200] * 2)
    assert tallest(counts, 1.0, MARK_W) == 4
    assert mark_scale(counts, 1.0, 4 * (MARK_H + 2)) == 1.0  # just fits as it is: no larger
    assert mark_scale(counts, 1.0, 1000) == 2.5  # the largest step, no larger whatever the room
    assert 1.0 < mark_scale(counts, 1.0, 4 * (MARK_H * 1.6 + 2)) < 2.0
    spread = day_counts([DAY + 9 * n for n in range(40)])  # wider marks, wider columns, taller stacks
    assert tallest(spread, 1.0, 2 * MARK_W) > tallest(spread, 1.0, MARK_W) >= 2  # days 9 apart share columns
    for room in range(60, 400, 10):
        scale = mark_scale(spread, 1.0, room)
        assert scale == 1.0 or tallest(spread, 1.0, MARK_W * scale) * (MARK_H * scale + 2) <= room


def test_marks_shrink_back_when_the_window_gets_lower(qtbot) -> None:
    canvas = _canvas(qtbot, _two_years(70))
    canvas.show()  # a hidden widget is told of its new size only when shown
    high = canvas.mark_rect(canvas._placed[0]).height()
    canvas.resize(1000, 260)
    assert canvas.mark_rect(canvas._placed[0]).height() < high
    assert min(canvas.mark_rect(p).top() for p in canvas._placed) >= 0
