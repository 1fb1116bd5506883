"""A name dialog's OK is off while its line is blank: seen in the walk, Save search's offered
name cleared and Enter pressed saved nothing and said nothing (an empty answer read as Cancel).
Now Enter does nothing there and the dialog stays open until a name is typed or it is cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLineEdit

from reader.ui import dialogs


def test_enter_on_a_cleared_name_keeps_the_dialog_open(make_window, monkeypatch) -> None:
    window = make_window()
    seen: list[tuple[bool, bool]] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        dialog.show()
        edit = dialog.findChild(QLineEdit)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert edit is not None and ok.isEnabled()  # the offered words
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        QTest.keyClicks(edit, "   ")  # blank is empty too
        QTest.keyClick(edit, Qt.Key.Key_Return)
        seen.append((dialog.isVisible(), ok.isEnabled()))
        QTest.keyClicks(edit, "Seltene Erden")
        QTest.keyClick(edit, Qt.Key.Key_Return)
        seen.append((dialog.isVisible(), ok.isEnabled()))
        return dialog.result()

    monkeypatch.setattr("reader.ui.dialogs.run", run)
    window.library.search_box.setText("Erden")
    window.library.reload()
    window.library.saved.save_current()
    assert seen == [(True, False), (False, True)]
    assert [s.name for s in window.session.store.saved_searches.all()] == ["Seltene Erden"]


def test_a_question_offering_nothing_opens_with_ok_off(make_window, monkeypatch) -> None:
    window = make_window()
    states: list[bool] = []

    def run(dialog: QDialog) -> int:
        dialog.show()
        states.append(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).isEnabled())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr("reader.ui.dialogs.run", run)
    assert dialogs.ask_text(window, "Überschrift hinzufügen", "Überschrift:") is None
    assert states[-1] is False
