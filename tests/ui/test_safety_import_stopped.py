"""An import the full disk stops part-way, in the window: which files are stored, which not.

It said only "Import failed" and the library list never showed the files already stored. The
full disk is SQLite's own here (`max_page_count` on the import's connection), as in the core's
tests/core/test_import_disk_full.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.core import importer
from reader.core.models import ImportStatus
from reader.core.store import Store
from reader.ui import dialogs
from reader.ui.library.import_dialogs import ImportReportDialog

FILES = 24


@pytest.fixture
def shown(monkeypatch) -> list[object]:
    """Every dialog the window runs, answered as if the user closed it."""
    seen: list[object] = []

    def answer(dialog: object) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    return seen


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(FILES):
        words = " ".join(f"wort{i}x{j}" for j in range(400))  # a page or more of its own terms
        (folder / f"{i:02d}.txt").write_text(f"Meldung {i}\n\nDer Text {i}: {words}.\n", encoding="utf-8")
    return folder


def test_an_import_the_full_disk_stops_lists_what_is_stored(
    make_window, qtbot, tmp_path: Path, shown, monkeypatch
) -> None:
    window = make_window()
    before = set(window.library.model.ids())
    folder = _folder(tmp_path)
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    real = importer.import_paths

    def on_a_filling_disk(store: Store, *args, **kwargs):
        conn = store.db.conn
        used = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {used + 40}")
        return real(store, *args, **kwargs)

    monkeypatch.setattr(importer, "import_paths", on_a_filling_disk)
    with qtbot.waitSignal(window.importer.import_finished, timeout=30_000) as blocker:
        window.importer.import_paths([folder])
    results = blocker.args[0]
    stored = {r.source_id for r in results if r.status is ImportStatus.IMPORTED}
    assert 0 < len(stored) < FILES
    assert not any(isinstance(d, QMessageBox) and "failed" in d.windowTitle() for d in shown)
    report = next(d for d in shown if isinstance(d, ImportReportDialog))
    assert report.windowTitle() == "Import stopped"
    summary = report.summary.text()
    assert f"{len(stored)} files stored before that are in the library" in summary
    assert "disk holding the library is full" in summary and "Free some space" in summary
    cells = [report.table.item(r, 2).text() for r in range(report.table.rowCount())]
    assert sum("not stored: the library could not be written" in c for c in cells) == FILES - len(stored)
    # The library list shows the stored ones, as after a finished import.
    qtbot.waitUntil(lambda: set(window.library.model.ids()) == before | stored)
