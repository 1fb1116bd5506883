"""The box for a text that could not be saved as the user moved on, the disk being full.

Moving to another source, highlight or briefing item saves what was typed first; on a full disk
that save fails, and nothing but the editor holds the text. The move then does not happen (it
went halfway: the list on the new place, the editor on the old one, and "The disk is full …
then do it again" said nothing of the text). This box says the text is still in its editor and
that moving on again, once there is room, saves it first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.ui import dialogs


def tell_no_room(editor: QWidget, text: str) -> None:
    """Say `text` in a box over `editor`'s window once the move is put back (the caller puts
    its list back on the text's place as the event loop resumes)."""
    title = QCoreApplication.translate("App", "The disk is full")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, editor.window())
    QTimer.singleShot(0, box, lambda: dialogs.run(box))
