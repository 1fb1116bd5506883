"""The one seam every modal dialog goes through, plus the window-wide dialogs (preferences, help).

Every modal dialog is shown through `run`, one seam that tests replace to answer a dialog the
way a user would, while the dialog itself is still built and inspected for real. The small
questions below (a line of text, a file to save, a folder, yes or no) go through it too,
instead of Qt's static helpers, which no test could answer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


def run(dialog: QDialog | QMessageBox) -> int:
    """Show `dialog` modally and return its result (QDialog.DialogCode or a StandardButton)."""
    return dialog.exec()


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
    dialog = QFileDialog(parent, title, str(suggested))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(f"{suffix.upper()} files (*.{suffix})")
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested.name)
    if run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_open_files(parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
    """Existing files the user picked; empty when they cancelled."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilter(name_filter)
    if run(dialog) != QDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def ask_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if run(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A question whose safe answer, No, is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return run(box) == QMessageBox.StandardButton.Yes
