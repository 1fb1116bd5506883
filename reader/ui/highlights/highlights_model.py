"""The cross-source highlights as a two-level tree: groups (a source or a label) and highlights.

Fed with core `HighlightGroup`s by the Highlights view (`set_groups`); it never queries the
store, so `qtmodeltester` checks it without a database. A QStandardItemModel is enough here:
the view shows the filtered highlights, hundreds rather than the library's hundred thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

from reader.core.store import HighlightGroup, HighlightRow
from reader.ui.briefing.drag import HIGHLIGHTS_MIME, highlights_mime
from reader.ui.one_ellipsis import cut_to

HighlightIdRole = Qt.ItemDataRole.UserRole + 1  # None on group rows
GroupRole = Qt.ItemDataRole.UserRole + 2  # a group row's key (source id or label); None on highlights
# (PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns its message, a str.)
COLUMNS: tuple[str, ...] = (QT_TRANSLATE_NOOP("HighlightsModel", "Highlight"), QT_TRANSLATE_NOOP("HighlightsModel", "Annotation"),  # type: ignore[assignment]
           QT_TRANSLATE_NOOP("HighlightsModel", "Label"), QT_TRANSLATE_NOOP("HighlightsModel", "Source"),
           "¶")  # fmt: skip
ANNOTATION_COLUMN, SOURCE_COLUMN = 1, 3
QUOTE_CHARS = 160  # a row shows the start of a long quote; the tooltip has all of it


class HighlightsModel(QStandardItemModel):
    def __init__(self, label_name: Callable[[str], str], label_icon: Callable[[str], QIcon],
                 parent: QObject | None = None) -> None:  # fmt: skip
        """`label_icon` gives a label's colour, shown beside its name: the colour is what the
        highlight means in the article, and the Label column named it in words alone."""
        super().__init__(0, len(COLUMNS), parent)
        self._label_name = label_name
        self._label_icon = label_icon
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])

    def set_groups(self, groups: Sequence[HighlightGroup]) -> None:
        self.removeRows(0, self.rowCount())
        for group in groups:
            head = QStandardItem(f"{group.title}  ({len(group.rows)})")
            bold = QFont()
            bold.setBold(True)
            head.setFont(bold)
            head.setData(group.key, GroupRole)
            head.setEditable(False)
            head.setDragEnabled(False)
            for row in group.rows:
                head.appendRow(self._row(row))
            self.appendRow([head] + [self._blank() for _ in COLUMNS[1:]])

    def _row(self, row: HighlightRow) -> list[QStandardItem]:
        quote = " ".join(row.exact.split())
        shown = cut_to(quote, QUOTE_CHARS)
        note = " ".join(row.annotation.split())
        cells = [
            QStandardItem(shown),
            QStandardItem(cut_to(note, QUOTE_CHARS)),
            QStandardItem(self._label_icon(row.label), self._label_name(row.label)),
            QStandardItem(row.source_title),
            QStandardItem("" if row.paragraph is None else str(row.paragraph)),
        ]
        tip = quote + ("\n\n" + self.tr("Note: %1").replace("%1", row.annotation) if row.annotation else "")
        for cell in cells:
            cell.setEditable(False)
            cell.setData(row.highlight_id, HighlightIdRole)
            cell.setToolTip(tip)
        return cells

    def mimeTypes(self) -> list[str]:
        return [HIGHLIGHTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Dragged highlights (group rows carry none), for the briefing composer to take."""
        ids = [i.data(HighlightIdRole) for i in indexes]
        return highlights_mime(i for i in ids if i is not None)

    @staticmethod
    def _blank() -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        return item
