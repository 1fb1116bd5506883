"""File ▸ Import folder… opens beside the folder imported last, not inside it.

Seen in the window: after importing "Woche 11" the folder dialog opened inside it, so choosing
"Woche 12" beside it took a click up first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit

from reader.ui import dialogs


def test_the_folder_dialog_opens_in_the_parent_with_the_last_folder_chosen(
    make_window, monkeypatch, qtbot, tmp_path: Path
) -> None:
    window = make_window(start=False)
    for week in ("Woche 11", "Woche 12"):
        (tmp_path / week).mkdir()
    monkeypatch.setattr(dialogs, "_last_folder", tmp_path / "Woche 11")
    seen: list[tuple[str, list[str], str]] = []

    def look(dialog: QFileDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.append((dialog.directory().absolutePath(), dialog.selectedFiles(), name.text()))
        return QDialog.DialogCode.Accepted  # Choose at once: the folder chosen last

    monkeypatch.setattr(dialogs, "run", look)
    picked = dialogs.ask_folder(window, "Import a folder of articles")
    ((where, selected, name),) = seen
    assert Path(where) == tmp_path  # beside it, a sibling one click away
    assert name == "Woche 11" and [Path(p) for p in selected] == [tmp_path / "Woche 11"]
    assert picked == tmp_path / "Woche 11"


def test_with_no_folder_chosen_yet_it_opens_at_home(make_window, monkeypatch, qtbot) -> None:
    window = make_window(start=False)
    monkeypatch.setattr(dialogs, "_last_folder", None)
    seen: list[str] = []

    def look(dialog: QFileDialog) -> int:
        seen.append(dialog.directory().absolutePath())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", look)
    assert dialogs.ask_folder(window, "Import a folder of articles") is None
    assert [Path(p) for p in seen] == [Path.home()]
