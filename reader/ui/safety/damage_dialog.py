"""What the window offers when the library is damaged: restore, read-only, or quit.

Shown before the window exists, instead of opening the file: nothing has been written to it,
and nothing will be unless the user restores a backup (which keeps the damaged file aside). The
text never claims the library is safe: it says what was found and what each choice does.

It is read by someone who knows their work, not SQLite: the main text says in plain words what
happened and what each button does; the file's path and the check's own words ("database disk
image is malformed", "file is shorter than …") are under Details, for whoever repairs it.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from reader.core.store import (
    BackupError,
    LibraryDamagedError,
    Store,
    restore,
    restore_choice,
    way_back,
)
from reader.paths import Paths
from reader.ui import dialogs
from reader.ui.core_messages import translated
from reader.ui.date_display import long_date
from reader.ui.safety.backups_dialog import counts_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # called by this name, lupdate finds each text


def open_damaged(error: LibraryDamagedError, paths: Paths) -> tuple[Store | None, str]:
    """Ask what to do with the damaged library: the store to work with (None to quit), and what
    the window should say once it is up ("" but after a restore: which backup came back, and
    where the damaged file is kept, which the window reopened on the backup never said)."""
    log.error("library damaged: %s", error)
    choice = restore_choice(paths.db_path)  # as `briefing restore --newest` chooses: never an empty one
    newest = way_back(choice)  # else a library a restore set aside: the only way back left
    box = QMessageBox(QMessageBox.Icon.Critical, translate("DamageDialog", "The library is damaged"),
                      translate("DamageDialog", "The library file is damaged, so Briefing Reader cannot open it as usual. "
                                 "Nothing has been written to it."))  # fmt: skip
    box.setDetailedText(_details(paths.db_path, error.reason))
    read_only = translate("DamageDialog", "Open read-only shows everything that can still be read; nothing can be changed then.")
    restore_button = None
    if newest is not None and newest.counts is not None:
        made = long_date(newest.taken.isoformat(timespec="minutes"))
        box.setInformativeText(
            translate("DamageDialog", "The newest good backup is from %1 and holds %2. Restoring it brings that back; "
                       "the damaged file is kept in the backups folder.")
            .replace("%1", made).replace("%2", counts_text(newest.counts)) + "\n\n" + read_only)  # fmt: skip
        restore_button = box.addButton(translate("DamageDialog", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        none = (translate("DamageDialog", "The backups hold no sources, highlights or notes, so restoring one would bring "
                          "nothing back.") if choice.empty else translate("DamageDialog", "There is no good backup to restore."))
        box.setInformativeText(none + "\n\n" + read_only + " "
                               + translate("DamageDialog", "Keep a copy of the file somewhere safe before anyone tries to repair it."))  # fmt: skip
    read_only_button = box.addButton(translate("DamageDialog", "&Open read-only"), QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(translate("DamageDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button or quit_button)
    dialogs.run(box)
    clicked = box.clickedButton()
    if restore_button is not None and clicked is restore_button and newest is not None:
        return _restore(newest.path, made, paths)
    if clicked is read_only_button:
        return _read_only(paths), ""
    return None, ""


def _details(library: Path, found: str) -> str:
    """What Details shows: the file, and what the check found in the window's language (SQLite's
    own words as they are)."""
    return (translate("DamageDialog", "Library file: %1").replace("%1", str(library)) + "\n"
            + translate("DamageDialog", "What was found: %1").replace("%1", translated(found)))  # fmt: skip


def _restore(backup: Path, made: str, paths: Paths) -> tuple[Store | None, str]:
    """Restore `backup` (taken `made`): the store on it, and the window's line saying so."""
    try:
        aside, _held = restore(backup, paths.db_path)
    except (BackupError, OSError) as exc:
        _fail(translate("DamageDialog", "The backup could not be restored. The damaged library is still in its place; "
                         "nothing was changed."),
              translate("DamageDialog", "Backup: %1").replace("%1", str(backup)) + "\n" + _details(paths.db_path, str(exc)))  # fmt: skip
        return None, ""
    log.info("restored %s; the damaged library is kept as %s", backup, aside)
    kept = f"{aside.parent.name}/{aside.name}" if aside is not None else ""
    said = translate("DamageDialog", "Restored the backup from %1. The damaged library is kept as %2.")
    return Store.open(paths.db_path), said.replace("%1", made).replace("%2", kept)


def _read_only(paths: Paths) -> Store | None:
    try:
        return Store.open(paths.db_path, read_only=True)
    except sqlite3.DatabaseError as exc:
        _fail(translate("DamageDialog", "The library cannot be read at all, not even read-only. Restore a backup, or move "
                         "the file away to start a new library."),
              _details(paths.db_path, str(exc)))  # fmt: skip
        return None


def _fail(text: str, details: str) -> None:
    log.error("%s (%s)", text, details)
    box = QMessageBox(QMessageBox.Icon.Critical, translate("DamageDialog", "The library is damaged"), text)
    box.setDetailedText(details)
    dialogs.run(box)
