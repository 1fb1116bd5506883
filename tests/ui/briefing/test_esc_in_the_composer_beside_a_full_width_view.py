"""Esc leads back to reading from a full-width view while the docked composer has the keyboard.

Seen with 401 sources: in All highlights, once a click or F6 had put the keyboard in the docked
briefing composer, Esc did nothing — the README says Esc takes you back to the reading panes,
and it did so only from inside the view's own page. Real window, keys as the keyboard sends them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.settled import settle


def _views(window):
    return {"highlights": window.modes.action, "table": window.table_mode.action, "entities": window.entities.mode.action}


@pytest.mark.parametrize("view", ["highlights", "table", "entities"])
def test_esc_in_the_composer_goes_back_to_reading(make_window, qtbot, monkeypatch, view) -> None:
    window = make_window()
    window.resize(1318, 700)
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    action = _views(window)[view]
    action.trigger()
    settle(qtbot, window)
    assert action.isChecked() and not window.splitter.isVisible()
    composer.items_list.setFocus()
    assert QApplication.focusWidget() is composer.items_list
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert not action.isChecked()
    assert window.splitter.isVisible() and window.briefings.dock.isVisible()  # reading, the composer beside it


def test_esc_in_the_composer_while_reading_leaves_the_window_as_it_is(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    composer.items_list.setFocus()
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Escape)
    assert window.splitter.isVisible() and window.briefings.dock.isVisible()
    assert not any(action.isChecked() for action in _views(window).values())


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # its open list, offscreen
def test_esc_with_the_briefing_box_dropped_down_closes_the_list_only(make_window, qtbot, monkeypatch) -> None:
    """Esc is the dropped-down list's first: the view stayed and left the list open over it."""
    window = make_window()
    window.resize(1318, 700)
    window.activateWindow()
    composer = open_memo(window, monkeypatch)
    window.modes.action.trigger()
    settle(qtbot, window)
    composer.briefing_combo.setFocus()
    composer.briefing_combo.showPopup()
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None and not popup.isVisible()
    assert window.modes.action.isChecked()  # still in All highlights
    qtbot.keyClick(composer.briefing_combo, Qt.Key.Key_Escape)
    assert not window.modes.action.isChecked()  # the next Esc leads back
