"""Two files of one import with the same name are told apart in the report: by their path below
the folder they share, in the row and in the line under the table the keyboard reads.

Seen importing a folder whose subfolders each held an `empty.txt` (and, as often, a saved
site's `index.html` per year): the report said "empty.txt — empty file" twice and only the
mouse's tooltip said which. A real folder goes through the real importer into a real library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.ui.library.import_dialogs import ImportReportDialog

ARTICLE = "Zölle auf Stahl steigen\n\nDie Regierung kündigte am Montag höhere Zölle auf Stahl an, die Industrie ist besorgt.\n"


def _report(qtbot, tmp_path: Path) -> ImportReportDialog:
    folder = tmp_path / "Artikel"
    for year in ("2024", "2025"):
        (folder / year).mkdir(parents=True)
        (folder / year / "empty.txt").write_bytes(b"")
    (folder / "2025" / "zoelle.txt").write_text(ARTICLE, encoding="utf-8")
    store = Store.open(tmp_path / "library.sqlite")
    results = import_paths(store, [str(folder)])
    store.close()
    dialog = ImportReportDialog(results)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: ImportReportDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(row, column).text() for column in range(3)] for row in range(table.rowCount())]


def test_files_of_one_name_are_named_by_their_folder(qtbot, tmp_path: Path) -> None:
    rows = _rows(_report(qtbot, tmp_path))
    assert sorted(rows[:2]) == [["Failed", "2024/empty.txt", "empty file"], ["Failed", "2025/empty.txt", "empty file"]]
    assert rows[2][:2] == ["Imported", "zoelle.txt"]  # a name of its own stays a name


def test_the_keyboard_reads_which_one_failed(qtbot, tmp_path: Path) -> None:
    dialog = _report(qtbot, tmp_path)
    dialog.table.setFocus()
    seen = {dialog.current.text()}
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    seen.add(dialog.current.text())
    assert seen == {"2024/empty.txt: empty file", "2025/empty.txt: empty file"}
