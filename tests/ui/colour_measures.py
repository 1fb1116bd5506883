"""Measures of colour the tests share: how well painted letters read, how far apart two
colours look.

Antialiasing blends a glyph's edges into the ground, so only its cores carry the ink; the
strongest pixel in a region is what a reader's eye finds there (find marks, highlights, muted
chrome, set-aside blocks). Two colours a reader takes for one are about 20 apart in CIELAB or
less (the timeline's blue and a navy; the story shade's old blue and the Quote label, 5).
"""

from __future__ import annotations

from math import dist

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


def lab_distance(one: str, other: str) -> float:
    """How far apart two sRGB colours look: their distance in CIELAB (D65)."""
    return dist(_lab(one), _lab(other))


def _lab(colour: str) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    x, y, z = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
               (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)  # fmt: skip

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))
