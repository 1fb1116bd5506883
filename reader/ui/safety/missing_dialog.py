"""What the window offers when the library file is gone but its backups are there.

A missing file was once simply a first start: a new, empty library was made in its place
without a word. With backups beside it, the library was there and is gone (deleted, moved by a
sync client), and the new library's daily backups would in time push the good ones out. So
the window asks, as `briefing` refuses: restore the newest good backup, start a new, empty
library on purpose, or quit.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from reader.core.store import BackupError, Store, backups_dir, restore, restore_choice, way_back
from reader.paths import Paths
from reader.ui import dialogs
from reader.ui.core_messages import translated
from reader.ui.date_display import long_date
from reader.ui.safety.backups_dialog import counts_text

log = logging.getLogger(__name__)


def library_missing(paths: Paths) -> bool:
    """No library file, but backups of one: it was there and is gone."""
    return not paths.db_path.exists() and any(backups_dir(paths.db_path).glob("*.sqlite"))


def open_missing(paths: Paths) -> Store | None:
    """Ask what to do about the missing library; the store to work with, or None to quit."""
    folder = backups_dir(paths.db_path)
    log.error("library %s missing; backups in %s", paths.db_path, folder)
    choice = restore_choice(paths.db_path)  # as `briefing restore --newest` chooses: never an empty one
    newest = way_back(choice)  # else a library a restore set aside: the only way back left
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MissingDialog", "The library is missing"),
                      QCoreApplication.translate("MissingDialog", "The library file %1 is gone, but %2 holds backups of it.")
                      .replace("%1", str(paths.db_path)).replace("%2", str(folder)))  # fmt: skip
    restore_button = None
    new_text = QCoreApplication.translate("MissingDialog", "A new, empty library keeps the backups for now, but its own daily backups "
                   "will in time replace them.")  # fmt: skip
    if newest is not None and newest.counts is not None:
        made = long_date(newest.taken.isoformat(timespec="minutes"))
        box.setInformativeText(QCoreApplication.translate("MissingDialog", "The newest good backup was made %1 and holds %2. %3")
                               .replace("%1", made).replace("%2", counts_text(newest.counts))
                               .replace("%3", new_text))  # fmt: skip
        restore_button = box.addButton(
            QCoreApplication.translate("MissingDialog", "&Restore the newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        none = (QCoreApplication.translate("MissingDialog", "The backups hold no sources, highlights or notes. %1")
                if choice.empty else QCoreApplication.translate("MissingDialog", "None of the backups can be read. %1"))  # fmt: skip
        box.setInformativeText(none.replace("%1", new_text))
    new_button = box.addButton(
        QCoreApplication.translate("MissingDialog", "Start a &new, empty library"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("MissingDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore_button or quit_button)
    dialogs.run(box)
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and newest is not None:
        try:
            restore(newest.path, paths.db_path)
        except (BackupError, OSError) as exc:
            _fail(
                QCoreApplication.translate(
                    "MissingDialog", "The backup could not be restored: %1"
                ).replace("%1", translated(str(exc)))
            )
            return None
        log.info("restored %s in place of the missing library", newest.path)
        return Store.open(paths.db_path)
    if clicked is new_button:
        log.warning("starting a new, empty library at %s on purpose", paths.db_path)
        return Store.open(paths.db_path)
    return None


def _fail(text: str) -> None:
    log.error("%s", text)
    dialogs.run(
        QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("MissingDialog", "The library is missing"),
            text,
        )
    )
