"""With a menu open, a letter chooses that menu's entry, not the article's one-key command.

Seen at 1366 x 768 with a highlight selected in the article: File (Alt+F), then B for
"Backups…" opened the "Add to briefing" menu instead (German: Datei, then B for "Beenden").
The article's keys (1–5, N, B, Del) sit in the Edit menu, and Qt counts a key pressed in one
menu of the menu bar as pressed in all of them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from reader.ui.article import highlight_keys


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # an open menu, offscreen
def test_b_in_the_file_menu_chooses_backups(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    window.activateWindow()
    view = window.article.view
    view.setFocus()
    view.setTextCursor(view.document().find("Japan"))  # the word selected
    qtbot.keyClick(view, Qt.Key.Key_1)  # a key point
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # selected
    assert window.article.keys.briefing_action.isEnabled()
    briefing_menus: list[QMenu] = []
    monkeypatch.setattr(highlight_keys, "popup", lambda menu, _where: briefing_menus.append(menu))
    backups: list[bool] = []
    monkeypatch.setattr(window.safety, "show_backups", lambda: backups.append(True))
    window.safety.backups_action.triggered.disconnect()
    window.safety.backups_action.triggered.connect(window.safety.show_backups)
    file_menu = dict(window.menus)["&File"]
    file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(file_menu.isVisible)
    qtbot.keyClick(file_menu, Qt.Key.Key_B)
    assert briefing_menus == [] and backups == [True]
    assert not file_menu.isVisible()
    qtbot.keyClick(window.article.view, Qt.Key.Key_B)  # no menu open: B is the article's again
    assert len(briefing_menus) == 1
