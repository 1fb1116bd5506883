"""Every entry of every menu, and Preferences, says in the status bar what it does while the
pointer is on it, in English and German.

Seen in the first hour: Preferences…, Keyboard shortcuts, About, Quit, the zoom steps, the
themes and Show library / Show notes left the status line blank, where the entries beside them
(Import files…, Export…, Backups…) say what they do; then the Edit and Go menus: Undo, Redo,
the highlight commands, Find and the keys between panes and sources."""

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
def test_every_menu_entry_has_a_status_tip(make_window, speak, language: str) -> None:
    speak(language)
    window = make_window(start=False)
    entries = [action for _title, menu in window.menus for action in _entries(menu)]
    silent = [a.text() for a in [*entries, window.preferences_action] if not a.statusTip().strip()]
    assert silent == []


def test_the_tips_are_german_in_the_german_window(make_window, speak) -> None:
    speak("de")
    window = make_window(start=False)
    assert window.preferences_action.statusTip().startswith("Farbschema")
    assert "Tastenkürzel" in window.shortcuts_action.statusTip()
    assert window.undo_action.statusTip() == "Die letzte Änderung zurücknehmen"
    risk = window.article.highlight_actions["risk"]
    assert risk.statusTip() == "Die ausgewählten Wörter als Risiko markieren"
