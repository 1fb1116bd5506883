"""Where a mark's description (its tooltip) goes: under the axis below its mark.

Qt puts a tooltip below and right of the pointer, that is over the marks right of and below
the one pointed at; moving along the marks, the tooltip hid the very marks the pointer (or
→) went to next. Just under the baseline it covered the axis's year labels beside the mark
(seen in a German walk), which place the mark in time; so it stands under the axis band, and
where the screen ends there, above the mark. Qt offers no place for a tooltip but the pointer's (its offset depends on the cursor's
size), so the tip Qt shows is moved once it is shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from reader.ui.date_display import short_date

GAP = 2  # between the baseline and the tooltip's top


def shown_tip() -> QWidget | None:
    """The tooltip on screen, if any (Qt's private QTipLabel)."""
    return next((w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()), None)


def show_under(canvas: QWidget, mark: QRectF, axis_bottom: float, text: str) -> None:
    """Show `text` with its top-left corner at `mark`'s left edge, under the axis and its
    labels (whose band ends at `axis_bottom`), inside the screen; where the screen ends below,
    above the mark instead (over the marks stacked on it, never over the axis)."""
    anchor = canvas.mapToGlobal(QPoint(round(mark.left()), round(axis_bottom) + GAP))
    QToolTip.showText(anchor, text, canvas)
    tip, screen = shown_tip(), canvas.screen()
    if tip is None or screen is None:
        return
    room = screen.availableGeometry()
    x = max(room.left(), min(anchor.x(), room.right() + 1 - tip.width()))
    y = anchor.y()
    if y + tip.height() > room.bottom() + 1:
        above = canvas.mapToGlobal(QPoint(0, round(mark.top()) - GAP)).y() - tip.height()
        y = max(room.top(), above)
    tip.move(x, y)


def follow(canvas: QWidget, mark: QRectF, axis_bottom: float, text: str) -> None:
    """The ringed mark's description after a zoom, fit or move by keyboard: under the mark where
    it went, or gone with it out of view — it stayed where the mark had been, naming a source
    no longer drawn there (seen zooming in with `+` after picking a mark with ←)."""
    if mark.right() < 0 or mark.left() > canvas.width():
        QToolTip.hideText()
    else:
        show_under(canvas, mark, axis_bottom, text)


def day_label(day: int) -> str:
    return short_date(date.fromordinal(day).isoformat())

