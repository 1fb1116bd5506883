"""Quitting while the disk is full or another program holds the library: the text still in an
editor is not given up without asking.

At quit the window writes what is typed but not yet saved (the summary note, an annotation,
a briefing's text). On a full disk that write fails; the error box said so, and then the window
closed all the same and the text was gone. Now the user chooses: stay and make room (the text
stays in its editor and is saved at the next quit, or sooner), or quit without it. The same when
another program (a `briefing import`, another window) held the library's write lock past the
wait: the box called the library possibly damaged, and the note was gone; now the user may stay
and quit again once that program is done. Text a bar holds because its place was deleted
elsewhere (`LostTextBar`) is saved nowhere: quitting asks before it goes, as it does before
leaving out a text pasted or dropped during an import that waits for its turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.core.store import library_busy
from reader.ui import dialogs
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.lost_text_bar import LostTextBar
from reader.ui.safety.disk import disk_full


def flushed_for_quit(
    window: QWidget, flushes: Iterable[Callable[[], None]], library: Path | None
) -> bool:
    """Run each flush; True when the window may close. A full disk or a busy library asks the
    user first (any other error goes on, to the error box, as before)."""
    try:
        for flush in flushes:
            flush()
    except Exception as exc:
        if disk_full(exc, library):
            return _quit_anyway(window, busy=False)
        if library_busy(exc):
            return _quit_anyway(window, busy=True)
        raise
    return True


def lost_text_given_up(window: QWidget) -> bool:
    """True when no bar of `window` holds text whose place was deleted elsewhere, or the user
    chose to quit without it; False: stay, to copy or keep it."""
    if not any(bar.text for bar in window.findChildren(LostTextBar)):
        return True
    translate = QCoreApplication.translate
    return _quit_without_it(window, translate("QuitGuard", "Text not saved"), translate(
        "QuitGuard", "What you typed where something was then deleted elsewhere is saved nowhere: the bar "
        "over its editor holds it. Stay to copy or keep it, or quit now without it."))  # fmt: skip


def queued_texts_given_up(window: QWidget, waiting: bool) -> bool:
    """True unless a text pasted or dropped during an import still `waiting` for its turn (it is
    added after the imports before it) is to be kept: quitting cancels the import and left the
    text out unasked, a dropped one found nowhere afterwards, the clipboard long changed."""
    if not waiting:
        return True
    translate = QCoreApplication.translate
    return _quit_without_it(window, translate("QuitGuard", "Text not added yet"), translate(
        "QuitGuard", "What you pasted or dropped while the import ran waits for the import to end and "
        "is not in the library yet. Stay until it is added, or quit now without it."))  # fmt: skip


def _quit_without_it(window: QWidget, title: str, text: str) -> bool:
    """Ask to stay (the default, and Escape) or quit without the text `text` speaks of."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
    stay = box.addButton(translate("QuitGuard", "&Stay"), QMessageBox.ButtonRole.RejectRole)
    quit_button = box.addButton(translate("QuitGuard", "&Quit without it"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    dialogs.run(box)
    return box.clickedButton() is quit_button


def _quit_anyway(window: QWidget, busy: bool) -> bool:
    translate = QCoreApplication.translate
    if busy:
        title = translate("QuitGuard", "The library is busy")
        text = translate("QuitGuard", "What you typed last could not be saved: another program is "
                         "writing to the library (another window, or the briefing command). Quit "
                         "again once it is done to keep it, or quit now without it.")  # fmt: skip
        stay_label = translate("QuitGuard", "&Stay and try again")
    else:
        title = translate("QuitGuard", "The disk is full")
        text = translate("QuitGuard", "What you typed last could not be saved: the disk holding the "
                         "library is full. Free some space (empty the trash, delete or move large "
                         "files) and quit again to keep it, or quit now without it.")  # fmt: skip
        stay_label = translate("QuitGuard", "&Stay and make room")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
    stay = box.addButton(stay_label, QMessageBox.ButtonRole.RejectRole)
    box.addButton(
        QCoreApplication.translate("QuitGuard", "&Quit without it"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    with saves_held():
        box.exec()
    return box.clickedButton() is not stay


@contextmanager
def saves_held() -> Iterator[None]:
    """While a box says the library could not be written, the editors it takes the focus from
    do not save on losing it. Each such try waited for the library again on the window's thread
    (the box painted as a blank frame meanwhile) and failed into a second box over the first.
    The text stays in its editor, to be saved at the next pause in typing, switch or quit."""
    editors = [edit for top in QApplication.topLevelWidgets() for edit in top.findChildren(FlushingEdit)]
    blockers = [QSignalBlocker(edit) for edit in editors]
    try:
        yield
    finally:
        for blocker in blockers:
            blocker.unblock()
