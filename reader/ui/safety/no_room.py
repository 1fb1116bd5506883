"""The box for a text that could not be saved as the user moved on, the disk being full.

Moving to another source, highlight or briefing item saves what was typed first; on a full disk
that save fails, and nothing but the editor holds the text. The move then does not happen (it
went halfway: the list on the new place, the editor on the old one, and "The disk is full …
then do it again" said nothing of the text). This box says the text is still in its editor and
that moving on again, once there is room, saves it first.

A click on another place while typing saves twice: first as the editor loses the focus (the
press gives it to the list), then as the move. Both failed on a full disk, and the user got the
general "The disk is full … do it again" box and then this one. The focus-out's failure is
therefore told once the click is done (`tell_later`), and not at all when a move's box says it.
One refused move says it once: the moves the window makes itself inside it (its catch-up
showing the source binned elsewhere: the notes and the library list each move off it) and its
list put back are refused with no box more.
A press that opens a list (the briefings') is done before anything is chosen there: the failure
waits for the list to close, and choosing another briefing in it is the move that says it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.ui import dialogs

# A save that failed as an editor lost the focus, told (raised to the error box) once the event
# that moved the focus is done, unless a refused move told it first. One click: one of them.
_untold: list[BaseException] = []
_refusing: list[QMessageBox] = []  # a refused move's box, shown once the move's event is done


def tell_later(exc: BaseException) -> None:
    """Raise `exc` to the window's error box once the click or key that moved the focus is
    done with, unless `tell_no_room` says it meanwhile."""
    if not _untold:
        QTimer.singleShot(0, _tell_untold)
    _untold[:] = [exc]


def _tell_untold() -> None:
    popup = QApplication.activePopupWidget()
    if _untold and popup is not None:  # the press opened a list (the briefings'): what is chosen
        popup.installEventFilter(_WhenHidden(popup))  # there is the move, told after it
        return
    if _untold:
        raise _untold.pop()


class _WhenHidden(QObject):
    """Tells the focus-out's failure once the list the click opened is closed: chosen in it,
    another briefing is a move whose refusal says it (its box came second, over the first)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Hide:
            watched.removeEventFilter(self)
            self.deleteLater()
            QTimer.singleShot(0, _tell_untold)
        return False


def tell_no_room(editor: QWidget, text: str) -> None:
    """Say `text` in a box over `editor`'s window once the move is put back (the caller puts
    its list back on the text's place as the event loop resumes); a focus-out's failure just
    before, the same text not saved, is told by it (`tell_later`)."""
    _untold.clear()
    if _refusing:  # one move, one box: its catch-up's reloads (its source binned elsewhere) moved
        return  # again, the notes and the library list each, and each refusal said it once more
    title = QCoreApplication.translate("App", "The disk is full")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, editor.window())
    _refusing.append(box)
    QTimer.singleShot(0, _say_refused)


def _say_refused() -> None:
    box = _refusing.pop()
    if shiboken6.isValid(box):  # not closed with its window meanwhile
        dialogs.run(box)
