"""Help ▸ Keyboard shortcuts names keys a laptop has, the documented one first.

Seen at 1366 x 768 in the German window: "Wiederholen — Strg+Umschalt+Z, …", and in full
"Strg+Umschalt+Z, Wiederherstellen" (English "Ctrl+Shift+Z, Redo"): the second "key" is the
Redo key of some desktop keyboards, which reads as a second command. On Windows' bindings the
row started "Ctrl+Y", the menu showed Ctrl+Y, while the README says Ctrl+Shift+Z.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from reader.ui.dialogs.help_dialogs import shortcut_rows


@pytest.mark.parametrize(("language", "redo", "key_word"), [
    ("en", "Ctrl+Shift+Z", "Redo"),
    ("de", "Strg+Umschalt+Z", "Wiederherstellen"),
])  # fmt: skip
def test_redo_names_ctrl_shift_z_first_and_no_redo_key(make_window, speak, language, redo, key_word) -> None:
    speak(language)
    window = make_window(start=False)
    rows = shortcut_rows((title, menu.actions()) for title, menu in window.menus)
    keys = next(keys for _menu, command, keys in rows if command == window.redo_action.bare_text().replace("&", ""))
    assert keys.split(", ")[0] == redo
    assert key_word not in keys.split(", ")
    undo = next(keys for _menu, command, keys in rows if command == window.undo_action.bare_text().replace("&", ""))
    assert "Undo" not in undo.split(", ") and "Rückgängig" not in undo.split(", ")
    shown = window.redo_action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    assert shown == "Ctrl+Shift+Z"  # what the Edit menu shows beside Redo
    assert QKeySequence(Qt.Key.Key_Redo) in window.redo_action.shortcuts()  # still bound, only not listed
    speak("en")


def test_office_keys_are_left_off_and_laptop_keys_kept(qapp) -> None:
    find = QAction("Find")
    find.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence(Qt.Key.Key_Find), QKeySequence("F3")])
    copy = QAction("Copy")
    copy.setShortcuts([QKeySequence(Qt.Key.Key_Copy)])  # nothing a laptop can type: no row
    help_ = QAction("Help")
    help_.setShortcuts([QKeySequence(Qt.Key.Key_F1)])
    assert shortcut_rows([("Edit", [find, copy]), ("Help", [help_])]) == [
        ("Edit", "Find", "Ctrl+F, F3"), ("Help", "Help", "F1")]
