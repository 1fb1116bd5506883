"""The window's part in keeping the library safe.

A verified backup on every day the app runs (checked at start and every hour, made on the
worker thread, so a window left open for a week still gets one a day); File ▸ Backups… and a
restore chosen there, which the app carries out once the window has let go of the library; a
clear mark on a library opened read-only; and a warning, once per library, when it lives in a
folder a sync client uploads or on a network drive, where SQLite's file locking cannot be
trusted.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from reader.core.progress import IsCancelled, Progress
from reader.core.store import (
    DAMAGED,
    Backup,
    Store,
    back_up,
    backups_dir,
    daily_backup,
    due,
    list_backups,
)
from reader.paths import Paths, risky_location
from reader.ui import dialogs, read_only
from reader.ui.actions import make_action
from reader.ui.core_messages import translated
from reader.ui.safety.backups_dialog import BackupsDialog, counts_text, size_text
from reader.ui.session import Session

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 5_000  # after start-up, so the first backup does not slow the first minute
CHECK_EVERY_MS = 60 * 60 * 1000
WARNED_FILE = "location-warned"


def _make_backup(store: Store, _progress: Progress, _cancelled: IsCancelled) -> Backup:
    assert store.path is not None
    return back_up(store.db.conn, store.path)


def _make_daily_backup(store: Store, _progress: Progress, _cancelled: IsCancelled) -> Backup | None:
    """The day's backup: none of a library that holds nothing yet (see `daily_backup`)."""
    assert store.path is not None
    return daily_backup(store.db.conn, store.path)


class SafetyNet(QObject):
    def __init__(self, session: Session, window: QMainWindow, paths: Paths) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.paths = paths
        self.restore_from: Path | None = None  # set when the user chose a backup to restore
        self.backups_action = make_action(window, self.tr("&Backups…"), self.show_backups, None,
                                          self.tr("See the library's backups, back up now or restore one"))  # fmt: skip
        self._dialog: BackupsDialog | None = None
        self._backing_up = False
        self._routine = False  # the backup running is the day's, not one the user asked for
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.back_up_if_due)

    @property
    def read_only(self) -> bool:
        return self.session.store.read_only

    def start(self) -> None:
        """Once the window shows: mark a read-only library, schedule backups, warn once."""
        if self.read_only:
            self.window.setWindowTitle(self.tr("%1 — read-only").replace("%1", self.window.windowTitle()))
            # the commands that change it are off; a folder one may not write is named with the way out
            self.window.statusBar().showMessage(read_only.folder_line(self.paths.db_path) or read_only.reason())
        else:
            QTimer.singleShot(FIRST_CHECK_MS, self.back_up_if_due)
            self._timer.start()
        self.warn_about_location()

    # -- backups ---------------------------------------------------------------------------

    def back_up_if_due(self) -> None:
        if not self.read_only and not self._backing_up and due(self.paths.db_path):
            self.back_up(routine=True)

    def back_up(self, routine: bool = False) -> None:
        """A verified backup now; a `routine` one (the day's) says so only where the status
        line is free: on a first start it had replaced the welcome, the one hint on importing."""
        if self._backing_up or self.read_only:
            return
        self._backing_up = True
        self._routine = routine
        task = self.session.task(_make_daily_backup if routine else _make_backup, "backup")
        task.signals.finished.connect(self._backed_up)
        task.signals.failed.connect(self._backup_failed)
        self.session.start(task)

    def _backed_up(self, backup: Backup | None) -> None:
        self._backing_up = False
        if backup is None:  # the day's, of a library with nothing in it yet: none made
            return
        counts = backup.counts
        message = self.tr("Backed up and verified.")
        if counts is not None:
            message = self.tr("Backed up and verified: %1.").replace("%1", counts_text(counts))
        log.info("backup made: %s", backup.path)
        if not (self._routine and self.window.statusBar().currentMessage()):
            self.window.statusBar().showMessage(message, 10_000)
        if self._dialog is not None:
            self._dialog.backup_finished(message)

    def _backup_failed(self, message: str) -> None:
        self._backing_up = False
        log.error("backup failed: %s", message)
        message = message.removeprefix("BackupError: ")
        kept = self.tr("Your earlier backups are kept.") if list_backups(self.paths.db_path) else self.tr(
            "There is no backup of this library yet.")  # fmt: skip
        room = self._room_for_a_copy(message)
        if DAMAGED in message:
            text = self.tr("Today's backup found damage in the library itself: %1\n\nYour earlier backups "
                           "are kept. Restore the newest good one from File ▸ Backups… before you go on "
                           "working.").replace("%1", translated(message))  # fmt: skip
        elif room is not None:
            # On a full disk SQLite mostly says only "disk I/O error": what helps is room.
            text = self.tr("No backup could be made today: the disk is full. A copy of the library "
                           "needs %1, and %2 are free in %3.\n\nFree some space on that disk (empty "
                           "the trash, delete or move large files), then back up from File ▸ Backups…; "
                           "while today has no backup, it is also tried every hour. Your library "
                           "itself has not been changed.\n\n%4").replace(
                "%1", room[0]).replace("%2", room[1]).replace("%3", str(backups_dir(self.paths.db_path))
                                                              ).replace("%4", kept)  # fmt: skip
        else:
            text = self.tr("No backup could be made today: %1\n\n%2").replace("%1", translated(message)).replace("%2", kept)
        if self._dialog is not None:
            self._dialog.backup_finished(self.tr("The backup failed."))
        dialogs.run(QMessageBox(QMessageBox.Icon.Warning, self.tr("Backup failed"), text, parent=self.window))

    def _room_for_a_copy(self, message: str) -> tuple[str, str] | None:
        """(the library's size, the room free beside its backups) when a full disk is why the
        copy failed; else None. The box had said "disk I/O error" and nothing to do about it."""
        if "disk is full" not in message and "disk i/o error" not in message.lower():
            return None
        try:
            db = self.paths.db_path
            wal = db.with_name(db.name + "-wal")  # pages not yet in the file are copied too
            needed = db.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
            free = shutil.disk_usage(backups_dir(self.paths.db_path)).free
        except OSError:
            return None
        if free >= needed and "disk is full" not in message:
            return None
        locale = QLocale()
        return size_text(locale, needed), size_text(locale, free)

    def show_backups(self) -> None:
        self._dialog = BackupsDialog(self.paths.db_path, None if self.read_only else self.back_up, self.window)
        try:
            dialogs.run(self._dialog)
            chosen = self._dialog.chosen
        finally:
            self._dialog = None
        if chosen is not None:
            self.restore_from = chosen
            self.window.close()  # the app restores once the window has let go of the library

    # -- where the library lives -----------------------------------------------------------

    def warn_about_location(self) -> None:
        risk = risky_location(self.paths.data_dir)
        marker = self.paths.state_dir / WARNED_FILE
        where = str(self.paths.db_path)
        if risk is None or (marker.exists() and marker.read_text(encoding="utf-8") == where):
            return
        text = self.tr("The library is in %1. Sync clients and network drives can copy the library "
                       "while it is being written, or replace it with an older copy, and damage it.\n\n"
                       "Keep the library on this computer's own disk (start with --data-dir or set "
                       "READER_HOME), and let the daily backups, or your own backup tool, make the copies."
                       ).replace("%1", risk)  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The library is in a risky place"), text,
                          parent=self.window)  # fmt: skip
        dialogs.run(box)
        try:
            marker.write_text(where, encoding="utf-8")
        except OSError:
            log.warning("cannot remember the location warning in %s", marker)
