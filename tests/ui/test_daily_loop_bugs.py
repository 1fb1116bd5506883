"""Window bugs from issue 13, each reproduced as a user met it: Redo's key, search counts,
cancelled imports, the import picker, where file dialogs open, keys after a dialog, and the
delete question naming the briefings that lose quotes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from reader import paths
from reader.core import importer
from reader.core.ingest import prepare_bytes
from reader.core.store import Store
from reader.ui import dialogs
from reader.ui.dialogs.help_dialogs import ShortcutsDialog
from reader.ui.letters import unlettered
from reader.ui.library import live_search
from reader.ui.library.import_dialogs import ImportReportDialog

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def answered(monkeypatch) -> list[object]:
    """Every dialog the window runs, recorded and closed (Cancel)."""
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda d: seen.append(d) or 0)
    return seen


def test_redo_has_one_binding_per_key_and_works(make_window, qtbot) -> None:
    """Bug 1: Ctrl+Shift+Z was bound twice ("Ambiguous shortcut overload"): redo did nothing."""
    window = make_window()
    keys = [k.toString() for k in window.redo_action.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and len(keys) == len(set(keys))
    bound: dict[str, str] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in WINDOW_WIDE:
            continue
        for key in action.shortcuts():
            assert bound.setdefault(key.toString(), action.text()) == action.text(), key.toString()
    source_id = window.open_source_id
    window.notes.tag_editor.field.setText("Japan")
    qtbot.keyClick(window.notes.tag_editor.field, Qt.Key.Key_Return)
    assert "Japan" in window.session.store.sources.get(source_id).tags
    window.undo_action.trigger()
    assert "Japan" not in window.session.store.sources.get(source_id).tags
    window.activateWindow()
    window.library.source_view.setFocus()
    qtbot.keyClick(window.library.source_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert "Japan" in window.session.store.sources.get(source_id).tags


def test_shortcut_sheet_lists_each_key_once(make_window, answered) -> None:
    """Each window-wide key once; the keys a list or box takes itself follow, named with their
    place (F2 in the tag list), where one may come again (test_shortcut_sheet_places)."""
    window = make_window()
    window.show_shortcuts()
    sheet = next(d for d in answered if isinstance(d, ShortcutsDialog))
    menus = {unlettered(title) for title, _menu in window.menus} | {"Reading"}
    keys = [key for r in range(sheet.table.rowCount()) if sheet.table.item(r, 0).text() in menus
            for key in sheet.table.item(r, 2).text().split(", ")]  # fmt: skip
    assert "Ctrl+Shift+Z" in keys and len(keys) == len(set(keys))


def _library_of(data_dir: Path, count: int) -> None:
    store = Store.open(paths.resolve(data_dir).ensure().db_path)
    for n in range(count):
        text = (f"Halbleiter Bericht {n}\n\nDie Halbleiterindustrie in Japan meldet für das Quartal {n} "
                f"neue Zahlen und Investitionen in Werk Nummer {n}, sagte ein Sprecher.\n")  # fmt: skip
        store.sources.add(prepare_bytes(text.encode(), f"{n}.txt"))
    store.close()


def test_search_says_100_plus_when_it_stopped(make_window, data_dir: Path, qtbot) -> None:
    """Bug 5: a search that stopped at 100 hits said "100 results"."""
    _library_of(data_dir, live_search.RESULT_LIMIT + 5)
    window = make_window()
    qtbot.keyClicks(window.library.search_box, "Halbleiter")
    qtbot.waitUntil(lambda: window.library.results_model.rowCount() > 0)
    qtbot.waitUntil(lambda: not window.library._search_timer.isActive())
    assert window.library.results_model.rowCount() == live_search.RESULT_LIMIT
    assert window.library.status.text() == "100+ results"
    window.library.search_box.setText("Quartal 7 Werk")
    window.library.search_shown.run()
    assert not window.library.status.text().endswith("+ results")


def test_a_cancelled_import_is_not_called_finished(make_window, qtbot, answered, tmp_path: Path,
                                                   monkeypatch) -> None:  # fmt: skip
    """Bug 9: the dialog said "Import cancelled: …" while the status bar said "Import finished".
    A real import of two files, cancelled once the first is in."""
    window = make_window()
    folder = tmp_path / "Artikel"
    folder.mkdir()
    for n, title in enumerate(("Tokio plant Subventionen", "Rapidus baut aus")):
        (folder / f"{n}.txt").write_text(f"{title}\n\nDie Regierung in Tokio will die heimische Chipindustrie "
                                           f"mit weiteren Milliarden stärken, sagte ein Sprecher {n}.\n",
                                           encoding="utf-8")  # fmt: skip
    stored, cancelled = threading.Event(), threading.Event()
    real = importer.import_paths

    def held_after_the_first(store, paths, progress, **kwargs):  # on the worker
        def counted(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                stored.set()
                cancelled.wait(timeout=30)

        return real(store, paths, progress=counted, **kwargs)

    monkeypatch.setattr(importer, "import_paths", held_after_the_first)
    said: list[str] = []
    window.importer.status_reported.connect(lambda line: line and said.append(line))
    window.importer.import_paths([folder])
    qtbot.waitUntil(stored.is_set, timeout=20_000)
    window.import_progress.cancel_button.click()
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        cancelled.set()
    assert said == ["Import cancelled: 1 imported, 1 not reached"]
    report = next(d for d in answered if isinstance(d, ImportReportDialog))
    assert report.summary.text().startswith("Import cancelled: 1 imported")


def test_import_files_shows_every_file_and_says_what_to_do_with_a_pdf(
    make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Bug 10: the picker hid non-.txt files; a chosen PDF got no word of what to do instead."""
    window = make_window()
    pdf = tmp_path / "Studie.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%binary")
    seen: list[object] = []

    def answer(dialog: object) -> int:
        seen.append(dialog)
        if isinstance(dialog, QFileDialog):
            assert dialog.nameFilters()[0] == "All files (*)"  # nothing hidden by default
            dialog.selectFile(str(pdf))
            return QDialog.DialogCode.Accepted
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.import_files_action.trigger()
    report = next(d for d in seen if isinstance(d, ImportReportDialog))
    details = report.table.item(0, 2).text()
    assert "PDF" in details and "Paste as new source" in details


