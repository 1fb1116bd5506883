"""The export dialog says that it is exporting, and how many sources, while its worker writes.

Seen exporting 2,093 sources from the library table: for 5–10 s the dialog stood unchanged,
Export still lit, as if the click had not been taken; then, with the export on the window's
thread, the window could not repaint for 3–5 s. Now the count is said, Export and Close are
greyed and a bar with Cancel shows while the worker writes; all of it comes back however the
export ends. Real window and store on the seeds, a real folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.ui.export.dialog import ExportDialog


def test_the_dialog_says_how_many_it_exports_while_it_runs(make_window, qtbot, speak, tmp_path: Path) -> None:
    speak("de")
    window = make_window()
    ids = window.session.store.sources.ids()
    dialog = ExportDialog(window.session, ids, window, folder=str(tmp_path / "vault"))
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()
        # Until the worker's report arrives (queued to this thread), the dialog says it runs.
        assert dialog.result_label.text() == "5 Quellen werden exportiert …"
        assert not dialog.export_button.isEnabled() and not dialog.close_button.isEnabled()
        assert not dialog.progress_bar.isHidden() and dialog.cancel_button.isEnabled()
    assert dialog.result_label.text() == f"5 geschrieben, 0 bereits aktuell.\nDie Dateien liegen in {tmp_path / 'vault'}"
    assert dialog.export_button.isEnabled() and dialog.close_button.isEnabled()
    assert dialog.progress_bar.isHidden() and dialog.cancel_button.isHidden()
    assert QApplication.overrideCursor() is None  # the window is not busy: it paints and takes Cancel
    dialog.close()


def test_a_failed_export_gives_the_buttons_back(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    blocked = tmp_path / "a file"
    blocked.write_text("in the folder's place", encoding="utf-8")
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(blocked))
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()
    assert dialog.result_label.text() == f"Export failed: {blocked} is a file, not a folder"
    assert dialog.export_button.isEnabled() and dialog.progress_bar.isHidden()
    dialog.close()
