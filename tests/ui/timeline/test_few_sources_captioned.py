"""A timeline of a few sources reads as a dated list: each mark on a line of its own, oldest at
the top, its title beside it (seen in session 16: four 16 px marks on the axis of an empty
canvas, and nothing said what they were until the pointer found one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF

from reader.ui.timeline.canvas import AXIS_H, TimelineCanvas
from reader.ui.timeline.mark_layout import MARK_H, Mark

DAY = date(2025, 10, 28).toordinal()


def _canvas(qtbot, marks: list[Mark], size: tuple[int, int] = (800, 400)) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.set_marks(marks)
    return canvas


def _few() -> list[Mark]:
    days = [DAY - 700, DAY - 200, DAY - 200, DAY]  # two of one day
    titles = ["Japan ist der engste Verbündete", "Chipfabrik in Kumamoto eröffnet",
              "Exportkontrollen für Halbleiter", "Gipfel in Tokio: Allianz vertieft"]  # fmt: skip
    return [Mark(n + 1, day, title, "Handelsblatt", "") for n, (day, title) in enumerate(zip(days, titles, strict=True))]


def test_a_few_marks_each_have_a_line_and_a_caption(qtbot) -> None:
    canvas = _canvas(qtbot, _few())
    assert canvas.captioned
    placed = sorted(canvas._placed, key=lambda p: (p.mark.day, p.mark.source_id))
    tops = [canvas.mark_rect(p).top() for p in placed]
    assert tops == sorted(tops) and len(set(tops)) == 4  # the oldest at the top, one line each
    assert tops[0] >= 0 and tops[-1] + MARK_H <= canvas.height() - AXIS_H
    assert tops[-1] < canvas.height() - AXIS_H - 2 * MARK_H  # raised off the axis, not piled on it
    captions = [canvas.caption_rect(p) for p in placed]
    for rect in captions:
        assert rect.width() >= 150 and 0 <= rect.left() and rect.right() <= canvas.width()
    for n, rect in enumerate(captions):
        assert not any(rect.intersects(other) for other in captions[n + 1:])
    middle = captions[1].center()
    assert canvas.mark_at(QPointF(middle)) is placed[1].mark  # the title opens its source too


def test_a_caption_near_the_right_edge_goes_left_of_its_mark(qtbot) -> None:
    canvas = _canvas(qtbot, _few())
    newest = max(canvas._placed, key=lambda p: p.mark.day)
    assert canvas.caption_rect(newest).right() <= canvas.mark_rect(newest).left()


def test_many_marks_stack_in_columns_without_captions(qtbot) -> None:
    marks = [Mark(n + 1, DAY - 300 + 3 * n, f"Bericht {n + 1}", None, "") for n in range(80)]
    canvas = _canvas(qtbot, marks)
    assert not canvas.captioned
    assert max(p.level for p in canvas._placed) < 10


def test_a_low_window_leaves_the_captions_for_stacks(qtbot) -> None:
    """Twelve lines do not fit 160 px above the axis: the marks stack again, and a taller
    window captions them."""
    marks = [Mark(n + 1, DAY - 40 * n, f"Bericht {n + 1}", None, "") for n in range(12)]
    canvas = _canvas(qtbot, marks, size=(800, 200))
    assert not canvas.captioned and max(p.level for p in canvas._placed) == 0
    canvas.show()
    canvas.resize(800, 500)
    qtbot.waitUntil(lambda: canvas.captioned)
    assert canvas.captioned and max(p.level for p in canvas._placed) == 11
