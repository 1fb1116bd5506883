"""The composer's Export…, written on a worker: a bar and Cancel under the composer meanwhile.

Written on the window's thread, a long briefing, or any briefing saved into a slow folder (a
synced or network vault waits for the file to reach its disk), froze the window: no repaint, no
typing, no way to stop it. Now the briefing as saved when Export… was pressed is written on
the session's export thread (`briefing_export_task`, beside an import, not after it) and the
composer stays usable: text typed meanwhile is saved as always and goes into the next export.
The strip, shown once the export takes a moment, counts the items and has Cancel, which writes
nothing (the file is written whole or not at all); the line under the composer then says how
it ended and where the file is, with **Show folder** to open that folder (the line named the
file alone, its folder only in a tooltip). One export at a time: the composer greys its Export…
while `running`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from reader.core.export import Conflict, ExportReport
from reader.ui.core_messages import translated
from reader.ui.export.background import ExportFailed, ExportOutcome, briefing_export_task
from reader.ui.export.dialog import describe_file
from reader.ui.export.folder_button import FolderButton, folder_of
from reader.ui.i18n import export_language
from reader.ui.path_label import PathLabel
from reader.ui.session import Session
from reader.ui.tasks import Task
from reader.ui.window_state import WindowState

log = logging.getLogger(__name__)

Ask = Callable[[Sequence[Conflict]], bool]  # overwrite these files changed elsewhere?

# A briefing of 480 items is written in 0.06 s: a strip shown at once came and went as a flicker
# that shifted the composer's lists by its height. It shows once an export takes longer.
SHOW_AFTER_MS = 400


class ExportStrip(QWidget):
    """"Exporting…", a bar and Cancel, shown while the briefing is written; how it ended goes
    to `status` (the composer's line), with the file's folder, which `folder_button` opens."""

    running_changed = Signal(bool)
    ended = Signal(object)  # ExportOutcome, once `status` says it

    def __init__(
        self, session: Session, status: PathLabel, folder_button: FolderButton, ask: Ask, state: WindowState | None = None
    ) -> None:
        """`state`: the window's, which keeps the folder of the last export, offered next."""
        super().__init__()
        self._session, self._status, self._ask, self._state = session, status, ask, state
        self._folder_button = folder_button
        self.task: Task | None = None
        self.path = Path()  # the file being (or last) written
        self._briefing_id = 0
        self._overwriting = False
        self._refocus: tuple[QWidget, QWidget | None] | None = None  # see `_give_focus_back`
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Exporting…"))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        # A letter of its own ("Abbre&chen": A and b are the menu bar's in German): Esc in the
        # composer stops no export, and Tab reached Cancel only past the composer's controls.
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setEnabled(False)  # only while an export runs
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self._show_later = QTimer(self)
        self._show_later.setSingleShot(True)
        self._show_later.timeout.connect(self.show)
        self.hide()

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, briefing_id: int, path: Path) -> None:
        """Write the briefing to `path` on the worker; the composer has saved its text first."""
        assert not self.running  # Export… is greyed meanwhile
        self._briefing_id, self.path = briefing_id, path
        self._run(overwrite=False)
        self.label.setText(self.tr("Exporting…"))
        self.setToolTip(str(path))
        self.cancel_button.setEnabled(True)
        self._show_later.start(SHOW_AFTER_MS)
        before = QApplication.focusWidget()
        self.running_changed.emit(True)  # Export… greyed: the focus leaves it for the next control
        after = QApplication.focusWidget()
        self._refocus = (before, after) if before is not None and after is not before else None

    def _run(self, *, overwrite: bool) -> None:
        self._overwriting = overwrite
        self.bar.setRange(0, 0)  # busy until the worker counts the items
        language = export_language(self._session.settings)
        self.task = briefing_export_task(self._session, self._briefing_id, self.path, language, overwrite=overwrite)
        self.task.signals.progressed.connect(self._progressed)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self._session.start(self.task, reads=True)

    def cancel(self) -> None:
        """Stop before the file is begun: nothing is written then (after, it is written whole)."""
        if self.task is not None and not self.task.is_cancelled():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finished(self, outcome: ExportOutcome) -> None:
        if isinstance(outcome, ExportFailed):
            self._end(self._failed_line(outcome.message), outcome)
            return
        # Not once the window has closed: a question opened after it would stand alone.
        asking = outcome.conflicts and not outcome.cancelled and not self._overwriting
        if asking and not self._session.shut_down and self._ask(outcome.conflicts):
            self._run(overwrite=True)
            return
        self._end(self._said(outcome, self.path), outcome)

    def _failed(self, message: str) -> None:
        """Something other than writing failed on the worker (the library could not be read)."""
        self._end(self._failed_line(message), ExportFailed(message))

    def _said(self, report: ExportReport, path: Path) -> str:
        if report.cancelled and not report.paths:
            return self.tr("Export cancelled: %1 was not written").replace("%1", path.name)
        folder = folder_of(report)
        where = "" if folder is None else "\n" + self.tr("The file is in %1").replace("%1", str(folder))
        return describe_file(report, path) + where

    def _failed_line(self, message: str) -> str:
        return QCoreApplication.translate("ExportDialog", "Export failed: %1").replace("%1", translated(message))

    def _end(self, said: str, outcome: ExportOutcome) -> None:
        """Say how it ended under the composer and give Export… back, however it ended."""
        self.task = None
        self.cancel_button.setEnabled(False)
        self._show_later.stop()
        self.hide()
        folder = folder_of(outcome)
        self._status.setText(said, str(folder) if folder is not None else "")  # fitted on its own line
        self._status.setToolTip(str(self.path))  # where it went (or was meant to), whole
        self._folder_button.point_at(folder)
        if self._session.shut_down:
            log.info("briefing export ended by quitting: %s", said)
        elif isinstance(outcome, ExportReport) and outcome.paths and self._state is not None:
            self._state.set_export_folder(str(self.path.parent))
            self._state.set_briefing_folder(self._briefing_id, str(self.path.parent))
        self.running_changed.emit(False)
        self._give_focus_back()
        self.ended.emit(outcome)

    def _give_focus_back(self) -> None:
        """Back to Export… when the greying took the focus off it and it was not moved since:
        exporting by keyboard (Tab to Export…, Space) left the focus on the control after it."""
        if self._refocus is not None:
            before, after = self._refocus
            if QApplication.focusWidget() is after and before.isEnabled():
                before.setFocus(Qt.FocusReason.OtherFocusReason)
        self._refocus = None

