"""The bin's tests' common steps: sources deleted as the window deletes them (an undo step
each), the dialog opened, and the purge question answered without a click."""

from __future__ import annotations

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


def answer(monkeypatch, button: QMessageBox.StandardButton, asked: list[QMessageBox]) -> None:
    def run(box):
        asked.append(box)
        return button

    monkeypatch.setattr("reader.ui.dialogs.run", run)
