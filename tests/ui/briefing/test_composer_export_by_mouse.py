"""Export… clicked with the mouse leaves the composer as it was: the click gave the button the
focus, greying it while the briefing was written passed the focus to the items list, and a
list given the focus with no current item makes its first one current — the editor showed the
briefing's heading, which nobody had chosen (seen in a walkthrough)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from reader.core.briefing_model import ItemKind
from reader.ui import dialogs
from reader.ui.briefing.add_menu import create_briefing


def test_a_click_on_export_leaves_the_focus_and_the_chosen_item(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    window.briefings.show(create_briefing(window.session, "Memo"))
    composer = window.briefings.composer()
    composer.add_item(ItemKind.HEADING, "Lage")
    composer.add_item(ItemKind.TEXT, "Erster Gedanke.")
    composer.reload_items()
    composer.items_list.setCurrentRow(-1)
    window.activateWindow()
    window.library.source_view.setFocus()
    qtbot.waitUntil(window.library.source_view.hasFocus)
    target = tmp_path / "Memo.md"
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *_args: target)
    export = next(b for b in composer.findChildren(QPushButton) if b.text().replace("&", "") == "Export…")
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert composer.items_list.currentRow() == -1
    assert QApplication.focusWidget() is window.library.source_view
