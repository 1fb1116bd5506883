"""F2 and Delete on a list of the library pane (tags, saved searches): they rename or delete
the chosen row instead of triggering the window's actions bound to the same keys (Edit
metadata, Delete highlight) while the list has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent


class EditKeys(QObject):
    """An event filter for one list: claims F2, Delete and Backspace from the window's
    shortcuts and turns them into `rename_requested` / `delete_requested`."""

    rename_requested = Signal()
    delete_requested = Signal()

    def __init__(self, view: QObject) -> None:
        super().__init__(view)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not _own_key(event):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ShortcutOverride:  # the list, not the window's action
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            (self.rename_requested if event.key() == Qt.Key.Key_F2 else self.delete_requested).emit()
            return True
        return super().eventFilter(watched, event)


def _own_key(event: QKeyEvent) -> bool:
    return event.modifiers() == Qt.KeyboardModifier.NoModifier and event.key() in (
        Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)  # fmt: skip
