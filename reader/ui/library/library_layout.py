"""Where everything in the library pane sits, and the order Tab visits it in.

The pane is one column: the search row (the sort order goes under the box when narrow), the
status line, "Did you mean", then a splitter whose top is the list (or the search results in
its place) and whose bottom scrolls: tags, saved searches, filters. `library_pane` decides what
is listed; this only where it shows, so a new control changes one place. Its words stay in the
LibraryPane context, where they were translated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.ui.library.search_row import SearchRow
from reader.ui.scroll_block import ListFirstSplitter, scrolling

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane


def lay_out(pane: LibraryPane) -> ListFirstSplitter:
    """Place the pane's parts (made before) in it; the splitter between the list and the tags."""
    top = SearchRow(pane.search_box, pane.sort_box)  # the sort order goes under it when narrow
    tags_header = QLabel(QCoreApplication.translate("LibraryPane", "Tags"), pane)
    tags_header.setObjectName("paneHeading")
    tags_box = QWidget(pane)
    tags_layout = QVBoxLayout(tags_box)
    tags_layout.setContentsMargins(10, 6, 10, 0)
    tags_layout.setSpacing(2)
    tags_layout.addWidget(tags_header)
    tags_layout.addWidget(pane.tag_view)
    tags_layout.addWidget(pane.saved.heading)
    tags_layout.addWidget(pane.saved.view)
    tags_layout.addWidget(pane.filters)
    # Tab goes down the pane as it reads: search (its "Did you mean"), sort, list, tags, saved
    # searches, filters.
    chain = (pane.search_box, pane.suggestion, pane.sort_box, pane.source_view, pane.results_view,
             pane.tag_view, pane.saved.view, pane.filters)  # fmt: skip
    for before, after in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, after)
    splitter = ListFirstSplitter(pane, pane.source_view)
    splitter.addWidget(pane.list_stack)
    splitter.addWidget(scrolling(tags_box, pane))
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 0)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addLayout(top)
    layout.addWidget(pane.status)
    layout.addWidget(pane.stale)  # under a refused search's reason: whose the greyed list is
    layout.addWidget(pane.suggestion)  # "Did you mean …", when a search finds little
    layout.addWidget(splitter, 1)
    return splitter
