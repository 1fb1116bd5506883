"""The library list keeps its place when another process changed the library.

A reload puts the current source back and scrolls to it (`LibraryPane.show_listing`): right
after the user's own edit, which is about that source. A change from a terminal is about
something else: the list the user had scrolled through jumped back to the chosen row, or by a
row for each source imported above. Here the first source in view stays first in view, to the
pixel, as long as it is still listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView

from reader.ui.library.source_model import SourceIdRole, SourceListModel


@contextmanager
def kept_place(view: QAbstractItemView, model: SourceListModel, keep: bool) -> Iterator[None]:
    """Around a reload of `view`: with `keep`, the source first in view stays there."""
    top = view.indexAt(QPoint(1, 1)) if keep else None
    if top is None or not top.isValid():
        yield
        return
    source, offset = top.data(SourceIdRole), view.visualRect(top).top()
    yield
    row = model.row_of(source)
    if row is not None:
        view.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() - offset)
