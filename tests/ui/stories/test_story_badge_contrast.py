"""A story's "▸ 3" reads in every theme: its words in the palette's link colour on a chip of
that colour over the list, 4.5:1 at least (WCAG for normal text), and links on the window.

Seen in the dark theme: the badge's blue on its blue-tinted chip was 2.4:1, barely there
beside the titles; in light and sepia 4.2:1."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from reader.ui.appearance import palette
from reader.ui.stories.story_rows import BADGE_FILL_ALPHA
from reader.ui.theme import contrast_ratio


def _over(ground: QColor, colour: QColor, alpha: float) -> str:
    """`colour` at `alpha` painted over `ground`, as QPainter blends it."""
    mixed = [g + (c - g) * alpha for g, c in zip(ground.getRgbF()[:3], colour.getRgbF()[:3], strict=True)]
    return QColor.fromRgbF(*mixed).name()


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_the_story_badge_and_links_read(qapp, theme: str) -> None:
    colours = palette(theme)
    link, base = colours.color(QPalette.ColorRole.Link), colours.color(QPalette.ColorRole.Base)
    chip = _over(base, link, BADGE_FILL_ALPHA)
    assert contrast_ratio(link.name(), chip) >= 4.5, f"{link.name()} on {chip}"
    window = colours.color(QPalette.ColorRole.Window).name()
    assert contrast_ratio(link.name(), window) >= 4.5
