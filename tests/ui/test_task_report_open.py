"""A handler that opens a dialog of its own (the import's report) outlasts its task's signals.

While the report is open its event loop runs: the task's last signal (`reported`) comes and its
signals are deleted, the handler that opened the report still running beneath. It then goes on
without them, and the window hears the import's end."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.ui.library.import_dialogs import ImportReportDialog
from reader.ui.tasks import Task


def test_the_import_report_open_while_the_signals_go(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    made: list[Task] = []
    real_init = Task.__init__

    def init(self: Task, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(Task, "__init__", init)
    window = make_window()
    (tmp_path / "empty.txt").write_bytes(b"   \n")  # a failure: the report opens
    closed: list[bool] = []

    def close_report_once_gone() -> None:
        """The report is closed only once the task's signals are gone (a leak: never closed)."""
        report = QApplication.activeModalWidget()
        task = next((t for t in made if t.description == "import"), None)
        if not isinstance(report, ImportReportDialog) or task is None or shiboken6.isValid(task.signals):
            QTimer.singleShot(20, close_report_once_gone)
            return
        closed.append(True)
        report.reject()

    QTimer.singleShot(20, close_report_once_gone)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
        window.importer.import_paths([tmp_path / "empty.txt"])
    assert closed == [True] and len(finished.args[0]) == 1
