"""The label swatches over a selection grow with the window's font.

Read in the code, not seen on screen: the swatches were fixed 24 px circles with 11 px digits,
so a larger window font (a desktop's font size set to 12 pt or more rather than 9) left them
smaller than the text beside them. (Screen scaling and Qt 6's font DPI enlarge pixels and fonts
alike; they looked right before and after.) Now a swatch is 1.5 lines of the window font across,
its digit in that font — 24 px at the usual size as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QToolButton, QWidget

from reader.ui.article.selection_bar import SelectionToolbar
from reader.ui.theme import theme


@pytest.fixture
def desktop_text(qapp) -> Iterator[Callable[[int], QFont]]:
    """Set the application's font to a pixel size, as a desktop's font size does; put back after."""
    before = qapp.font()

    def to(pixels: int) -> QFont:
        font = QFont(before)
        font.setPixelSize(pixels)
        qapp.setFont(font)
        return font

    yield to
    qapp.setFont(before)


def _bar(qtbot) -> tuple[SelectionToolbar, QWidget]:
    """The bar as the window builds it, on the application's font of the moment (and its page)."""
    page = QWidget()
    qtbot.addWidget(page)
    page.resize(600, 300)
    bar = SelectionToolbar(page)
    bar.apply_style(theme("dark"), {})
    page.show()
    qtbot.waitExposed(page)
    return bar, page


def _swatches(bar: SelectionToolbar) -> list[QToolButton]:
    return bar.findChildren(QToolButton)


def test_at_the_usual_text_size_a_swatch_is_24_px(qtbot, desktop_text) -> None:
    desktop_text(12)  # 9 pt at 96 dpi
    bar, page = _bar(qtbot)
    assert [(b.width(), b.height()) for b in _swatches(bar)] == [(24, 24)] * 5


def test_larger_text_makes_larger_swatches_with_larger_digits(qtbot, desktop_text) -> None:
    font = desktop_text(22)  # about 16 pt: a desktop's larger font size
    bar, page = _bar(qtbot)
    line = QFontMetrics(font).height()
    for swatch in _swatches(bar):
        assert swatch.height() == swatch.width() >= 1.4 * line  # a circle round the digit, room to spare
        assert swatch.font().pixelSize() == 22  # the digit in the window's text size, not 11 px
    bar.show_over(page.rect().adjusted(20, 200, -20, -50))
    assert bar.height() >= _swatches(bar)[0].height()  # the bar holds them whole
