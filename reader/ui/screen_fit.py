"""Windows of their own sized to the screen they open on.

The story view (1200 × 760) and the timeline (1200 × 520) opened at a fixed size: on a 1024 × 768
screen they ran off its edge, their right-hand columns and buttons out of reach.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 24  # px kept free around a window, for the desktop's panels and the window's frame


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to `width` × `height`, or to its screen's free area when that is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - 2 * MARGIN), min(height, area.height() - 2 * MARGIN)
    widget.resize(width, height)
