"""Show folder: the folder an export wrote into, opened in the file manager.

File ▸ Export…'s report and the composer's Export… both named what they wrote and left the user
to find its folder themselves (a vault folder deep in the home folder); both offer this button
once an export has put a file there, and hide it when the last export left none there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from reader.core.export import ExportReport
from reader.ui.export.background import ExportOutcome


def files_of(outcome: ExportOutcome | None) -> list[Path]:
    """An export's files that are there — written, up to date or kept as changed elsewhere —
    none when it failed or was cancelled before the first."""
    if not isinstance(outcome, ExportReport):
        return []
    return [*outcome.paths, *(c.path for c in outcome.conflicts)]


def folder_of(outcome: ExportOutcome | None) -> Path | None:
    """The folder an export's files are in, None when none of them is there."""
    files = files_of(outcome)
    return files[0].parent if files else None


class FolderButton(QPushButton):
    """Opens `folder`; shown (and enabled) only while there is one. Its text (with its Alt+letter) is the
    owner's: a letter free in a dialog is taken beside the composer."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.folder: Path | None = None
        self.setAutoDefault(False)
        self.clicked.connect(self._open)
        self.point_at(None)

    def point_at(self, folder: Path | None) -> None:
        self.folder = folder
        self.setVisible(folder is not None)
        self.setEnabled(folder is not None)  # acts only while it can, as the composer's buttons

    def _open(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
