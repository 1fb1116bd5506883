"""The open window follows what another process commits to its library (a `briefing` command
in a terminal, a second window): lists, the open source, the composer, the full-width views.

SQLite's `PRAGMA data_version` on the window's connection changes only when another
connection committed, and reading it costs next to nothing, so it is read when the application
becomes active and every two seconds while it is; nothing else runs while it stays the same.
When it moved, a `Fingerprint` of the library is compared with the one before and the
difference goes to `Session.take_outside`, which the panes hear as any change of the window's
own (`changes_applied`), and which drops undo steps on what changed there. The window's own
changes re-read their part of the fingerprint as they are announced, so they never count as
another's. While the window's own import or export runs, its commits move `data_version` as
well: the check waits for the task to end and announce its changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from reader.core.changes import Changes
from reader.core.store.fingerprint import Fingerprint, data_version
from reader.ui.session import Session

INTERVAL_MS = 2000


class OutsideChanges(QObject):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db = session.store.db
        self._version = data_version(self._db)
        self._print = Fingerprint.take(self._db)
        self._taking = False  # announcing another's changes: the fingerprint is already theirs
        session.changes_applied.connect(self._own_change)
        session.catch_up = self.check
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            self._state_changed(app.applicationState())

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        """Look at once when the user comes back from the terminal; poll only while active."""
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
            self.timer.start()
        else:
            self.timer.stop()

    def check(self) -> Changes:
        """Show what another process committed since the last look (nothing: no work)."""
        session = self._session
        if session.shut_down or session.busy() or self._taking:
            return Changes()
        version = data_version(self._db)
        if version == self._version:
            return Changes()
        newer = Fingerprint.take(self._db)
        changes = self._print.diff(newer)
        self._version, self._print = version, newer
        if changes:
            self._taking = True
            try:
                session.take_outside(changes)
            finally:
                self._taking = False
        return changes

    def _own_change(self, changes: Changes) -> None:
        if not self._taking:
            self._print.retake(self._db, changes)
