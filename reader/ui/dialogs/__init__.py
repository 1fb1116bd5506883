"""The one seam every modal dialog goes through, plus the window-wide dialogs (preferences, help).

Every modal dialog is shown through `run`, one seam that tests replace to answer a dialog the
way a user would, while the dialog itself is still built and inspected for real. The small
questions below (a line of text, a file to save, a folder, yes or no) go through it too,
instead of Qt's static helpers, which no test could answer.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

_last_folder: Path | None = None  # where the user last picked a file or folder, this run


def run(dialog: QDialog | QMessageBox) -> int:
    """Show `dialog` modally and return its result (QDialog.DialogCode or a StandardButton).

    Afterwards the window is active again with the focus where it was, so its shortcuts work
    at once (without it Ctrl+/ needed a click into the window after a dialog closed).
    """
    before = QApplication.focusWidget()
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else QApplication.activeWindow()
    try:
        return dialog.exec()
    finally:
        return_focus(window, before)


def return_focus(window: QWidget | None, before: QWidget | None) -> None:
    """Activate `window` and give the focus back to `before` when it can still take it."""
    if window is None or not shiboken6.isValid(window) or not window.isVisible():
        return
    window.activateWindow()
    usable = (before is not None and shiboken6.isValid(before) and before.window() is window
              and before.isVisible() and before.isEnabled())  # fmt: skip
    (before if usable and before is not None else window).setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def start_folder() -> Path:
    """Where a file dialog opens: the folder the user last chose from, else their home."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    return Path.home()


def remember_folder(folder: Path | None) -> None:
    global _last_folder
    if folder is not None:
        _last_folder = folder


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line the user typed (trimmed), or None when they cancelled or left it empty."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    if run(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip() or None


def ask_save_file(parent: QWidget | None, title: str, suggested: Path, suffix: str) -> Path | None:
    """Where to write a file; the suffix (e.g. "md") is added when the user typed none."""
    if not suggested.is_absolute():
        suggested = start_folder() / suggested.name
    dialog = QFileDialog(parent, title, str(suggested.parent))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(
        QCoreApplication.translate("Dialogs", "%1 files (*.%2)").replace("%1", suffix.upper()).replace("%2", suffix)
    )
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    if run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    remember_folder(chosen.parent)
    return chosen


def ask_open_files(parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
    """Existing files the user picked; empty when they cancelled."""
    dialog = QFileDialog(parent, title, str(start_folder()))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(name_filter)
    if run(dialog) != QDialog.DialogCode.Accepted:
        return []
    chosen = [Path(name) for name in dialog.selectedFiles()]
    remember_folder(chosen[0].parent if chosen else None)
    return chosen


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    dialog = QFileDialog(parent, title, start or str(start_folder()))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    remember_folder(chosen)
    return chosen


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A question whose safe answer, No, is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return run(box) == QMessageBox.StandardButton.Yes
