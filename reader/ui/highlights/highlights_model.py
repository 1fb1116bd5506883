"""The cross-source highlights as a two-level tree: groups (a source or a label) and highlights.

Fed with core `HighlightGroup`s by the Highlights view (`set_groups`); it reads nothing from the
store but the paragraph numbers of the rows a view shows (`paragraphs`, asked a block of rows
at a time), so `qtmodeltester` checks it without a database. The rows stay the core's plain
tuples and every cell is worked out when the view asks for it: at 10,000 highlights a
QStandardItem for each cell (55,000) took 358 ms to build at every filter, with the window
frozen; a view asks only for the rows it paints.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from reader.core.labels import LABEL_KEYS
from reader.core.store import HighlightGroup, HighlightRow
from reader.ui.briefing.drag import HIGHLIGHTS_MIME, highlights_mime
from reader.ui.one_ellipsis import cut_to

HighlightIdRole = Qt.ItemDataRole.UserRole + 1  # None on group rows
GroupRole = Qt.ItemDataRole.UserRole + 2  # a group row's key (source id or label); None on highlights
# (PySide6's stub types QT_TRANSLATE_NOOP as returning object; it returns its message, a str.)
COLUMNS: tuple[str, ...] = (QT_TRANSLATE_NOOP("HighlightsModel", "Highlight"), QT_TRANSLATE_NOOP("HighlightsModel", "Annotation"),  # type: ignore[assignment]
           QT_TRANSLATE_NOOP("HighlightsModel", "Label"), QT_TRANSLATE_NOOP("HighlightsModel", "Source"),
           "¶")  # fmt: skip
ANNOTATION_COLUMN, LABEL_COLUMN, SOURCE_COLUMN, PARAGRAPH_COLUMN = 1, 2, 3, 4
QUOTE_CHARS = 160  # a row shows the start of a long quote; the tooltip has all of it
PARAGRAPH_BLOCK = 200  # rows whose paragraph numbers are asked for together
LONGEST_TITLES = 5  # source titles the Source column is measured for beyond the rows in view
Key = tuple[str, object]  # ("h", highlight id) or ("g", group key): a row as the user's place knows it
Index = QModelIndex | QPersistentModelIndex
_GROUP = 0  # internal id of a group row; a highlight's is its group's number + 1
# (Combined once: a tree laid out whole asks every row's flags, and `|` on Qt's flags is slow.
# Told that a highlight never has children, the tree does not ask each of 10,000 rows for them.)
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_HIGHLIGHT_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren


class HighlightsModel(QAbstractItemModel):
    def __init__(self, label_name: Callable[[str], str], label_icon: Callable[[str], QIcon],
                 paragraphs: Callable[[Sequence[int]], dict[int, int | None]],
                 parent: QObject | None = None) -> None:  # fmt: skip
        """`label_icon` gives a label's colour, shown beside its name: the colour is what the
        highlight means in the article, and the Label column named it in words alone.
        `paragraphs` gives the paragraph numbers of highlights by id (the store's)."""
        super().__init__(parent)
        self._label_name = label_name
        self._label_icon = label_icon
        self._paragraphs = paragraphs
        self._groups: list[HighlightGroup] = []
        self._firsts: list[int] = []  # each group's first highlight, counted over the whole list
        self._ids: list[int] = []  # the highlights in the order shown
        self._found: dict[int, int | None] = {}  # paragraph numbers asked for so far
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: Sequence[HighlightGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._firsts = list(itertools.accumulate((len(g.rows) for g in self._groups[:-1]), initial=0))
        self._ids = [row.highlight_id for group in self._groups for row in group.rows]
        self._found = {}  # a highlight's paragraph moves when its article is edited
        self.endResetModel()

    # -- the user's place, by key --------------------------------------------------------------

    def keys(self) -> Iterator[Key]:
        """Every row's key, groups and their highlights in the order shown."""
        for group in self._groups:
            yield ("g", group.key)
            for row in group.rows:
                yield ("h", row.highlight_id)

    def shown_ids(self) -> list[int]:
        return list(self._ids)

    def indexes_of(self, keys: set[Key]) -> dict[Key, QModelIndex]:
        """The rows of those `keys` still listed, each found in one walk over the rows."""
        found: dict[Key, QModelIndex] = {}
        for number, group in enumerate(self._groups):
            head = self.index(number, 0)
            if ("g", group.key) in keys:
                found[("g", group.key)] = head
            for row_number, row in enumerate(group.rows):
                if ("h", row.highlight_id) in keys:
                    found[("h", row.highlight_id)] = self.index(row_number, 0, head)
        return found

    def widest(self, column: int) -> tuple[list[str], bool]:
        """What `column` may have to hold in rows out of view, and whether beside a colour:
        every label's name, a paragraph number of three digits, the longest source titles
        listed (by their letters: measured, every title of 10,000 rows would cost what the
        fitting saves; without them, grouped by label, a longer title scrolled into view was
        cut, the column fitted to the rows first shown)."""
        if column == LABEL_COLUMN:
            return [self._label_name(key) for key in LABEL_KEYS], True
        if column == SOURCE_COLUMN:
            titles = {row.source_title for group in self._groups for row in group.rows}
            return heapq.nlargest(LONGEST_TITLES, titles, key=len), False
        return (["999"], False) if column == PARAGRAPH_COLUMN else ([], False)

    # -- the tree ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt's signature)
        """(The bounds checked here, not by `hasIndex`: a tree laid out whole asks for every
        row's index, and each of hasIndex's calls back into Python costs.)"""
        if not 0 <= column < len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if row < len(self._groups) else QModelIndex()
        group = parent.row()
        if parent.internalId() != _GROUP or parent.column() != 0 or row >= len(self._groups[group].rows):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == _GROUP else _HIGHLIGHT_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self._groups[index.internalId() - 1].rows[index.row()]
        if role == HighlightIdRole:
            return row.highlight_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index, row)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == LABEL_COLUMN:
            return self._label_icon(row.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            quote = " ".join(row.exact.split())
            return quote + ("\n\n" + self.tr("Note: %1").replace("%1", row.annotation) if row.annotation else "")
        return None

    def _group_data(self, group: HighlightGroup, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{group.title}  ({len(group.rows)})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == GroupRole:
            return group.key
        return None

    def _text(self, index: Index, row: HighlightRow) -> str:
        column = index.column()
        if column == 0:
            return cut_to(" ".join(row.exact.split()), QUOTE_CHARS)
        if column == ANNOTATION_COLUMN:
            return cut_to(" ".join(row.annotation.split()), QUOTE_CHARS)
        if column == LABEL_COLUMN:
            return self._label_name(row.label)
        if column == SOURCE_COLUMN:
            return row.source_title
        paragraph = self._paragraph(self._firsts[index.internalId() - 1] + index.row())
        return "" if paragraph is None else str(paragraph)

    def _paragraph(self, at: int) -> int | None:
        """The paragraph number of the `at`th highlight listed, asked for with those of the
        rows around it (one query for a screenful and more, whatever the groups)."""
        highlight_id = self._ids[at]
        if highlight_id not in self._found:
            first = at - at % PARAGRAPH_BLOCK
            self._found.update(self._paragraphs(self._ids[first:first + PARAGRAPH_BLOCK]))
            self._found.setdefault(highlight_id, None)  # deleted meanwhile: not asked again
        return self._found[highlight_id]

    # -- dragging ----------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [HIGHLIGHTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Dragged highlights (group rows carry none), for the briefing composer to take."""
        ids = [i.data(HighlightIdRole) for i in indexes]
        return highlights_mime(i for i in ids if i is not None)
