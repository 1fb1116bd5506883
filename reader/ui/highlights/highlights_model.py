"""The cross-source highlights as a two-level tree: groups (a source or a label) and highlights.

Fed with core `HighlightGroup`s by the Highlights view (`set_groups`); it reads nothing from the
store but the paragraph numbers of the rows a view shows (`paragraphs`, asked a block of rows
at a time), so `qtmodeltester` checks it without a database. The rows stay the core's plain
tuples and every cell is worked out when the view asks for it: at 10,000 highlights a
QStandardItem for each cell (55,000) took 358 ms to build at every filter, with the window
frozen; a view asks only for the rows it paints.

The tree's shape (which rows, under which group) is a `QStandardItemModel`'s, answered in C++:
a tree view lays out every row at every filling and theme, asking each row's index and flags,
and answered in Python those questions took 55-60 ms at 10,000 highlights; answered by Qt, 3.
Only the groups have items (five cells each, so that a group row is neither dragged nor
edited); a highlight row is a place in its group's table with no item, whose flags are Qt's for
an empty cell: selectable, draggable, and editable, which the view never asks for (it edits
nothing). The cells' text, colours and tooltips are `data`'s, from the plain rows.

A highlight row's `QModelIndex` points at its group's item, which the next filling deletes:
kept across `set_groups` it reads freed memory (another row's highlight, or a crash). What
must outlive a filling keeps a row's key (`tree_place`), the highlight ids (B's menu, a drag)
or a `QPersistentModelIndex`, which the filling makes invalid.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

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
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HighlightsModel(QStandardItemModel):
    def __init__(self, label_name: Callable[[str], str], label_icon: Callable[[str], QIcon],
                 paragraphs: Callable[[Sequence[int]], dict[int, int | None]],
                 parent: QObject | None = None) -> None:  # fmt: skip
        """`label_icon` gives a label's colour, shown beside its name: the colour is what the
        highlight means in the article, and the Label column named it in words alone.
        `paragraphs` gives the paragraph numbers of highlights by id (the store's)."""
        super().__init__(0, len(COLUMNS), parent)
        self._label_name = label_name
        self._label_icon = label_icon
        self._paragraphs = paragraphs
        self._groups: list[HighlightGroup] = []
        self._firsts: list[int] = []  # each group's first highlight, counted over the whole list
        self._ids: list[int] = []  # the highlights in the order shown
        self._found: dict[int, int | None] = {}  # paragraph numbers asked for so far
        self._titles: list[str] | None = None  # the longest source titles listed, once asked for
        self._bold = QFont()
        self._bold.setBold(True)

    def set_groups(self, groups: Sequence[HighlightGroup]) -> None:
        """The list filled again, as one reset. (Qt's signals for the rows taken out and put in
        are held back meanwhile: a tree told of them laid its rows out again for each.)"""
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            root, cell = self.invisibleRootItem(), QStandardItem()
            cell.setFlags(_GROUP_FLAGS)
            for group in groups:
                head = cell.clone()
                head.setColumnCount(len(COLUMNS))
                head.setRowCount(len(group.rows))  # places for its highlights, no items
                root.appendRow([head, *(cell.clone() for _column in COLUMNS[1:])])
        finally:
            self.blockSignals(False)
        self._groups = list(groups)
        self._firsts = list(itertools.accumulate((len(g.rows) for g in self._groups[:-1]), initial=0))
        self._ids = [row.highlight_id for group in self._groups for row in group.rows]
        self._found = {}  # a highlight's paragraph moves when its article is edited
        self._titles = None
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
        cut, the column fitted to the rows first shown). The titles are picked once a filling:
        a theme refits the columns dozens of times, and picking took a millisecond each."""
        if column == LABEL_COLUMN:
            return [self._label_name(key) for key in LABEL_KEYS], True
        if column == SOURCE_COLUMN:
            if self._titles is None:
                titles = {row.source_title for group in self._groups for row in group.rows}
                self._titles = heapq.nlargest(LONGEST_TITLES, titles, key=len)
            return list(self._titles), False
        return (["999"], False) if column == PARAGRAPH_COLUMN else ([], False)

    # -- the cells ---------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.parent()
        if not group.isValid():
            return self._group_data(self._groups[index.row()], index.column(), role)
        row = self._groups[group.row()].rows[index.row()]
        if role == HighlightIdRole:
            return row.highlight_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.column(), row, self._firsts[group.row()] + index.row())
        if role == Qt.ItemDataRole.DecorationRole and index.column() == LABEL_COLUMN:
            return self._label_icon(row.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            quote = " ".join(row.exact.split())
            return quote + ("\n\n" + self.tr("Annotation: %1").replace("%1", row.annotation) if row.annotation else "")
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

    def _text(self, column: int, row: HighlightRow, at: int) -> str:
        """Cell `column` of `row`, the `at`th highlight listed."""
        if column == 0:
            return cut_to(" ".join(row.exact.split()), QUOTE_CHARS)
        if column == ANNOTATION_COLUMN:
            return cut_to(" ".join(row.annotation.split()), QUOTE_CHARS)
        if column == LABEL_COLUMN:
            return self._label_name(row.label)
        if column == SOURCE_COLUMN:
            return row.source_title
        paragraph = self._paragraph(at)
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

    def supportedDropActions(self) -> Qt.DropAction:
        """Copied only, as by any list of Qt's but this one's base: a highlight dragged into the
        briefing composer as a move would have the view take its row out of the list."""
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [HIGHLIGHTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Dragged highlights (group rows carry none), for the briefing composer to take."""
        ids = [i.data(HighlightIdRole) for i in indexes]
        return highlights_mime(i for i in ids if i is not None)
