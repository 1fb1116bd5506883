"""The notes pane's list of a source's highlights, fed with core Highlight rows in text order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from reader.core.models import AnchorStatus, Highlight
from reader.ui.briefing.drag import HIGHLIGHTS_MIME, highlights_mime

Index = QModelIndex | QPersistentModelIndex


class HighlightListModel(QAbstractListModel):
    HighlightRole = Qt.ItemDataRole.UserRole + 1  # the Highlight itself
    OrphanedRole = Qt.ItemDataRole.UserRole + 4  # True when its words were not found again

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Highlight] = []

    def set_rows(self, highlights: list[Highlight]) -> None:
        self.beginResetModel()
        self._rows = list(highlights)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        highlight = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return highlight.exact
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{highlight.exact}\n\n{highlight.annotation}".strip()
        return {
            self.HighlightRole: highlight,
            self.OrphanedRole: highlight.anchor_status is AnchorStatus.ORPHANED,
        }.get(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [HIGHLIGHTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Dragged highlights, for the briefing composer to take."""
        return highlights_mime(self._rows[i.row()].id for i in indexes if 0 <= i.row() < len(self._rows))

    def highlight(self, row: int) -> Highlight | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, highlight_id: int) -> int | None:
        for row, highlight in enumerate(self._rows):
            if highlight.id == highlight_id:
                return row
        return None
