"""The bin's tests' common steps: sources deleted as the window deletes them (an undo step
each), the dialog opened, its titles read top to bottom, a heading clicked, and the purge
question answered without a click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from reader.ui.library.bin_dialog import BinDialog

TOKYO = "Japan ist bereits der engste asiatische Verbündete der USA"


def binned(window, *titles: str) -> list[int]:
    store = window.session.store
    ids = [next(s.id for s in store.sources.list() if s.title == title) for title in titles]
    for source_id in ids:
        window.session.perform("Delete", lambda i=source_id: store.sources.delete(i),
                               lambda i=source_id: store.sources.undelete(i))  # fmt: skip
    return ids


def opened(qtbot, window) -> BinDialog:
    dialog = BinDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_titles(dialog: BinDialog) -> list[str]:
    """The titles the list shows, top to bottom (as sorted)."""
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def click_heading(qtbot, dialog: BinDialog, column: int) -> None:
    header = dialog.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)


def answer(monkeypatch, button: QMessageBox.StandardButton, asked: list[QMessageBox]) -> None:
    def run(box):
        asked.append(box)
        return button

    monkeypatch.setattr("reader.ui.dialogs.run", run)
