"""File ▸ Import opens where the articles came from, not where the last export went.

Seen in the German window (session 36): articles imported from a downloads folder, the briefing
saved into the Obsidian vault with its Export…, then File ▸ Import files… (Ctrl+O): the dialog
opened in the vault, among the exported notes — Markdown files the importer takes — and the
downloads were a trip through the sidebar away. Exports keep a folder of their own; the import
dialogs keep the folder articles were last picked from. Real window, real library and files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from reader.ui import dialogs
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.export.dialog import ExportDialog

ARTICLE = "Japan und USA vereinbaren Zölle\n\nTokio. Die Ministerpräsidentin und der US-Präsident einigten sich.\n"


def test_import_opens_in_the_articles_folder_after_exports_into_the_vault(
    make_window, monkeypatch, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    downloads, vault = tmp_path / "Downloads", tmp_path / "Vault"
    for folder in (downloads, vault):
        folder.mkdir()
    (downloads / "zoelle.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(dialogs, "_last_folder", None)
    opened: list[Path] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, ExportDialog):  # File ▸ Export…: Browse… to the vault, then Export
            dialog._browse()
            with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
                dialog.export_button.click()
            return QDialog.DialogCode.Rejected
        assert isinstance(dialog, QFileDialog)
        shown = Path(dialog.directory().absolutePath())
        opened.append(shown)
        if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            dialog.selectFile(str(vault / "Japan.md"))  # the briefing, into the vault
        elif dialog.windowTitle() == "Export into folder":
            dialog.selectFile(str(vault))
        elif dialog.fileMode() == QFileDialog.FileMode.Directory:
            return QDialog.DialogCode.Rejected  # Import folder…: only where it opens is looked at
        else:
            dialog.selectFile(str(downloads / "zoelle.txt"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", answer)
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.import_files_action.trigger()
    window.exports.export_action.trigger()  # sources into the vault, chosen with Browse…
    assert any(path.suffix == ".md" for path in vault.iterdir())
    window.briefings.show(create_briefing(window.session, "Japan"))
    composer = window.briefings.composer()
    (export,) = [b for b in composer.findChildren(QPushButton) if b.text().replace("&", "") == "Export…"]
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        export.click()
    assert (vault / "Japan.md").is_file()
    opened.clear()
    window.importer.choose_files()  # Ctrl+O again: where the article came from
    window.importer.choose_folder()  # Import folder…: beside that folder, it selected
    assert opened == [downloads, tmp_path]
    window.close()  # and after a restart
    monkeypatch.setattr(dialogs, "_last_folder", None)
    make_window()
    assert dialogs.start_folder() == downloads

