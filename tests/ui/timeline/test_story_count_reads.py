"""A story's count on its timeline mark can be read (seen in the window, session 12: a 9-pixel
white "2" in a 12 × 10 mark, on the grey of "other or none" too)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from reader.ui.theme import contrast_ratio
from reader.ui.timeline.colours import OTHER, PALETTE, count_colour, count_font
from reader.ui.timeline.mark_layout import MARK_H, MARK_W


def test_contrast_is_the_wcag_ratio() -> None:
    assert round(contrast_ratio("black", "white"), 1) == 21.0
    assert round(contrast_ratio("#777777", "white"), 2) == 4.48  # the WCAG example grey
    assert round(contrast_ratio("white", "#777777"), 2) == 4.48  # either way round


def test_every_marks_count_stands_out_from_its_colour() -> None:
    for fill in (*PALETTE, OTHER):
        assert contrast_ratio(count_colour(QColor(fill)).name(), fill) >= 4.5, fill


def test_the_count_is_drawn_large_enough_and_two_digits_fit_the_mark(qapp) -> None:
    font = count_font(QFont())
    assert font.pixelSize() >= 11 and font.bold()
    metrics = QFontMetricsF(font)
    digits = metrics.tightBoundingRect("99")
    assert digits.width() <= MARK_W and digits.height() <= MARK_H - 2


def test_marks_give_up_height_before_a_stack_runs_past_the_top(qtbot) -> None:
    """The taller marks hid four sources of a 700 px screen's fitted view ("4 more above the
    top"): a stack that would not fit makes the marks lower, down to the 10 px they had."""
    from datetime import date

    from reader.ui.timeline.canvas import TimelineCanvas
    from reader.ui.timeline.mark_layout import GAP, Mark
    from reader.ui.timeline.stacking import MIN_MARK_H

    day = date(2025, 10, 28).toordinal()
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 300)
    room = 300 - 34 - 4  # the canvas above its axis band
    stack = int(room // (MIN_MARK_H + GAP))  # fits only with the lowest marks
    assert stack * (MARK_H + GAP) > room
    canvas.set_marks([Mark(i, day, f"Report {i}", None, "", 3 if i == 0 else 1) for i in range(stack)])
    tops = [canvas.mark_rect(placed).top() for placed in canvas._placed]
    assert min(tops) >= 0  # every mark in sight, none "above the top"
    canvas.set_marks([Mark(1, day, "One report", None, "", 2)])
    assert canvas.mark_rect(canvas._placed[0]).height() == MARK_H  # room: the count's height again
