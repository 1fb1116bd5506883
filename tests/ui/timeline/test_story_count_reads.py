"""A story's count on its timeline mark can be read (seen in the window, session 12: a 9-pixel
white "2" in a 12 × 10 mark, on the grey of "other or none" too)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from reader.ui.timeline.canvas import OTHER, PALETTE, contrast, count_colour, count_font
from reader.ui.timeline.layout import MARK_H, MARK_W


def test_contrast_is_the_wcag_ratio() -> None:
    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("white")), 2) == 4.48  # the WCAG example grey


def test_every_marks_count_stands_out_from_its_colour() -> None:
    for fill in (*PALETTE, OTHER):
        assert contrast(count_colour(QColor(fill)), QColor(fill)) >= 4.5, fill


def test_the_count_is_drawn_large_enough_and_two_digits_fit_the_mark(qapp) -> None:
    font = count_font(QFont())
    assert font.pixelSize() >= 11 and font.bold()
    metrics = QFontMetricsF(font)
    digits = metrics.tightBoundingRect("99")
    assert digits.width() <= MARK_W and digits.height() <= MARK_H - 2
