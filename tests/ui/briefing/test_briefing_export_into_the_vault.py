"""The composer's Export… opens in the folder the last export went to.

Seen walking the window: articles imported from ~/Downloads/articles, a source exported into
the Obsidian vault with File ▸ Export…, then the briefing's Export…: its save dialog opened in
~/Downloads/articles, among the copied news pages, not in the vault beside the source. And a
briefing saved into the vault was not offered by File ▸ Export… next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from reader.ui import dialogs
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.export.dialog import ExportDialog


def test_the_briefing_is_saved_where_the_last_export_went(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    window = make_window()
    downloads, vault, other = tmp_path / "Downloads", tmp_path / "vault", tmp_path / "Briefings"
    for folder in (downloads, vault, other):
        folder.mkdir()
    dialogs.remember_folder(downloads)  # where the articles came from
    window.library.select_source(window.session.store.sources.ids()[0])
    opened: list[str] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, ExportDialog):  # File ▸ Export…: into the vault, or what it offers
            opened.append(dialog.folder_edit.text())
            dialog.folder_edit.setText(dialog.folder_edit.text() or str(vault))
            with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
                dialog.export_button.click()
            return QDialog.DialogCode.Rejected
        assert isinstance(dialog, QFileDialog)
        opened.append(dialog.directory().absolutePath())
        dialog.selectFile(str(other / "Memo.md") if len(opened) > 2 else str(Path(opened[-1]) / "Memo.md"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", answer)
    window.exports.export_action.trigger()
    window.briefings.show(create_briefing(window.session, "Memo"))
    composer = window.briefings.composer()
    (export,) = [b for b in composer.findChildren(QPushButton) if b.text().replace("&", "") == "Export…"]
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):  # the worker writes
        export.click()
    assert (vault / "Memo.md").is_file()
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        export.click()  # saved elsewhere this time …
    assert (other / "Memo.md").is_file()
    window.exports.export_action.trigger()  # … which File ▸ Export… offers next
    assert opened == ["", str(vault), str(vault), str(other)]
