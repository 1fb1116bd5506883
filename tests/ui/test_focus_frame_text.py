"""Read-only text that Tab reaches shows the focus, in every theme; the article stays frameless.

Seen tabbing through the briefing composer: after the outline the focus went into the preview
and nothing on screen changed (Fusion's frame does not mark the focus), so the next keys seemed
to go nowhere. The note's preview and a story's reports are the same kind of view."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.appearance import CHROMES
from reader.ui.article.inert_browser import InertBrowser


def _left_edge(view: QWidget) -> str:
    image = view.grab().toImage()
    return QColor(image.pixel(0, image.height() // 2)).name()


def focus_page(qtbot: QtBot, view: QWidget) -> tuple[QWidget, QLineEdit]:
    """`view` shown under a line edit to take the focus from (test_focus_frame.py's lists too)."""
    page = QWidget()
    qtbot.addWidget(page)
    other = QLineEdit(page)
    view.setParent(page)
    layout = QVBoxLayout(page)
    layout.addWidget(other)
    layout.addWidget(view)
    page.resize(240, 200)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    return page, other


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
@pytest.mark.parametrize("kind", [QTextBrowser, InertBrowser])
def test_focused_read_only_text_is_framed_in_the_accent(
    qtbot: QtBot, themed: Callable[[str], None], theme: str, kind: type[QTextBrowser],
) -> None:  # fmt: skip
    themed(theme)
    view = kind()
    view.setPlainText("Kernfusion in Garching")
    _page_kept, other = focus_page(qtbot, view)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = _left_edge(view)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert _left_edge(view) == CHROMES[theme].focus
    assert unfocused != CHROMES[theme].focus


def test_the_article_keeps_no_frame(make_window, qtbot, themed) -> None:  # noqa: F811
    themed("light")
    window = make_window()
    view = window.article.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.viewport().geometry().left() == 0  # no border around the page
    assert _left_edge(view) != CHROMES["light"].focus
