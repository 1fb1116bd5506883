"""The library table's model: one row per source, a column per fact, rows fetched a page at a time.

Like the list's model it holds only the ordered ids and asks for `SourceRow`s when a row is
first painted (bounded cache), so 100,000 sources cost one id query. Sorting by a header asks
the pane for the ids in the new order (`resort`), because the order is the database's, not a
sort of loaded rows. Fed by the table view; never queries the store itself.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from reader.core.store import SourceRow
from reader.ui.date_display import short_date

Fetch = Callable[[Sequence[int]], list[SourceRow]]
AnyIndex = QModelIndex | QPersistentModelIndex

SourceIdRole = Qt.ItemDataRole.UserRole + 1
# (key, header): the keys are the store's sort keys, in the order the columns stand.
COLUMNS: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]  # stub: QT_TRANSLATE_NOOP returns its message, typed object
    ("title", QT_TRANSLATE_NOOP("SourceTableModel", "Title")),
    ("outlet", QT_TRANSLATE_NOOP("SourceTableModel", "Outlet")),
    ("author", QT_TRANSLATE_NOOP("SourceTableModel", "Author")),
    ("published", QT_TRANSLATE_NOOP("SourceTableModel", "Published")),
    ("added", QT_TRANSLATE_NOOP("SourceTableModel", "Added")),
    ("highlights", QT_TRANSLATE_NOOP("SourceTableModel", "Highlights")),
    ("note", QT_TRANSLATE_NOOP("SourceTableModel", "Note")),
    ("unread", QT_TRANSLATE_NOOP("SourceTableModel", "Unread")),
)
PAGE_SIZE = 100
CACHE_LIMIT = 5_000


class SourceTableModel(QAbstractTableModel):
    def __init__(self, fetch: Fetch, resort: Callable[[str, bool], None], parent: Any = None) -> None:
        """`resort(key, descending)` is called when the user sorts by a column."""
        super().__init__(parent)
        self._fetch, self._resort = fetch, resort
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._cache: OrderedDict[int, SourceRow | None] = OrderedDict()

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {source_id: row for row, source_id in enumerate(self._ids)}
        self._cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Forget every loaded row and repaint (metadata, counts or read state changed)."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, source_id: int) -> int | None:
        return self._rows.get(source_id)

    def source_row(self, row: int) -> SourceRow | None:
        source_id = self._ids[row]
        if source_id not in self._cache:
            start = row - row % PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
            found = {r.id: r for r in self._fetch(page)}
            for page_id in page:
                self._cache[page_id] = found.get(page_id)
            while len(self._cache) > CACHE_LIMIT:
                self._cache.popitem(last=False)
        return self._cache.get(source_id)

    # -- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section][1])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._resort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == SourceIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole):  # fmt: skip
            return None
        row = self.source_row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.FontRole:
            return _font(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            centred = key in ("highlights", "note", "unread")
            return int(Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        text = self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if key == "title" else text or None
        return text

    def _text(self, row: SourceRow, key: str) -> str:
        values = {
            "title": row.title,
            "outlet": row.outlet or row.agency or "",  # a wire report its agency, as its list row
            "author": row.author or "",
            "published": short_date(row.published[:10]) if row.published else "",
            "added": short_date(row.imported_at[:10]),
            "highlights": str(row.highlight_count) if row.highlight_count else "",
            "note": "✎" if row.has_note else "",
            "unread": "●" if row.unread else "",
        }
        return values[key]


def _font(row: SourceRow, key: str) -> QFont | None:
    if key != "title" or not (row.unread or row.title_derived):
        return None
    font = QFont()
    font.setBold(row.unread)  # as in the list: unread bold, a made-up title in italics
    font.setItalic(row.title_derived)
    return font
