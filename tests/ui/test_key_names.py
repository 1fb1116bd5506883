"""Shortcuts name the arrow keys as the keycaps do, in every place and both languages.

Seen in the German window at 1024x700: the Go menu and the shortcut sheet said
"Alt+Herunter" / "Alt+Hoch" (Qt's own German), the find bar ↑ ↓ and the README `Alt+↓`; the
sheet said "Eingabetaste" where a menu or tooltip would have said "Return".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from reader.ui.dialogs.help_dialogs import place_rows, shortcut_rows

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_shortcut_the_window_writes_names_arrows_by_their_keycaps(make_window, speak, language) -> None:
    speak(language)
    window = make_window(start=False)
    shown = {key.toString(NATIVE) for action in window.findChildren(QAction) for key in action.shortcuts()}
    assert window.article.keys.next_action.shortcut().toString(NATIVE) == "Alt+↓"
    assert "Alt+↑" in shown
    sheet = shortcut_rows((title, menu.actions()) for title, menu in window.menus) + place_rows()
    written = " ".join(shown) + " " + " ".join(keys for _m, _c, keys in sheet)
    for qt_word in ("Herunter", "Hoch", "Down", "Up", "Left", "Right", "Links", "Rechts"):
        assert qt_word not in written
    enter = QKeySequence(Qt.Key.Key_Return).toString(NATIVE)
    assert enter == ("Eingabetaste" if language == "de" else "Return")
    assert QKeySequence("Alt+Down") == QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down)  # typed names still parse
    speak("en")


def test_other_words_stay_translated(speak, qapp) -> None:
    speak("de")
    assert QKeySequence("Ctrl+Shift+Home").toString(NATIVE) == "Strg+Umschalt+Pos1"
    speak("en")
    assert QKeySequence("Ctrl+Shift+Home").toString(NATIVE) == "Ctrl+Shift+Home"
