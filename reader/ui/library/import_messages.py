"""What an import of files and a pasted or dropped text both say when they cannot go on: the
information box they show, and why the library took nothing more (`not_written`)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.ui import dialogs
from reader.ui.library.import_dialogs import library_trouble
from reader.ui.safety.disk import disk_full
from reader.ui.session import Session


def inform(parent: QWidget, title: str, text: str) -> None:
    """An information box with only OK, named `importMessage` wherever it comes from (the
    tests find it by that name)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("importMessage")
    dialogs.run(box)


def not_written(session: Session, cause: sqlite3.DatabaseError, on_full_disk: str) -> str:
    """Why the library took nothing more: `on_full_disk` (what to do) if its disk is full."""
    if disk_full(cause, session.store.path):
        return on_full_disk
    return QCoreApplication.translate("ImportController", "The library could not be written: %1.").replace(
        "%1", library_trouble(str(cause)))
