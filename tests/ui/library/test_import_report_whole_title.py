"""A title the import report cuts ("same article as „Japan–USA schmieden …") can be read whole:
pointed at (the cell's tooltip), and by keyboard — the row the arrows reach shows its details
whole under the table, where Tab reaches them to be read or copied.

Seen walking the German window at 1366 × 768: the Details column ends long titles in "…" (on
purpose, tests/ui/library/test_import_report_elision.py), and from the keyboard there was no way
to read the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reader.core.models import ImportResult, ImportStatus
from reader.ui.library.import_dialogs import ImportReportDialog

LONG = ("Japan und die USA schmieden ein goldenes Bündnis für Rohstoffe, Chips und Verteidigung – und was Europa "
        "daraus lernen kann, wenn Peking die Ausfuhr seltener Erden weiter beschränkt")  # fmt: skip


def _report(qtbot) -> ImportReportDialog:
    results = [ImportResult("/in/kurz.txt", ImportStatus.IMPORTED, source_id=1, title="Kurz"),
               ImportResult("/in/lang.txt", ImportStatus.DUPLICATE, source_id=2, title=LONG)]  # fmt: skip
    dialog = ImportReportDialog(results)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_cut_title_is_in_its_cells_tooltip(qtbot) -> None:
    dialog = _report(qtbot)
    cell = dialog.table.item(0, 2)  # the duplicate comes first
    assert dialog.table.fontMetrics().horizontalAdvance(cell.text()) > dialog.table.columnWidth(2)  # cut
    assert LONG in cell.toolTip()


def test_the_keyboard_reads_the_current_rows_details_whole(qtbot) -> None:
    dialog = _report(qtbot)
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    whole = dialog.findChild(QLabel, "reportCurrent")
    assert whole is not None and whole.isVisible()
    assert LONG in whole.text() and whole.text() == "lang.txt: " + table.item(0, 2).text()
    assert whole.wordWrap() and whole.height() >= whole.heightForWidth(whole.width())  # no line cut off
    assert whole.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert whole.text() == "kurz.txt: Kurz"


def test_the_first_rows_details_show_before_a_key_is_pressed(qtbot) -> None:
    dialog = _report(qtbot)
    assert dialog.findChild(QLabel, "reportCurrent").text() == "lang.txt: " + dialog.table.item(0, 2).text()


NAME = "Bericht_der_Bundesregierung_zur_Lage_der_Kommunalfinanzen_und_Investitionen_2025_Endfassung_v3_final.txt"


def test_a_cut_file_name_is_read_whole_with_its_reason(qtbot) -> None:
    """Walking the German window: a failed file's name was cut in its column
    ("Bericht_der_Bunde…sung_v3_final.txt") and the line under the table said only "kein
    lesbarer Text", not which file; now it says both, and so long a name does not widen the
    dialog (it has no space to wrap at)."""
    results = [ImportResult(f"/in/{NAME}", ImportStatus.ERROR, reason="no readable text"),
               ImportResult(f"/in/{'x' * 400}.txt", ImportStatus.ERROR, reason="no readable text")]  # fmt: skip
    dialog = ImportReportDialog(results)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, whole = dialog.table, dialog.findChild(QLabel, "reportCurrent")
    assert table.fontMetrics().horizontalAdvance(NAME) > table.columnWidth(1)  # cut in its column
    assert whole.text().startswith(NAME + ": ")
    width = dialog.width()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert whole.text().startswith("x" * 400) and dialog.minimumSizeHint().width() <= width
