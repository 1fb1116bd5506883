"""A drop-down list shows its arrow, in every theme.

Seen on a first start: the library's sort order ("Newest published"), the Outlet, Author and
Language filters and every choice in Preferences looked like text fields. The style sheet styled
the combo box's drop-down part, and a styled drop-down draws no arrow unless it is given one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QWidget

from reader.ui.appearance import CHROMES
from reader.ui.theme import contrast_ratio


def _ink_in_the_drop_down(combo: QComboBox, ground: str, width: int = 18) -> float:
    """The strongest contrast against `ground` in the combo's right-hand `width` pixels, inside
    its frame (the frame's own edge left out)."""
    image = combo.grab().toImage()
    best = 1.0
    for y in range(3, image.height() - 3):
        for x in range(image.width() - width, image.width() - 3):
            best = max(best, contrast_ratio(QColor(image.pixel(x, y)).name(), ground))
    return best


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_a_combo_box_shows_its_arrow(qtbot, themed, theme: str) -> None:
    themed(theme)
    page = QWidget()
    qtbot.addWidget(page)
    combo = QComboBox(page)
    combo.addItems(["Newest published", "Recently added", "Title"])
    combo.resize(200, combo.sizeHint().height())
    page.resize(240, 60)
    page.show()
    qtbot.waitExposed(page)
    assert _ink_in_the_drop_down(combo, CHROMES[theme].base) >= 3.0  # WCAG's 3:1 for a control's part
