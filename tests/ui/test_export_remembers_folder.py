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


def test_the_next_export_offers_the_last_folder(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
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
                with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
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


def test_the_folder_is_offered_after_a_restart_unless_it_is_gone(make_window, monkeypatch, qtbot, tmp_path: Path) -> None:
    """Seen: the folder was offered only while the app ran; the next morning the field was
    empty again, though the window remembers its size, panes and the folder of file dialogs."""
    vault = tmp_path / "vault"
    offered: list[str] = []

    def export_into(folder: str):
        def answer(dialog: QDialog) -> int:
            assert isinstance(dialog, ExportDialog)
            offered.append(dialog.folder_edit.text())
            if folder:
                dialog.folder_edit.setText(folder)
                with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
                    dialog.export_button.click()
            return QDialog.DialogCode.Rejected

        return answer

    first = make_window()
    first.library.select_source(first.session.store.sources.ids()[0])
    monkeypatch.setattr(dialogs, "run", export_into(str(vault)))
    first.exports.export_action.trigger()
    first.close()
    monkeypatch.setattr(dialogs, "run", export_into(""))
    second = make_window()
    second.exports.export_action.trigger()
    second.close()
    for md in vault.glob("*.md"):
        md.unlink()
    vault.rmdir()  # the vault moved away: its old path is not offered
    make_window().exports.export_action.trigger()
    assert offered == ["", str(vault), ""]
