"""Ctrl+Z typed in the composer's editor: the preview followed 0.8 s later.

Seen (and measured: 0.80 s, against 0.15 s for Edit ▸ Undo): the editor's own undo counted as
typing, so the briefing was saved only after the 600 ms pause for typing, and the preview
rebuilt 150 ms after that. An undo or redo in the editor is saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.briefing.test_composer_docked import open_memo


def test_undo_and_redo_in_the_editor_are_saved_at_once(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    composer = open_memo(window, monkeypatch)
    store = window.session.store
    composer.activateWindow()
    composer._add_text()
    (item,) = store.briefings.items(composer.briefing_id)
    qtbot.keyClicks(composer.editor, "Warum das wichtig ist")
    composer.editor.flush()
    assert store.briefings.item(item.id).text == "Warum das wichtig ist"
    qtbot.keyClick(composer.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert composer.editor.toPlainText() == ""  # the editor's own undo took the typing back
    assert store.briefings.item(item.id).text == "" and not composer.editor.pending
    redo = QKeySequence(QKeySequence.StandardKey.Redo)[0]
    qtbot.keyClick(composer.editor, redo.key(), redo.keyboardModifiers())
    assert store.briefings.item(item.id).text == "Warum das wichtig ist"
    qtbot.waitUntil(lambda: "Warum das wichtig ist" in composer.preview.toPlainText(), timeout=3000)
    qtbot.keyClicks(composer.editor, " jetzt")
    assert composer.editor.pending  # typing still waits for a pause
