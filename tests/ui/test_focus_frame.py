"""The list or table that has the keyboard shows it, in every theme.

Seen in the window: F6 or Alt+1..3 into the library list, the tag list or the highlights list
changed nothing one could see (the library's lists are frameless, the others kept Fusion's grey
frame), so a keyboard user could not tell where the keys would go.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView
from pytestqt.qtbot import QtBot

from reader.ui.appearance import CHROMES
from reader.ui.theme import contrast_ratio
from tests.ui.test_focus_frame_text import focus_page

VIEWS = [  # (kind, object name, the colour around it, frame width): the library's lists, a plain one
    (QTableView, "sourceList", "base", 2),
    (QListView, "tagList", "window", 2),
    (QListView, "", "base", 1),  # the notes' highlights list, the entities' tables …
]


def _left_edge(view: QAbstractItemView) -> list[str]:
    """The colours of the view's two leftmost pixel columns, halfway down."""
    image = view.grab().toImage()
    return [QColor(image.pixel(x, image.height() // 2)).name() for x in (0, 1)]


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
@pytest.mark.parametrize(("kind", "name", "ground", "width"), VIEWS)
def test_the_focused_list_is_framed_in_the_accent(
    qtbot: QtBot, themed: Callable[[str], None], theme: str,
    kind: type[QAbstractItemView], name: str, ground: str, width: int,
) -> None:  # fmt: skip
    themed(theme)
    view = kind()
    view.setObjectName(name)
    view.setModel(QStringListModel(["Kernfusion", "US-News"], view))
    _page_kept, other = focus_page(qtbot, view)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused, rows_at = _left_edge(view), view.viewport().geometry()

    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focus = CHROMES[theme].focus
    assert _left_edge(view)[:width] == [focus] * width
    assert focus not in unfocused[:width]  # only with the focus
    assert view.viewport().geometry() == rows_at  # the rows do not move when it comes
    # WCAG's 3:1 for a control's edge, against what surrounds the list and what is in it
    assert contrast_ratio(focus, getattr(CHROMES[theme], ground)) >= 3.0
    assert contrast_ratio(focus, CHROMES[theme].base) >= 3.0


def test_the_focus_colour_is_the_accent_where_the_accent_shows() -> None:
    for chrome in CHROMES.values():
        if contrast_ratio(chrome.accent, chrome.base) >= 3.0:
            assert chrome.focus == chrome.accent
