"""File ▸ Export…'s report says where the files went, and Show folder opens that folder.

Seen exporting the library into a new vault folder: the dialog said "28 geschrieben, 0 bereits
aktuell." and nothing of where, and the user had to find the folder in the file manager
themselves. Real window, store on the seeds, real folders; the file manager is the only stand-in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from reader.ui.export.dialog import ExportDialog


def _export(dialog: ExportDialog, qtbot) -> None:
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.export_button.click()


def test_the_report_names_the_folder_and_show_folder_opens_it(make_window, qtbot, speak, tmp_path: Path,
                                                              monkeypatch) -> None:  # fmt: skip
    speak("de")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    vault = tmp_path / "Vault"
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(vault))
    dialog.show()
    assert dialog.show_folder_button.isHidden()  # nothing exported yet: no folder to show
    _export(dialog, qtbot)
    assert dialog.result_label.text() == f"5 geschrieben, 0 bereits aktuell.\nDie Dateien liegen in {vault}"
    assert dialog.show_folder_button.isVisible() and dialog.show_folder_button.text() == "Ordner an&zeigen"
    dialog.show_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(vault))]
    dialog.close()


def test_a_combined_file_is_named_whole(make_window, qtbot, speak, tmp_path: Path) -> None:
    speak("en")
    window = make_window()
    vault = tmp_path / "Vault"
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(vault))
    dialog.all_radio.setChecked(True)
    dialog.single_file.setChecked(True)
    _export(dialog, qtbot)
    assert dialog.result_label.text() == f"1 written, 0 already up to date.\nSaved as {vault / 'Library.md'}"
    assert not dialog.show_folder_button.isHidden()
    dialog.close()


def test_a_failed_export_shows_no_folder(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    vault = tmp_path / "Vault"
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(vault))
    _export(dialog, qtbot)
    assert not dialog.show_folder_button.isHidden()
    blocked = tmp_path / "a file"
    blocked.write_text("in the folder's place", encoding="utf-8")
    dialog.folder_edit.setText(str(blocked))
    _export(dialog, qtbot)
    assert dialog.result_label.text() == f"Export failed: {blocked} is a file, not a folder"
    assert dialog.show_folder_button.isHidden()  # the last export's folder is not this one's
    dialog.close()


def test_a_mistyped_folder_on_the_way_is_named_and_nothing_is_made(make_window, qtbot, speak, tmp_path: Path) -> None:
    """A new folder is made only in one that exists, as `briefing export` does: the dialog made
    "Vualt/Reading" and all folders on the way, and wrote the export into them unnoticed."""
    speak("de")
    window = make_window()
    typo = tmp_path / "Vualt" / "Reading"
    dialog = ExportDialog(window.session, window.session.store.sources.ids(), window, folder=str(typo))
    dialog.export_button.click()
    assert dialog.result_label.text() == (f"Den Ordner {tmp_path / 'Vualt'} gibt es nicht; es wurde nichts "
                                          "geschrieben. Prüfen Sie den Namen des Ordners: Ein neuer Ordner "
                                          "wird nur in einem vorhandenen angelegt.")  # fmt: skip
    assert not (tmp_path / "Vualt").exists() and dialog.task is None and dialog.show_folder_button.isHidden()
    dialog.folder_edit.setText(str(tmp_path / "Vault"))  # a new folder in one that exists: made
    _export(dialog, qtbot)
    assert len(list((tmp_path / "Vault").glob("*.md"))) == 5
    dialog.close()
