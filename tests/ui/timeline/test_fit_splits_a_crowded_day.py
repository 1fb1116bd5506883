"""Fit shows every source of a day too crowded for one stack: its column stands as a few
narrower stacks side by side.

Seen in the window: a day's column of 100 reports in a 300 px canvas left 13 of them hidden under
"13 more above the top: zoom in" — 2 px strips 1 px apart hold about a third of the canvas's
pixels, and zooming in cannot help, as a day stays one column. The other days' marks keep their
width; only when even 1 px wide stacks run out are marks hidden (and counted)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QPainter

from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import MARK_W, Mark

DAY = date(2025, 10, 1).toordinal()


def _crowded(qtbot, count: int) -> TimelineCanvas:
    """`count` reports on one day and one on each of 20 later days, in a 700 × 300 canvas."""
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(700, 300)
    crowd = [Mark(i, DAY, f"Report {i}", None, "") for i in range(count)]
    later = [Mark(1000 + i, DAY + 5 * i, f"Later {i}", None, "") for i in range(1, 21)]
    canvas.set_marks(crowd + later)
    return canvas


@pytest.mark.parametrize("count", [100, 150, 400])  # 262 px of room: 87 strips 3 px apart fit one stack
def test_every_report_of_the_crowded_day_is_in_view_and_apart(qtbot, count: int) -> None:
    canvas = _crowded(qtbot, count)
    crowd = [(p, canvas.mark_rect(p)) for p in canvas._placed if p.mark.source_id < 1000]
    rects = [rect for _p, rect in crowd]
    assert min(r.top() for r in rects) >= 0  # none above the top
    assert all(r.height() >= 2 and r.width() >= 1 for r in rects)
    for i, a in enumerate(rects):  # no two overlap
        assert not any(a.intersects(b) for b in rects[i + 1:])
    column_left = min(r.left() for r in rects)
    assert max(r.right() for r in rects) <= column_left + canvas.mark_w  # within the day's column
    found = {canvas.mark_at(QPointF(r.center())).source_id for r in rects}  # the pointer names each
    assert found == set(range(count))
    later = [canvas.mark_rect(p) for p in canvas._placed if p.mark.source_id >= 1000]
    assert {r.width() for r in later} == {canvas.mark_w}  # the other days keep their marks' width


def test_a_day_that_fits_one_stack_stays_one(qtbot) -> None:
    canvas = _crowded(qtbot, 60)
    lefts = {canvas.mark_rect(p).left() for p in canvas._placed if p.mark.source_id < 1000}
    assert len(lefts) == 1 and canvas.mark_w == MARK_W


def test_only_past_the_narrowest_stacks_are_marks_hidden(qtbot) -> None:
    """16 px hold 8 stacks of 1 px strips 1 px apart, 87 strips each: 696 of 800 shown."""
    canvas = _crowded(qtbot, 800)
    hidden = [p for p in canvas._placed if canvas.mark_rect(p).top() < 0]
    assert len(hidden) == 800 - 8 * 87


def _painted_where_found(canvas: TimelineCanvas) -> int:
    """How many marks are in view, each checked to be painted in its colour at its `mark_rect`."""
    image = canvas.grab().toImage()
    shown = [canvas.mark_rect(p) for p in canvas._placed if canvas.mark_rect(p).intersects(QRectF(canvas.rect()))]
    for rect in shown:
        centre = rect.center().toPoint()
        if canvas.rect().contains(centre):
            assert image.pixelColor(centre) == QColor("#d62728"), rect
    return len(shown)


def test_the_marks_are_painted_where_they_are_found_after_a_pan(qtbot) -> None:
    """The marks' rectangles are kept while the view pans (`ColumnStacks.bars`): each mark's
    colour is painted at its `mark_rect`, in the fitted view, and zoomed in at the newest then
    panned back and forth, the marks coming into view from either side."""
    canvas = _crowded(qtbot, 150)
    canvas.colours = {"": "#d62728"}  # every mark one colour, unlike the canvas's base
    canvas.show()
    assert _painted_where_found(canvas) > 150  # the crowded day's stacks too
    canvas.zoom(3, canvas.width())
    for key in (None, Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right):
        if key is not None:
            canvas.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.ShiftModifier))
        assert _painted_where_found(canvas) > 0


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "104 more above the top: show fewer with a tag or search"),
        ("de", "104 weitere oberhalb: mit Schlagwort oder Suche eingrenzen"),
    ],
)
def test_a_day_past_its_narrowest_stacks_says_what_helps(qtbot, speak, language: str, said: str) -> None:
    """800 reports of one day: zooming in cannot split a day's column (it said "zoom in")."""
    speak(language)
    canvas = _crowded(qtbot, 800)
    canvas.grab()
    assert canvas.said_above == said
    for _ in range(3):  # zoomed in on the day as far as it goes: still one column
        canvas.zoom(8, (DAY + 0.5 - canvas.start) * canvas.px_per_day)
    canvas.grab()
    assert canvas.said_above.endswith("show fewer with a tag or search" if language == "en" else "eingrenzen")


