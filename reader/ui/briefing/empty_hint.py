"""An empty list's words on what to put in it, written inside the list.

Above the list, an empty briefing's hint was one more widget in the composer's short column: on a
640 px screen the layout squeezed it to two lines of its six, cut at the top and the bottom ("Dieses
Briefing ist leer…" lost its first line), while the empty list below took the rest. Inside the
list it has the list's whole height, which the composer's splitter gives it anyway, starts at the
top, and the window's minimum size stays what it was. It lets the mouse through, so highlights
dragged onto it land in the list ("drag them here" means the very place the words stand).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QWidget


class ListHint(QLabel):
    def __init__(self, items: QAbstractItemView, text: str) -> None:
        super().__init__(text, items.viewport())
        self.setObjectName("hint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setContentsMargins(6, 4, 6, 4)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._items, self._viewport = items, items.viewport()
        self._viewport.installEventFilter(self)
        self.setGeometry(self._viewport.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.setGeometry(self._viewport.rect())
            self._fit()
        return False

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self._fit()

    def _fit(self) -> None:
        """While it shows, the list gets the height all its lines need from the panes beside it
        in its splitter (at 976 × 592 in German the window's style sheet left it 2 px short of
        the last line), never from the window: a minimum height would push a short window off
        the screen."""
        if not self.isVisibleTo(self._items):
            return
        short = self.heightForWidth(self._viewport.width()) - self._viewport.height()
        pane: QWidget = self._items
        splitter = pane.parentWidget()
        while splitter is not None and not isinstance(splitter, QSplitter):
            pane, splitter = splitter, splitter.parentWidget()
        if short <= 0 or splitter is None:
            return
        sizes, mine = splitter.sizes(), splitter.indexOf(pane)
        for other in sorted(range(len(sizes)), key=lambda i: -sizes[i]):
            widget = splitter.widget(other)
            spare = sizes[other] - (widget.minimumSizeHint().height() if widget else 0)
            if other != mine and spare > 0 and short > 0:
                given = min(spare, short)
                sizes[other] -= given
                sizes[mine] += given
                short -= given
        splitter.setSizes(sizes)
