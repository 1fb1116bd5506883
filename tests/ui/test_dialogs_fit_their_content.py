"""A dialog gets the height its layout asks for, as far as the screen allows (seen in the window,
session 12: Qt caps a new window at two thirds of the screen, and on a 1024 × 700 screen
Preferences' label fields were squeezed below their text, "Kev point"; at 1366 × 768 too)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QVBoxLayout

from reader.ui import dialogs


class _Tall(QDialog):
    """Fields that can shrink (as Preferences' could) but ask for more; exec shows the dialog
    as Qt would and closes it."""

    def __init__(self, rows: int, parent) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        for _row in range(rows):
            column.addWidget(QPlainTextEdit(self))

    def exec(self) -> int:
        self.show()
        QApplication.processEvents()
        self.close()
        return 0


def test_a_dialog_is_not_squeezed_to_two_thirds_of_the_screen(make_window) -> None:
    window = make_window(start=False)
    room = window.screen().availableGeometry().height()
    rows = next(n for n in range(1, 20) if _Tall(n, window).sizeHint().height() > room * 2 // 3)
    dialog = _Tall(rows, window)
    assert dialog.sizeHint().height() < room - 40, "the test needs a dialog the screen can hold"
    dialogs.run(dialog)
    assert dialog.height() >= dialog.sizeHint().height()
