"""Edit ▸ Undo and Redo follow the application's focus, and the application outlives the
session whose steps they name: at Quit the session's undo stack is deleted while the window is
torn down. A focus change then asked the deleted stack, the error box that said so moved the
focus again, one box after another, and the window never ended (seen with QT_DEBUG_PLUGINS=1;
`test_quit_with_qt_messages` quits the real app)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.core.store import Store
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.session import Session
from reader.ui.undo_actions import undo_actions


def test_a_focus_change_after_the_session_s_stack_is_gone_is_no_error(qapp: QApplication, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    window = QObject()
    said: list[str] = []
    undo, redo = undo_actions(session, window, said.append)
    assert (undo.text(), redo.text()) == ("&Undo", "&Redo")
    stack = session.undo_stack
    session.shutdown()
    shiboken6.delete(session)  # with its stack, as the window's teardown deletes it at Quit
    assert not shiboken6.isValid(stack)
    qapp.focusChanged.emit(None, None)  # an error raised here fails the test (pytest-qt)
    assert said == []
    shiboken6.delete(window)
    store.close()


def test_the_focused_editor_s_history_changing_after_the_stack_is_gone_is_no_error(
        qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:  # fmt: skip
    # The editor's undo and redo signals reach the actions too: its text emptied after the
    # session's deletion asked the deleted stack as a focus change did.
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    window = QWidget()
    editor = FlushingEdit(800, window)
    QVBoxLayout(window).addWidget(editor)
    editor.follow(session.undo_stack, lambda: "Typing")
    undo_actions(session, window, lambda _said: None)
    window.show()
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    qtbot.keyClicks(editor, "abc")
    session.shutdown()
    shiboken6.delete(session)
    editor.clear()  # an error raised here fails the test (pytest-qt)
    editor.document().clearUndoRedoStacks()
    shiboken6.delete(window)
    store.close()
