"""Files dropped on the window and files named by a second start are imported through the same
controller as File ▸ Import, so a full disk stopping them is reported as stopped (what is
stored, what not), never as "Import failed". The full disk is SQLite's own (`max_page_count`
on the import's connection), as in test_safety_import_stopped.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QMessageBox

from reader.core import importer
from reader.core.models import ImportStatus
from reader.core.store import Store
from reader.ui import app, dialogs
from reader.ui.library.import_dialogs import ImportReportDialog

FILES = 12


@pytest.fixture
def shown(monkeypatch) -> list[object]:
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: seen.append(dialog) or 0)
    return seen


@pytest.fixture
def filling_disk(monkeypatch) -> None:
    monkeypatch.setattr(importer, "BATCH_FILES", 3)
    real = importer.import_paths

    def on_a_filling_disk(store: Store, *args, **kwargs):
        conn = store.db.conn
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0] + 30}")
        return real(store, *args, **kwargs)

    monkeypatch.setattr(importer, "import_paths", on_a_filling_disk)


def _files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "files"
    folder.mkdir()
    made = []
    for i in range(FILES):
        words = " ".join(f"wort{i}x{j}" for j in range(400))
        made.append(folder / f"{i:02d}.txt")
        made[-1].write_text(f"Meldung {i}\n\nDer Text {i}: {words}.\n", encoding="utf-8")
    return made


def _drop(window, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    window.importer.drop(mime)


def _second_start(window, files: list[Path]) -> None:
    app.bring_forward(window, [str(f) for f in files])


@pytest.mark.parametrize("way_in", [_drop, _second_start])
def test_a_full_disk_stopping_files_from_another_way_in_is_reported_as_stopped(
    way_in, make_window, qtbot, tmp_path: Path, shown, filling_disk
) -> None:
    window = make_window()
    files = _files(tmp_path)
    with qtbot.waitSignal(window.importer.import_finished, timeout=30_000) as blocker:
        way_in(window, files)
    stored = [r for r in blocker.args[0] if r.status is ImportStatus.IMPORTED]
    assert 0 < len(stored) < FILES
    assert not any(isinstance(d, QMessageBox) and "failed" in d.windowTitle() for d in shown)
    report = next(d for d in shown if isinstance(d, ImportReportDialog))
    assert report.windowTitle() == "Import stopped"
    assert f"{len(stored)} files stored before that are in the library" in report.summary.text()
