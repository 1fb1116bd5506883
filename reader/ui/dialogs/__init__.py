"""Dialogs the window opens: import report, metadata, delete, preferences, help.

Every modal dialog is shown through `run`, one seam that tests replace to answer a dialog the
way a user would, while the dialog itself is still built and inspected for real.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox


def run(dialog: QDialog | QMessageBox) -> int:
    """Show `dialog` modally and return its result (QDialog.DialogCode or a StandardButton)."""
    return dialog.exec()
