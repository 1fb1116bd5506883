"""A cancelled import says how many files it did not reach, and how to finish it.

Cancelled after 672 of 2,000 files, the report said "672 imported. Files not reached were not
imported." — not how many were left, nor that importing the folder again adds just those."""

from __future__ import annotations

from pathlib import Path

from benchmarks.corpus import generate_article
from reader.ui import dialogs
from reader.ui.library.import_dialogs import ImportReportDialog
from reader.ui.tasks import Task


def test_a_cancelled_import_counts_the_files_not_reached(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(6):
        (folder / f"{i:02d}.txt").write_bytes(generate_article(i).data)
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or 0)

    def cancel_after_the_first(task: Task, done: int, total: int) -> None:  # as Cancel clicked then
        task.signals.progressed.emit(done, total)
        task.cancel()

    monkeypatch.setattr(Task, "_progress", cancel_after_the_first)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as finished:
        window.importer.import_paths([folder])
    assert len(finished.args[0]) == 1
    assert window.statusBar().currentMessage() == "Import cancelled: 1 imported, 5 not reached"
    report = next(d for d in shown if isinstance(d, ImportReportDialog))
    assert report.summary.text() == (
        "Import cancelled: 1 imported. 5 files not reached were not imported; import the same files "
        "again to add them (those already in the library are skipped).")  # fmt: skip
