"""File ▸ Export…: the tag and saved-search lists next to their choices.

Seen in the window: with no tags the "Sources tagged" choice was greyed but its list beside it
looked open; and a tag picked from the list while "Selected sources" stayed checked exported
the selection, not the tag.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.importer import import_paths
from reader.core.store import SavedSearch, Store
from reader.ui.export.dialog import ExportDialog
from reader.ui.session import Session

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_an_empty_list_is_greyed_with_its_choice(qtbot, tmp_path: Path) -> None:
    dialog = ExportDialog(Session(Store.open(tmp_path / "library.sqlite")))
    qtbot.addWidget(dialog)
    for radio, combo in ((dialog.tag_radio, dialog.tag_combo), (dialog.saved_radio, dialog.saved_combo)):
        assert not radio.isEnabled() and not combo.isEnabled()
    assert dialog.all_radio.isChecked()


def test_picking_from_a_list_chooses_its_row(qtbot, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "library.sqlite")
    import_paths(store, sorted(SEEDS.glob("*.txt"))[:3], workers=1)
    store.tags.add([1, 3], "Japan")
    store.tags.add([2], "USA")
    store.saved_searches.add(SavedSearch(id=0, name="Chips", query="Halbleiter"))
    store.saved_searches.add(SavedSearch(id=0, name="Energie", query="LNG"))
    dialog = ExportDialog(Session(store), selected_ids=[1])
    qtbot.addWidget(dialog)
    assert dialog.selection_radio.isChecked() and dialog.tag_combo.isEnabled()
    qtbot.keyClick(dialog.tag_combo, Qt.Key.Key_Down)  # the next tag, chosen by keyboard
    assert dialog.tag_radio.isChecked() and dialog.chosen() == ([2], "USA")
    qtbot.keyClick(dialog.saved_combo, Qt.Key.Key_Down)
    assert dialog.saved_radio.isChecked() and dialog.chosen()[1] == "Energie"


def test_enter_after_typing_the_folder_exports(qtbot, tmp_path: Path, monkeypatch) -> None:
    """Seen in the window: a folder typed and Enter opened the folder picker (Browse… was the
    default button) instead of exporting into the folder typed."""
    from reader.ui import dialogs

    store = Store.open(tmp_path / "library.sqlite")
    import_paths(store, sorted(SEEDS.glob("*.txt"))[:1], workers=1)
    picked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_folder", lambda *args: picked.append("asked"))
    dialog = ExportDialog(Session(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.folder_edit.setFocus()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "vault"))
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):  # the worker writes
        qtbot.keyClick(dialog.folder_edit, Qt.Key.Key_Return)
    assert picked == [] and list((tmp_path / "vault").glob("*.md")), dialog.result_label.text()