def test_a_zoomed_out_column_of_several_days_still_says_zoom_in(qtbot, speak) -> None:
    """10 days of 100 reports each, among five years of sources: fitted, a month is one column
    and 1,000 marks do not fit it; zoomed in, each day is a column of its own and all are shown."""
    speak("en")
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(700, 300)
    crowd = [Mark(100 * d + i, DAY + d, f"Report {d}.{i}", None, "") for d in range(10) for i in range(100)]
    years = [Mark(5000 + i, DAY - 900 + 30 * i, f"Other {i}", None, "") for i in range(60) if not 0 <= 30 * i - 900 < 10]
    canvas.set_marks(sorted(crowd + years, key=lambda m: m.day))
    canvas.grab()
    assert canvas.said_above.endswith("more above the top: zoom in")
    crowd_x = (DAY + 5 - canvas.start) * canvas.px_per_day
    while canvas.px_per_day < 2 * canvas.mark_w:
        canvas.zoom(2, crowd_x)
        crowd_x = (DAY + 5 - canvas.start) * canvas.px_per_day
    canvas.grab()
    assert canvas.said_above == ""
    shown = [p for p in canvas._placed if p.mark.source_id < 1000 and canvas.mark_rect(p).top() >= 0]
    assert len(shown) == 1000


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_line_said_above_the_top_is_whole_in_the_narrowest_canvas(qtbot, speak, monkeypatch, language: str) -> None:
    """A five-digit count in a canvas at its least width (400 px), an 11 pt font: on one line,
    "11.568 weitere oberhalb: mit Schlagwort oder Suche eingrenzen" (and the English too) was
    wider than the canvas and its count went off the left edge. Checked on the very rectangle and
    flags it is painted with."""
    speak(language)
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(canvas.minimumSize())
    font = canvas.font()
    font.setPointSizeF(11)  # a desktop's usual size (the offscreen platform's is 9 pt)
    canvas.setFont(font)
    canvas.set_marks([Mark(i, DAY, f"Report {i}", None, "") for i in range(12000)])
    painted: list[tuple[QRectF, object]] = []
    real = QPainter.drawText

    def spy(painter: QPainter, *args: object) -> None:
        if len(args) == 3 and args[2] and args[2] == canvas.said_above:
            painted.append((args[0], args[1]))  # type: ignore[arg-type]
        real(painter, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QPainter, "drawText", spy)
    canvas.grab()
    assert canvas.said_above.startswith("11,5" if language == "en" else "11.5")
    [(rect, flags)] = painted
    used = QFontMetricsF(canvas.font()).boundingRect(rect, flags, canvas.said_above)  # type: ignore[call-overload]
    assert QRectF(canvas.rect()).contains(used)