def test_file_dialogs_open_in_the_last_folder_or_home(
    make_window, tmp_path: Path, monkeypatch
) -> None:
    """Bug 11: file dialogs opened in the app's working directory."""
    home = tmp_path / "home-dir"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(dialogs, "_last_folder", None)
    window = make_window()
    chosen_dir = tmp_path / "articles"
    chosen_dir.mkdir()
    (chosen_dir / "a.txt").write_text("x", encoding="utf-8")
    opened: list[str] = []

    def answer(dialog: object) -> int:
        if isinstance(dialog, QFileDialog):
            shown = Path(dialog.directory().absolutePath())
            if dialog.fileMode() == QFileDialog.FileMode.Directory and dialog.selectedFiles():
                shown = Path(dialog.selectedFiles()[0])  # a folder dialog opens beside it, it selected
            opened.append(shown.resolve().as_posix())
        else:
            dialog._browse()  # the export dialog: the user clicks Browse…
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    window.importer.choose_files()
    assert opened[-1] == home.resolve().as_posix()
    dialogs.remember_folder(chosen_dir)
    window.importer.choose_folder()
    window.exports.export_action.trigger()
    assert opened[-1] == chosen_dir.resolve().as_posix()
    window.close()  # remembered for the next run
    monkeypatch.setattr(dialogs, "_last_folder", None)
    make_window()
    window2_folder = dialogs.start_folder()
    assert window2_folder.resolve() == chosen_dir.resolve()


def test_keys_work_right_after_a_dialog_closes(make_window, qtbot, monkeypatch) -> None:
    """Bug 12: Ctrl+/ and Ctrl+Shift+H needed a click into the window after a dialog closed."""
    window = make_window()
    window.activateWindow()
    window.library.source_view.setFocus()
    box = QMessageBox(QMessageBox.Icon.Information, "Hello", "Closed by the user", parent=window)
    QTimer.singleShot(0, box.reject)
    dialogs.run(box)  # the real seam, a real modal dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert QApplication.focusWidget() is window.library.source_view
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda d: seen.append(d) or 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    assert any(isinstance(d, ShortcutsDialog) for d in seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert window.modes.active


def test_delete_question_names_the_briefings_that_lose_quotes(make_window, answered) -> None:
    """Bug 2: deleting a source silently took its quotes out of briefings."""
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    end = text.index(" ", 20)
    highlight, _ = store.highlights.add(source_id, 0, end, "key")
    briefing, _ = store.briefings.create("Japan-Memo")
    store.briefings.add_highlights(briefing.id, [highlight.id])
    window.delete_action.trigger()
    question = next(d for d in answered if isinstance(d, QMessageBox))
    assert "“Japan-Memo”" in question.informativeText()
    assert "quote" in question.informativeText()
    assert store.sources.get(source_id) is not None  # Cancel deleted nothing


def test_plain_words_find_sources_by_outlet_and_author(make_window, qtbot) -> None:
    """Issue 13: authors and outlets are found by plain search words, not only by `outlet:`."""
    window = make_window()
    store = window.session.store
    first, second, *_ = store.sources.ids()
    window.session.apply(lambda: store.sources.update_metadata(first, site_name="Nikkei Asia", byline="Kana Inagaki"))
    window.session.apply(lambda: store.sources.update_metadata(second, site_name="Nikkei Asia", byline=None))
    qtbot.keyClicks(window.library.search_box, "inagaki")
    qtbot.waitUntil(lambda: window.library.results_model.rowCount() > 0)
    hits = [window.library.results_model.result(r) for r in range(window.library.results_model.rowCount())]
    assert [(h.where, h.source_id) for h in hits][:1] == [("source", first)]
    start, end = hits[0].snippet_spans[0]
    assert hits[0].snippet_text[start:end] == "Inagaki"
    assert sorted(h.source_id for h in live_search.source_hits(window.session, "nikkei")) == sorted([first, second])
    assert live_search.source_hits(window.session, '"nikkei asia"') == []  # a phrase is about the text
    assert live_search.source_hits(window.session, "outlet:nikkei") == []  # the filter does that
    window.library.results_view.setCurrentIndex(window.library.results_model.index(0))
    assert window.open_source_id == first  # opening the hit reads the source
