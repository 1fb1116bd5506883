"""The window's muted words read in every theme: table headers, pane headings, hints.

The library table's column titles are the muted ink on the headers' tint: 4.4:1 in the light
theme and 4.0:1 in sepia, and the pane headings and the status line on the window 4.3:1 in
sepia — under WCAG's 4.5:1 for text. Seen at 150 % beside the dark theme's 5.0:1.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QVBoxLayout, QWidget

from reader.ui.appearance import CHROMES
from tests.ui.colour_measures import strongest_contrast


def _strongest(widget: QWidget, ground: str) -> float:
    """The strongest contrast of any painted pixel of `widget` with `ground`: its letters' cores."""
    return strongest_contrast(widget.grab().toImage(), ground)


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_header_titles_pane_headings_and_the_status_line_read(qtbot, themed, theme: str) -> None:
    themed(theme)
    chrome = CHROMES[theme]
    page = QWidget()
    qtbot.addWidget(page)
    table = QTableWidget(3, 2, page)
    table.setHorizontalHeaderLabels(["Title", "Outlet"])
    heading = QLabel("TAGS", page)
    heading.setObjectName("paneHeading")
    hint = QLabel("Click a column to sort", page)  # the status line's colour on the same window
    hint.setObjectName("hint")
    layout = QVBoxLayout(page)
    for widget in (heading, table, hint):
        layout.addWidget(widget)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    header = table.horizontalHeader()
    assert QColor(header.grab().toImage().pixel(2, 2)).name() == chrome.alternate  # drawn on the tint
    assert _strongest(header, chrome.alternate) >= 4.5
    assert _strongest(heading, chrome.window) >= 4.5
    assert _strongest(hint, chrome.window) >= 4.5
