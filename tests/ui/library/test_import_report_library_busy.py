"""Another program holds the library (a real write lock on the file) while the window imports:
the German report said SQLite's "(database is locked)", in English, on each file's line and in
its summary. Each such file now says it was not stored and to import it again, and who is in
the way is said once, in the window's language — as `briefing import` says it
(tests/cli/test_cli_busy.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.store import connection
from reader.ui import dialogs
from reader.ui.library.import_dialogs import ImportReportDialog
from tests.held_library import fail_one_then_hold

FILES = 5
NOT_STORED_DE = ("nicht gespeichert: in die Bibliothek konnte zu dem Zeitpunkt nicht geschrieben werden; "
                 "bitte erneut importieren")  # fmt: skip


@pytest.fixture
def shown(monkeypatch) -> list[ImportReportDialog]:
    """The import reports the window runs, answered as if the user closed them."""
    seen: list[ImportReportDialog] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: seen.append(dialog) or 0)
    return seen


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"{i:02d}.txt").write_text(f"Meldung {i}\n\nDer Text {i} über Wort{i} und mehr.\n", encoding="utf-8")
    return folder


def _report(window, qtbot, folder: Path, shown: list) -> ImportReportDialog:
    with qtbot.waitSignal(window.importer.import_finished, timeout=30_000):
        window.importer.import_paths([folder])
    return next(d for d in shown if isinstance(d, ImportReportDialog))


def _cells(report: ImportReportDialog) -> list[str]:
    return [report.table.item(r, 2).text() for r in range(report.table.rowCount())]


def test_files_another_writer_keeps_out_say_so_in_german_and_why_once(
    make_window, qtbot, speak, tmp_path: Path, shown, monkeypatch
) -> None:
    """One file fails, so its batch is stored again file by file while another program holds
    the library: three files are not stored."""
    speak("de")
    window = make_window()
    folder = _folder(tmp_path)
    failing = str(folder / "02.txt")
    fail_one_then_hold(monkeypatch, failing, Path(window.session.store.path))
    report = _report(window, qtbot, folder, shown)
    cells, summary = _cells(report), report.summary.text()
    assert sum(cell == NOT_STORED_DE for cell in cells) == 3
    assert "locked" not in summary + "".join(cells) and "(%" not in summary
    assert summary.endswith("3 Dateien nicht gespeichert: ein anderes Programm schreibt in die Bibliothek und "
                            "wurde nicht rechtzeitig fertig (ein weiteres Fenster von Briefing Reader oder der "
                            "Befehl briefing); importieren Sie diese Dateien erneut, sobald es fertig ist.")  # fmt: skip


def test_an_import_another_writer_stops_says_who_is_in_the_way_in_german(
    make_window, qtbot, speak, tmp_path: Path, shown, monkeypatch
) -> None:
    """Another program starts a long write after two files: the import stops."""
    speak("de")
    window = make_window()
    folder = _folder(tmp_path)
    holder: list[sqlite3.Connection] = []
    write = importer._BatchWriter.write

    def write_then_held(writer: importer._BatchWriter, item: object) -> None:
        write(writer, item)  # type: ignore[arg-type]
        if len(writer.results) == 2 and not holder:
            holder.append(sqlite3.connect(window.session.store.path, isolation_level=None, check_same_thread=False))
            holder[0].execute("BEGIN IMMEDIATE")

    monkeypatch.setattr(importer._BatchWriter, "write", write_then_held)
    monkeypatch.setattr(importer, "BATCH_FILES", 1)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    try:
        report = _report(window, qtbot, folder, shown)
    finally:
        holder[0].execute("ROLLBACK")
        holder[0].close()
    cells, summary = _cells(report), report.summary.text()
    assert sum(cell == NOT_STORED_DE for cell in cells) == FILES - 2
    assert "locked" not in summary + "".join(cells)
    assert summary.endswith("In die Bibliothek konnte nicht geschrieben werden: ein anderes Programm schreibt in "
                            "die Bibliothek und wurde nicht rechtzeitig fertig (ein weiteres Fenster von Briefing "
                            "Reader oder der Befehl briefing); importieren Sie diese Dateien erneut, sobald es "
                            "fertig ist.")  # fmt: skip
