"""Alt with a letter no control takes types nothing into the note, an annotation or a briefing's
text, in the window the keyboard loop is for.

Seen in the German window at 1024 × 700: a heading just added to a briefing, the keyboard in its
editor, Alt+R (a letter of the window's other side while the composer holds the keyboard) and
Alt+4 typed "r" and "4" into it: "rWarum es zählt4". Real window, real library in a temp dir.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.skipif(sys.platform == "darwin", reason="Option types characters on a Mac")


def test_alt_letters_leave_the_note_as_it_was(make_window, qtbot) -> None:
    window = make_window()
    editor = window.notes.note.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Japan")
    for key in (Qt.Key.Key_R, Qt.Key.Key_4, Qt.Key.Key_Q):
        qtbot.keyClick(editor, key, Qt.KeyboardModifier.AltModifier)
    assert editor.toPlainText() == "Japan"
    qtbot.keyClick(editor, Qt.Key.Key_R)  # a plain letter still types
    assert editor.toPlainText() == "Japanr"
