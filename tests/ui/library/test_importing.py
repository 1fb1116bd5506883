"""Importing from the window: a folder with a bad file, the report, pasting text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from reader.core.models import ImportStatus
from reader.ui import dialogs
from reader.ui.library.clippings import local_paths
from reader.ui.library.import_dialogs import ImportReportDialog

ARTICLE = """Tokio plant neue Halbleiter-Subventionen

Die Regierung in Tokio will die heimische Chipindustrie mit weiteren Milliarden stärken.
Rapidus soll bis 2027 Zwei-Nanometer-Chips in Serie fertigen.

Kritiker warnen vor Überkapazitäten und einem Subventionswettlauf mit den USA und Europa.
"""


@pytest.fixture
def shown(monkeypatch) -> list[object]:
    """Every dialog the window runs, answered as if the user closed it."""
    seen: list[object] = []

    def answer(dialog: object) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    return seen


def test_import_reports_failures_with_reasons(make_window, qtbot, tmp_path: Path, shown) -> None:
    window = make_window()
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "chips.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"   \n")
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4")
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as blocker:
        window.importer.import_paths([folder])
        assert window.import_progress.isVisible()
    results = blocker.args[0]
    assert [r.status for r in results].count(ImportStatus.IMPORTED) == 1
    qtbot.waitUntil(lambda: window.library.status.text() == "6 sources")
    assert not window.import_progress.isVisible()
    report = next(d for d in shown if isinstance(d, ImportReportDialog))
    assert "1 imported" in report.summary.text() and "2 failed" in report.summary.text()
    cells = {report.table.item(r, 1).text(): report.table.item(r, 2).text()
             for r in range(report.table.rowCount())}  # fmt: skip
    assert cells["empty.txt"] == "empty file"
    assert "not an article file" in cells["slides.pdf"]
    assert report.table.item(0, 0).text() == "Failed"  # problems first


def test_importing_a_duplicate_says_so(make_window, qtbot, shown) -> None:
    window = make_window()
    seed = sorted(window.session.store.sources.ids())[0]
    path = window.session.store.db.execute(
        "SELECT file_name FROM sources WHERE id = ?", (seed,)
    ).fetchone()[0]
    from reader.paths import bundled_seeds_dir

    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([bundled_seeds_dir() / path])
    report = next(d for d in shown if isinstance(d, ImportReportDialog))
    assert report.table.item(0, 0).text() == "Already in library"
    assert window.library.status.text() == "5 sources"


def test_a_closed_import_report_leaves_the_window(make_window, qtbot, monkeypatch) -> None:
    """A closed report is not kept as a hidden child of the window, table and all. PySide's
    QDialog.exec() hands the dialog to Python, so it goes when the importer drops it; keeping
    a reference to it, or showing it without exec(), would keep one per import."""
    window = make_window()
    seed = sorted(window.session.store.sources.ids())[0]
    name = window.session.store.db.execute("SELECT file_name FROM sources WHERE id = ?", (seed,)).fetchone()[0]
    from reader.paths import bundled_seeds_dir

    run, reports = dialogs.run, []

    def close_at_once(dialog: QDialog) -> int:
        reports.append(type(dialog))
        QTimer.singleShot(0, dialog.reject)  # as the user clicks Close
        return run(dialog)

    monkeypatch.setattr(dialogs, "run", close_at_once)
    for _import in range(2):
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
            window.importer.import_paths([bundled_seeds_dir() / name])  # a duplicate: a report
    assert reports == [ImportReportDialog, ImportReportDialog]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not window.findChildren(ImportReportDialog)


def test_paste_as_new_source_is_undoable(make_window, shown) -> None:
    window = make_window()
    QApplication.clipboard().setText(ARTICLE)
    window.paste_action.trigger()
    store = window.session.store
    assert store.sources.count() == 6
    new_id = window.library.current_source_id()
    source = store.sources.get(new_id)
    assert source.file_name.startswith("Pasted ") and source.file_name.endswith(".txt")
    assert "Rapidus" in source.reading_text
    assert window.open_source_id == new_id
    window.undo_action.trigger()
    assert store.sources.count() == 5 and new_id not in window.library.model.ids()
    window.redo_action.trigger()
    assert store.sources.get(new_id) is not None and new_id in window.library.model.ids()
    assert shown == []


def test_pasting_the_same_text_twice_points_to_the_first(make_window, shown) -> None:
    window = make_window()
    QApplication.clipboard().setText(ARTICLE)
    window.paste_action.trigger()
    first = window.library.current_source_id()
    window.library.move_selection(1)
    window.paste_action.trigger()
    assert window.session.store.sources.count() == 6
    assert isinstance(shown[-1], QMessageBox) and "already in the library" in shown[-1].text()
    assert window.library.current_source_id() == first


def test_empty_clipboard_gets_a_clear_message(make_window, shown) -> None:
    window = make_window()
    QApplication.clipboard().setText("  \n ")
    window.paste_action.trigger()
    assert window.session.store.sources.count() == 5
    assert isinstance(shown[-1], QMessageBox) and shown[-1].windowTitle() == "Nothing to paste"


def test_drops_take_local_files_only(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt")), QUrl("https://example.com/x")])
    assert local_paths(mime) == [str(tmp_path / "a.txt")]
    assert local_paths(QMimeData()) == []


def test_import_files_and_folder_ask_through_the_dialog_seam(make_window, qtbot, monkeypatch, tmp_path) -> None:
    """File ▸ Import files… / Import folder… use real file dialogs a test can answer."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from reader.ui import dialogs

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Ports brace for a busy winter\n\nShipping lines expect container volumes to rise "
        "sharply this winter, and port operators are hiring extra staff to keep cargo moving.\n",
        encoding="utf-8",
    )
    window = make_window()
    before = window.session.store.sources.count()
    titles: list[str] = []

    def answer(dialog: QDialog) -> int:
        titles.append(dialog.windowTitle())
        if isinstance(dialog, QFileDialog) and dialog.fileMode() == QFileDialog.FileMode.Directory:
            dialog.setDirectory(str(folder))
            dialog.selectFile(str(folder))
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # cancel the file picker and the final report

    monkeypatch.setattr(dialogs, "run", answer)
    window.importer.choose_files()
    assert window.session.store.sources.count() == before
    window.importer.choose_folder()
    qtbot.waitUntil(lambda: window.session.store.sources.count() == before + 1, timeout=10_000)
    assert titles[:2] == ["Import articles", "Import a folder of articles"]
