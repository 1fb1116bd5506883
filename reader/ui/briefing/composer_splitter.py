"""The composer's list, editor and preview, one above the other: the list keeps room for the
briefing's structure on a short screen.

Seen at 1024 × 700 (session 31): the splitter shared its height out as at 800 px (300 : 180 :
220), so the item list was about 130-160 px high and a six-line who's who filled it — the
headings around it, the briefing's structure, were out of sight. Where the list's share gives
it fewer than LIST_LINES lines, it takes them from the preview, then from the editor, each
down to its own minimum. At 1280 × 800 its share is more than that, and nothing changes; a
size the user drags is kept until the composer is resized again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListWidget, QSplitter, QWidget

# The lines of items the list shows at least where the screen allows: a who's who, which the
# outline shows in seven lines, and as many of the headings and items around it. At 1280 × 800
# the list's share is about this.
LIST_LINES = 14


class ComposerSplitter(QSplitter):
    """Vertical: the list's box (the list and its buttons), the editor, the preview."""

    def __init__(self, items_list: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._list = items_list

    def list_wanted(self) -> int:
        """The height of the list's box with LIST_LINES lines in the list."""
        box = self._list.parentWidget()  # the list's box: the list and its buttons under it
        buttons = (box.sizeHint().height() if box else 0) - self._list.sizeHint().height()
        frame = 2 * self._list.frameWidth() + 2 * self._list.spacing()
        return buttons + LIST_LINES * self._list.fontMetrics().lineSpacing() + frame

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._room_for_the_list()

    def _room_for_the_list(self) -> None:
        sizes = self.sizes()
        if len(sizes) != 3 or sum(sizes) <= 0:
            return
        missing = self.list_wanted() - sizes[0]
        if missing <= 0:
            return
        for index in (2, 1):  # the preview yields first, then the editor
            pane = self.widget(index)
            spare = max(0, sizes[index] - (pane.minimumSizeHint().height() if pane else sizes[index]))
            taken = min(spare, missing)
            sizes[index] -= taken
            sizes[0] += taken
            missing -= taken
        self.setSizes(sizes)
