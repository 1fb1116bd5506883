"""How well painted letters read: the strongest contrast of any pixel with the ground.

Antialiasing blends a glyph's edges into the ground, so only its cores carry the ink; the
strongest pixel in a region is what a reader's eye finds there. Shared by the tests that
measure text and marks as painted (find marks, highlights, muted chrome, set-aside blocks).
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from reader.ui.theme import contrast_ratio


def strongest_contrast(image: QImage, ground: str, rect: QRect | None = None) -> float:
    """The strongest contrast with `ground` of any pixel of `image` in `rect` (all of it if None)."""
    area = image.rect() if rect is None else rect.intersected(image.rect())
    best = 1.0
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            best = max(best, contrast_ratio(QColor(image.pixel(x, y)).name(), ground))
    return best
