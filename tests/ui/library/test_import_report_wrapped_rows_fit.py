"""A failed file's reason that wraps in the import report gets the height of all its lines,
with the room above and below a one-line row has; seen squeezed to the text's bare height
(first and last line touching the rows around them, cut where the font's line spacing is more
than its height). A long reason at the dialog's default width, shown as the window shows it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from reader.core.models import ImportResult, ImportStatus
from reader.ui.library.import_dialogs import ImportReportDialog

REASON = ("the page holds no article text: it is a list of links and headings with no paragraph of its own, "
          "as a site's front page or a search result is; save the article's own page instead")  # fmt: skip


def _lines(table, row: int) -> int:
    """How many lines the Details cell's text takes where it is painted (the style's text
    rectangle, less the margin it keeps each side), wrapped at words as Qt wraps it."""
    index = table.model().index(row, 2)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table).width() - 2 * margin
    metrics = table.fontMetrics()
    bound = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, option.text)
    return round(bound.height() / metrics.height())


def test_a_wrapped_reason_has_all_its_lines_and_a_rows_room(qtbot) -> None:
    results = [ImportResult("/tmp/Startseite_Handelsblatt_Wirtschaft_und_Finanzen.html", ImportStatus.ERROR, reason=REASON),
               ImportResult("/tmp/leer.txt", ImportStatus.ERROR, reason="empty file")]  # fmt: skip
    dialog = ImportReportDialog(results)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    metrics = table.fontMetrics()
    wrapped = next(r for r in range(2) if table.item(r, 2).text().startswith("the page"))
    one_line = 1 - wrapped
    assert _lines(table, wrapped) >= 2 and _lines(table, one_line) == 1
    room = table.rowHeight(one_line) - metrics.height()  # above and below one line
    assert table.rowHeight(wrapped) >= _lines(table, wrapped) * metrics.lineSpacing() + room
    dialog.resize(560, dialog.height())  # narrower: more lines, a taller row
    qtbot.waitUntil(lambda: table.rowHeight(wrapped) >= _lines(table, wrapped) * metrics.lineSpacing() + room)
