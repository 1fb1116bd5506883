"""The import report cuts a long title at its end, a long file name in its middle.

Seen after importing a folder: "same article as “…en „Goldenes Bündnis““" — the Details
column was cut in the middle like the file names, so the title lost its start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from reader.core.models import ImportResult, ImportStatus
from reader.ui.library.import_dialogs import ImportReportDialog

TITLE = "Japan–USA schmieden „Goldenes Bündnis“ für Rohstoffe, Chips und Verteidigung"


def elision(dialog: ImportReportDialog, column: int) -> Qt.TextElideMode:
    table = dialog.table
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.textElideMode = table.textElideMode()
    table.itemDelegateForIndex(table.model().index(0, column)).initStyleOption(option, table.model().index(0, column))
    return option.textElideMode


def test_titles_are_cut_at_their_end_file_names_in_their_middle(qtbot) -> None:
    results = [ImportResult("/tmp/000_d259bef84eb4a67d6b1c7e0f.txt", ImportStatus.DUPLICATE, title=TITLE)]
    dialog = ImportReportDialog(results)
    qtbot.addWidget(dialog)
    assert elision(dialog, 2) == Qt.TextElideMode.ElideRight
    assert elision(dialog, 1) == Qt.TextElideMode.ElideMiddle
