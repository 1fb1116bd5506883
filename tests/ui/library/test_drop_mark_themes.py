"""The drop mark reads and stands out in every theme and under a dark system palette.

Seen in the dark theme: "Drop to import" sat in a box of the window colour on the dark list,
with no edge (1.2:1 against the tinted list), and the pane's accent frame was 2.8:1 against the
list. Colours are read from what the mark paints over a real widget, offscreen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from reader.ui.appearance import apply_theme
from reader.ui.library.drop_zone import DropMark
from reader.ui.theme import contrast_ratio

# A dark palette as a Linux desktop's dark mode hands Fusion (no style sheet of ours).
SYSTEM_DARK = {
    QPalette.ColorRole.Window: "#353535", QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#2a2a2a", QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#353535", QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#2a82da", QPalette.ColorRole.HighlightedText: "#000000",
}  # fmt: skip


@pytest.fixture
def styled(qapp) -> Iterator[Callable[[str], None]]:
    """Give the application a theme as the window does, or the system's dark palette; undone after."""
    before = qapp.palette(), qapp.styleSheet()

    def style(name: str) -> None:
        if name == "system-dark":
            qapp.setStyleSheet("")
            palette = QPalette()
            for role, colour in SYSTEM_DARK.items():
                palette.setColor(role, QColor(colour))
            qapp.setPalette(palette)
        else:
            apply_theme(qapp, name)

    yield style
    qapp.setPalette(before[0])
    qapp.setStyleSheet(before[1])


def _marked(qtbot) -> tuple[QImage, DropMark, QWidget]:
    """A list pane (the library's list stands for it) under the mark, painted."""
    pane = QWidget()
    QVBoxLayout(pane).addWidget(QListWidget())
    qtbot.addWidget(pane)
    pane.resize(330, 500)
    pane.show()
    mark = DropMark(pane)
    mark.cover(pane)
    return pane.grab().toImage(), mark, pane  # the pane kept: it owns the mark


def _colour(image: QImage, point: QPoint) -> str:
    return image.pixelColor(point).name()


@pytest.mark.parametrize("name", ["light", "sepia", "dark", "system-dark"])
def test_the_drop_line_is_framed_and_readable(qtbot, styled, name: str) -> None:
    styled(name)
    image, mark, _pane = _marked(qtbot)
    box = mark.line.geometry().translated(mark.pos())
    middle = box.center().y()
    around = _colour(image, QPoint(box.left() - 12, middle))  # the tinted list beside the box
    inside = _colour(image, QPoint(box.left() + 4, middle))  # the box's ground, left of the words
    edge = max(contrast_ratio(_colour(image, QPoint(x, middle)), around) for x in range(box.left() - 4, box.left() + 2))
    assert edge >= 3.0, f"the box's edge is {edge:.1f}:1 against the list"
    words = max(contrast_ratio(_colour(image, QPoint(x, y)), inside)
                for x in range(box.left(), box.right()) for y in range(box.top(), box.bottom()))  # fmt: skip
    assert words >= 7.0, f"the line's words are {words:.1f}:1 on their box"
    frame = max(contrast_ratio(_colour(image, QPoint(x, middle)), around) for x in range(0, 4))
    assert frame >= 3.0, f"the pane's frame is {frame:.1f}:1 against the list"
