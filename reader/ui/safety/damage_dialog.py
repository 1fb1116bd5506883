"""What the window offers when the library is damaged: restore, read-only, or quit.

Shown before the window exists, instead of opening the file: nothing has been written to it,
and nothing will be unless the user restores a backup (which keeps the damaged file aside). The
text never claims the library is safe: it says what was found and what each choice does.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from reader.core.store import BackupError, LibraryDamagedError, Store, newest_good, restore
from reader.paths import Paths
from reader.ui import dialogs
from reader.ui.date_display import long_date
from reader.ui.safety.backups_dialog import counts_text

log = logging.getLogger(__name__)


def open_damaged(error: LibraryDamagedError, paths: Paths) -> Store | None:
    """Ask what to do with the damaged library; the store to work with, or None to quit."""
    log.error("library damaged: %s", error)
    newest = newest_good(paths.db_path)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("DamageDialog", "The library is damaged"),
                      QCoreApplication.translate("DamageDialog", "Briefing Reader found damage in the library file %1 (%2). Nothing has been "
                          "written to it.").replace("%1", str(paths.db_path)).replace("%2", error.reason))  # fmt: skip
    restore_button = None
    if newest is not None and newest.counts is not None:
        made = long_date(newest.taken.isoformat(timespec="minutes"))
        box.setInformativeText(
            QCoreApplication.translate("DamageDialog", "The newest good backup was made %1 and holds %2. "
                "Restoring it keeps the damaged file in the backups folder. Read-only shows what can "
                "still be read, without saving anything.")
            .replace("%1", made).replace("%2", counts_text(newest.counts)))  # fmt: skip
        restore_button = box.addButton(QCoreApplication.translate("DamageDialog", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(QCoreApplication.translate("DamageDialog", "There is no good backup to restore. Read-only shows what can still "
                                   "be read, without saving anything; copy the file somewhere safe "
                                   "before trying repair tools."))  # fmt: skip
    read_only_button = box.addButton(QCoreApplication.translate("DamageDialog", "Open read-only"), QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(QCoreApplication.translate("DamageDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button or quit_button)
    dialogs.run(box)
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and newest is not None:
        return _restore(newest.path, paths)
    if clicked is read_only_button:
        return _read_only(paths)
    return None


def _restore(backup: Path, paths: Paths) -> Store | None:
    try:
        aside, _held = restore(backup, paths.db_path)
    except (BackupError, OSError) as exc:
        _fail(QCoreApplication.translate("DamageDialog", "The backup could not be restored: %1").replace("%1", str(exc)))
        return None
    log.info("restored %s; the damaged library is kept as %s", backup, aside)
    return Store.open(paths.db_path)


def _read_only(paths: Paths) -> Store | None:
    try:
        return Store.open(paths.db_path, read_only=True)
    except sqlite3.DatabaseError as exc:
        _fail(QCoreApplication.translate("DamageDialog", "The library cannot be read at all (%1). Restore a backup, or move the file away to "
                  "start a new library.").replace("%1", str(exc)))  # fmt: skip
        return None


def _fail(text: str) -> None:
    log.error("%s", text)
    dialogs.run(QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("DamageDialog", "The library is damaged"), text))
