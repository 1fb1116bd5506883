"""The user's place in All highlights, kept while its list is filled again.

The list is rebuilt from the store after every tag or highlight change (`Ctrl+Z`, a source
tagged in the library, a label changed) and every filter: rebuilt, it had nothing selected and
stood scrolled to the top, so the highlight the user was gathering quotes around was gone from
view. `Place.of` notes the selected rows, the current one, the row it is seen at (the current
one when in view, else the top row) and the groups folded away; `restore` puts them back on
the rebuilt list wherever they are still listed. A current row no longer listed gives its
place to its neighbour, as a list does when its row is deleted: the next highlight, or the one
before at the end. Rows are known by their highlight id, a group row by its key (source or label);
the model lists the keys and finds the rows of those it is asked for, so 10,000 rows are walked
as plain tuples, not as 10,000 model indexes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from reader.ui.highlights.highlights_model import GroupRole, HighlightIdRole, HighlightsModel, Key


def key_of(index: QModelIndex) -> Key | None:
    first = index.siblingAtColumn(0)
    highlight = first.data(HighlightIdRole)
    if highlight is not None:
        return ("h", highlight)
    group = first.data(GroupRole)
    return ("g", group) if group is not None else None


def model_of(tree: QTreeView) -> HighlightsModel:
    model = tree.model()
    assert isinstance(model, HighlightsModel)
    return model


@dataclass(frozen=True)
class Place:
    order: list[Key]  # every row as shown, to find a gone row's neighbour
    selected: list[Key]
    current: Key | None
    anchor: Key | None  # the row whose height in the viewport is kept
    anchor_top: int
    current_in_view: bool
    collapsed: frozenset[object]  # keys of the groups folded away

    @classmethod
    def of(cls, tree: QTreeView) -> Place:
        model = model_of(tree)
        order = list(model.keys())
        selected = [k for k in (key_of(i) for i in tree.selectionModel().selectedRows(0)) if k is not None]
        current_index = tree.currentIndex()
        current = key_of(current_index) if current_index.isValid() else None
        viewport = tree.viewport().rect()
        in_view = current is not None and viewport.intersects(tree.visualRect(current_index))
        anchor_index = current_index if in_view else tree.indexAt(QPoint(1, 1))
        anchor = key_of(anchor_index) if anchor_index.isValid() else None
        top = tree.visualRect(anchor_index).top() if anchor is not None else 0
        heads = (model.index(group, 0) for group in range(model.rowCount()))
        collapsed = frozenset(head.data(GroupRole) for head in heads if not tree.isExpanded(head))
        return cls(order, selected, current, anchor, top, in_view, collapsed)

    def neighbour(self, key: Key, listed: set[Key], among: list[Key] | None = None) -> Key | None:
        """`key` if still listed, else the row that takes its place: the next one of its kind
        (highlight or group) still listed, or the nearest before it (`among`: only these)."""
        if key in listed:
            return key
        if key not in self.order:
            return None
        at = self.order.index(key)
        after, before = self.order[at + 1:], reversed(self.order[:at])
        for candidate in [*after, *before]:
            if candidate[0] == key[0] and candidate in listed and (among is None or candidate in among):
                return candidate
        return None

    def restore(self, tree: QTreeView) -> None:
        """Select, make current and scroll to the rows of this place on the rebuilt `tree`."""
        model = model_of(tree)
        listed = set(model.keys())
        anchor = None
        if self.anchor is not None and not self.current_in_view:
            anchor = self.neighbour(self.anchor, listed)
        kept = [key for key in self.selected if key in listed]
        current = None
        if self.current is not None:
            current = (self.neighbour(self.current, listed, kept) if kept
                       else self.neighbour(self.current, listed))  # fmt: skip
            kept = kept or ([current] if current is not None else [])
        if self.current_in_view:
            anchor = current
        folded = {("g", group) for group in self.collapsed}
        found = model.indexes_of(folded | set(kept) | {key for key in (current, anchor) if key is not None})
        for key in folded & found.keys():
            tree.collapse(found[key])
        if kept or current is not None:
            selection = QItemSelection()
            for key in kept:
                selection.select(found[key], found[key].siblingAtColumn(model.columnCount() - 1))
            chosen = tree.selectionModel()
            Flag = QItemSelectionModel.SelectionFlag
            if current is not None:
                chosen.setCurrentIndex(found[current], Flag.NoUpdate)
            chosen.select(selection, Flag.ClearAndSelect)
        self._scroll(tree, found.get(anchor) if anchor is not None else None, found.get(current) if current is not None else None)

    def _scroll(self, tree: QTreeView, anchor: QModelIndex | None, current: QModelIndex | None) -> None:
        """The anchor row (or the row that took its place) back at its height in the viewport;
        the current row in view if it was."""
        if anchor is not None:
            rect = tree.visualRect(anchor)
            moved = rect.top() - self.anchor_top
            if tree.verticalScrollMode() is QAbstractItemView.ScrollMode.ScrollPerItem:
                moved = round(moved / max(1, rect.height()))
            bar = tree.verticalScrollBar()
            bar.setValue(bar.value() + moved)
        if current is not None and self.current_in_view:
            tree.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
