"""File ▸ Export… writes on the session's worker, with a bar and Cancel, and the window paints.

Seen exporting 2,093 sources from the library table: the window was frozen for 3–5 s (a busy
cursor, "2.093 Quellen werden exportiert …", no repaint, no way to stop it). Real window and
store on the seeds, real folders; the worker is held at a file (an Event, not a clock) so that
the test can act while the export runs.
"""

from __future__ import annotations

import errno
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.export import writer
from reader.core.store import Store, recorded_hash
from reader.ui import dialogs, tasks
from reader.ui.export.background import ExportFailed
from reader.ui.export.dialog import ExportDialog


class Held:
    """Writes files as the export does, but the worker waits at file number `at` (from 1)
    until the export is cancelled; the GUI thread sees `reached` then."""

    def __init__(self, dialog: ExportDialog, at: int) -> None:
        self.dialog, self.at = dialog, at
        self.reached = threading.Event()
        self.threads: set[int] = set()
        self.count = 0
        self._real: Callable[[Path, bytes], None] = writer.atomic_write

    def __call__(self, path: Path, data: bytes) -> None:
        self.threads.add(threading.get_ident())
        self.count += 1
        if self.count == self.at:
            task = self.dialog.task
            assert task is not None
            self.reached.set()
            assert task._cancelled.wait(10)  # noqa: SLF001 - the worker's own flag, set by Cancel or quitting
        self._real(path, data)


def _dialog(window, folder: Path) -> ExportDialog:
    ids = window.session.store.sources.ids()
    dialog = ExportDialog(window.session, ids, window, folder=str(folder))
    dialog.show()
    return dialog


def test_the_worker_writes_and_the_bar_counts(make_window, qtbot, speak, tmp_path: Path, monkeypatch) -> None:
    speak("de")
    monkeypatch.setattr(tasks, "PROGRESS_INTERVAL_S", 0.0)  # every count reaches the bar
    window = make_window()
    dialog = _dialog(window, tmp_path / "vault")
    held = Held(dialog, at=3)
    monkeypatch.setattr(writer, "atomic_write", held)
    counts: list[str] = []
    dialog.progress_bar.valueChanged.connect(lambda _value: counts.append(dialog.progress_label.text()))
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000) as finished:
        dialog.export_button.click()
        qtbot.waitUntil(held.reached.is_set)
        qtbot.waitUntil(lambda: dialog.progress_bar.value() == 2)
        assert dialog.progress_label.text() == "2 von 5" and dialog.progress_bar.maximum() == 5
        window.repaint()  # the window's thread is free while the worker writes
        dialog.cancel_button.click()
        assert dialog.result_label.text() == "Wird nach der aktuellen Datei angehalten …"
    assert threading.get_ident() not in held.threads and len(held.threads) == 1
    assert counts[:3] == ["0 von 5", "1 von 5", "2 von 5"]
    assert finished.args[0].cancelled


def test_cancel_stops_after_the_current_file_and_says_what_was_written(make_window, qtbot, tmp_path: Path,
                                                                        monkeypatch) -> None:  # fmt: skip
    window = make_window()
    out = tmp_path / "vault"
    dialog = _dialog(window, out)
    held = Held(dialog, at=3)
    monkeypatch.setattr(writer, "atomic_write", held)
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000) as finished:
        dialog.export_button.click()
        qtbot.waitUntil(held.reached.is_set)
        dialog.reject()  # Esc, Close or ✕ while it runs: Cancel, and the dialog stays to report
        assert dialog.isVisible()
    report = finished.args[0]
    assert dialog.result_label.text() == f"Export cancelled: 3 written, 0 already up to date, 2 not exported.\nThe files are in {out}"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in report.written)
    store = window.session.store
    assert all(recorded_hash(store.db, str(p)) for p in report.written)
    assert dialog.exported_to == str(out) and dialog.isVisible()
    monkeypatch.setattr(writer, "atomic_write", held._real)  # noqa: SLF001
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()  # the rest: the three are found by their reader_id
    assert dialog.result_label.text() == f"2 written, 3 already up to date.\nThe files are in {out}"
    assert len(list(out.iterdir())) == 5
    dialog.reject()
    assert not dialog.isVisible()


def test_a_full_disk_is_reported_naming_the_file_and_keeping_what_was_written(make_window, qtbot, tmp_path: Path,
                                                                                monkeypatch) -> None:  # fmt: skip
    window = make_window()
    out = tmp_path / "vault"
    real_mkstemp = tempfile.mkstemp
    made: list[str] = []

    def mkstemp(*, dir: Path, prefix: str, suffix: str) -> tuple[int, str]:  # as atomic_write calls it
        if len(made) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        fd, name = real_mkstemp(dir=dir, prefix=prefix, suffix=suffix)
        made.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    dialog = _dialog(window, out)
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000) as finished:
        dialog.export_button.click()
    failed = finished.args[0]
    assert isinstance(failed, ExportFailed) and failed.report is not None
    said = dialog.result_label.text()
    assert said.startswith(f"Export failed: {out}/") and said.endswith(".md could not be written (No space left on device)")
    written = failed.report.written
    assert len(written) == 2 and sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    assert all(recorded_hash(window.session.store.db, str(p)) for p in written)
    assert dialog.export_button.isEnabled() and dialog.exported_to == ""


def test_quitting_mid_export_asks_nothing_and_keeps_the_record(make_window, qtbot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The window closed while the worker writes: the worker is cancelled and waited for (no
    hang), what it wrote is recorded, and no question about changed files opens after the
    window has gone (one would keep the process alive, alone on the screen)."""
    window = make_window()
    out = tmp_path / "vault"
    first = _dialog(window, out)
    with qtbot.waitSignal(first.export_finished, timeout=10_000) as exported:
        first.export_button.click()
    first.close()
    changed, *others = exported.args[0].written
    edited = changed.read_text(encoding="utf-8") + "\nEdited in Obsidian.\n"
    changed.write_text(edited, encoding="utf-8")  # a conflict, the first file the export meets
    for path in others:
        path.unlink()
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or 0)
    dialog = _dialog(window, out)
    asked: list[object] = []
    dialog.ask = lambda *args: asked.append(args) or True  # type: ignore[method-assign]
    held = Held(dialog, at=2)
    monkeypatch.setattr(writer, "atomic_write", held)
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as finished:
        dialog.export_button.click()
        qtbot.waitUntil(held.reached.is_set)
        window.close()  # cancels, waits for the worker, saves the layout
    report = finished.args[0]
    assert report.cancelled and len(report.written) == 2 and len(report.conflicts) == 1
    assert asked == [] and shown == [] and not dialog.isVisible()
    assert changed.read_text(encoding="utf-8") == edited
    with Store.open(window.session.store.path) as store:  # what the worker recorded, read afresh
        assert all(recorded_hash(store.db, str(p)) for p in report.written)


def test_an_export_during_an_import_does_not_wait_for_it(make_window, qtbot, tmp_path: Path) -> None:
    """The writer's thread taken, as by the import of a large folder, until the export is written:
    the dialog showed its busy bar until the whole import had ended."""
    window = make_window()
    done = threading.Event()
    importing = window.session.task(lambda _store, _progress, _cancelled: done.wait(30), "import")
    dialog = _dialog(window, tmp_path / "vault")
    try:
        window.session.start(importing)
        with qtbot.waitSignal(dialog.export_finished, timeout=10_000) as finished:
            dialog.export_button.click()
        assert len(finished.args[0].written) == 5 and not done.is_set()  # the import still running
    finally:
        done.set()
