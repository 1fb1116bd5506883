"""Scrolling the article to a passage (a highlight, an entity's mention, a search hit) without
cutting the title.

The passage goes a third down the page rather than to its edge. For a passage in the first
screen or so that left the title half scrolled away: its top line cut off right under the
"Similar to #2 …" strip, which then looked as if it lay over the title. Now the title is either
whole — the page from its top, when the passage is in view there too — or out of view, the
text starting under the strip as it does below the title.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget


def clear_of_header(wanted: int, passage_bottom: int, header_bottom: int, viewport: int) -> int:
    """The scroll value for `wanted` that cuts no line of the header; all in page coordinates.

    `header_bottom` is where the header ends on the page, `passage_bottom` where the passage
    does, `viewport` the height of the view."""
    if wanted <= 0 or wanted >= header_bottom:
        return max(0, wanted)
    if passage_bottom <= viewport:
        return 0  # the title and the passage both in view: the page from its top
    return header_bottom  # the title out of view; the passage is lower, so still on screen


def bring_into_view(view: QTextEdit, header: QWidget, start: int, end: int) -> None:
    """Scroll `view` so the text between the Qt positions `start` and `end` is a third down."""
    bar = view.verticalScrollBar()
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(start)
    last.setPosition(end)
    page = bar.value()  # view → page coordinates
    wanted = page + view.cursorRect(first).top() - view.viewport().height() // 3
    header_bottom = page + header.geometry().bottom() + 1 if header.isVisible() else 0
    bar.setValue(clear_of_header(wanted, page + view.cursorRect(last).bottom(), header_bottom, view.viewport().height()))
