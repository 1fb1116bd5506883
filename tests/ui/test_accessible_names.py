"""Every control Tab reaches in the main window has a name a screen reader can say, in English
and in German; so do the find bar's arrow buttons and the selection's label buttons.

Heard on a first start: the search box had no name (its placeholder ends in "/"), the sort order
and the Outlet, Author and Language filters were read by their value ("Newest published",
"All", "All", "All"), the lists, the article and the note were nameless, and the find bar's
buttons were "↑", "↓" and "✕", the label buttons over a selection "1" to "5"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QTabBar, QTabWidget, QToolButton, QWidget

from reader.ui.article.selection_bar import SelectionToolbar


def _said(widget: QWidget) -> str:
    """The name a screen reader says for `widget`. A combo box's shown text is its value (Qt
    offers it as the name when none is set), so only a name set on purpose counts there."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _tab_stops(window: QWidget) -> list[QWidget]:
    stops, widget = [], window.nextInFocusChain()
    while widget is not window:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus and widget.isVisible()
                and widget.window() is window and not isinstance(widget, QTabBar | QTabWidget)):  # fmt: skip
            stops.append(widget)  # a tab bar's tabs carry their own names ("Edit", "Preview")
        widget = widget.nextInFocusChain()
    return stops


def _unnamed(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}: {_said(w)!r}" for w in widgets
            if not any(ch.isalpha() for ch in _said(w))]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_tab_stop_and_symbol_button_has_a_name(make_window, speak, language: str) -> None:
    speak(language)
    window = make_window()
    window.article.find_bar.open()
    stops = _tab_stops(window)
    assert len(stops) > 10  # the library's, the article's and the notes' controls
    buttons = [b for b in window.article.find_bar.findChildren(QToolButton) if b.isVisible()]
    labels = window.findChild(SelectionToolbar).findChildren(QToolButton)
    assert len(buttons) >= 3 and len(labels) == 5
    assert _unnamed([*stops, *buttons, *labels]) == []
