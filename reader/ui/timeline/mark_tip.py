"""Where a mark's description (its tooltip) goes: under the marks, at the axis below its mark.

Qt puts a tooltip below and right of the pointer, that is over the marks right of and below
the one pointed at; moving along the marks, the tooltip hid the very marks the pointer (or
→) went to next. Under the baseline it covers only the axis's dates, which the tooltip names
itself. Qt offers no place for a tooltip but the pointer's (its offset depends on the cursor's
size), so the tip Qt shows is moved once it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

GAP = 2  # between the baseline and the tooltip's top


def shown_tip() -> QWidget | None:
    """The tooltip on screen, if any (Qt's private QTipLabel)."""
    return next((w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()), None)


def show_under(canvas: QWidget, mark: QRectF, baseline: float, text: str) -> None:
    """Show `text` with its top-left corner under `mark`'s left edge, just below the `baseline`
    the marks stand on, inside the screen (at its bottom edge it rises as far as it must)."""
    anchor = canvas.mapToGlobal(QPoint(round(mark.left()), round(baseline) + GAP))
    QToolTip.showText(anchor, text, canvas)
    tip, screen = shown_tip(), canvas.screen()
    if tip is None or screen is None:
        return
    room = screen.availableGeometry()
    x = max(room.left(), min(anchor.x(), room.right() + 1 - tip.width()))
    tip.move(x, min(anchor.y(), room.bottom() + 1 - tip.height()))
