"""Every entry of the File, View and Help menus, and Preferences, says in the status bar what it
does while the pointer is on it, in English and German.

Seen in the first hour: Preferences…, Keyboard shortcuts, About, Quit, the zoom steps, the
themes and Show library / Show notes left the status line blank, where the entries beside them
(Import files…, Export…, Backups…) say what they do."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def _entries(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if isinstance(sub := action.menu(), QMenu):
            found.extend(_entries(sub))
    return found


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_first_hours_menu_entries_have_status_tips(make_window, speak, language: str) -> None:
    speak(language)
    window = make_window(start=False)
    file_, _edit, view, *_middle, help_ = (menu for _title, menu in window.menus)
    entries = [*_entries(file_), *_entries(view), *_entries(help_), window.preferences_action]
    silent = [a.text() for a in entries if not a.statusTip().strip()]
    assert silent == []


def test_the_tips_are_german_in_the_german_window(make_window, speak) -> None:
    speak("de")
    window = make_window(start=False)
    assert window.preferences_action.statusTip().startswith("Farbschema")
    assert "Tastenkürzel" in window.shortcuts_action.statusTip()
