"""File ▸ Export… offers the folder the last export went to.

Seen at 1366 x 768: exporting a source into /tmp/…/exp, then Ctrl+E again, showed an empty
folder field ("Choose the folder (e.g. your Obsidian vault)"): a consultant exporting into the
same vault all afternoon typed or browsed to it every time. A folder typed but not exported
into (Close) is not offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from reader.ui import dialogs
from reader.ui.export.dialog import ExportDialog


def test_the_next_export_offers_the_last_folder(make_window, monkeypatch, tmp_path: Path) -> None:
    window = make_window()
    window.library.select_source(window.session.store.sources.ids()[0])
    vault = tmp_path / "vault"
    offered: list[str] = []

    def export_into(folder: str, click: bool):
        def answer(dialog: QDialog) -> int:
            assert isinstance(dialog, ExportDialog)
            offered.append(dialog.folder_edit.text())
            dialog.folder_edit.setText(folder)
            if click:
                dialog.export_button.click()
            return QDialog.DialogCode.Rejected

        return answer

    monkeypatch.setattr(dialogs, "run", export_into(str(vault), True))
    window.exports.export_action.trigger()
    assert len(list(vault.glob("*.md"))) == 1
    monkeypatch.setattr(dialogs, "run", export_into(str(tmp_path / "typed, then closed"), False))
    window.exports.export_action.trigger()
    monkeypatch.setattr(dialogs, "run", export_into(str(vault), False))
    window.exports.export_action.trigger()
    assert offered == ["", str(vault), str(vault)]
