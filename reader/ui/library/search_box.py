"""The library's search box, which says what can be typed into it.

A new user saw "Search library   /" and nothing else: the search language (`"a phrase"`, `OR`,
`-word`, `tag:`, `after:2025` …) was written down only in the README, so filters were found by
chance or never. The box now names them in its tooltip (the mouse) and, when it takes the
focus, in the window's status bar (the keyboard: `/` puts the cursor there, no tooltip shows),
as a menu item's status tip is shown there. The German window names the German filter words
(`schlagwort:`, `nach:`), which the search takes as well as the English ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent, QStatusTipEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow, QWidget


def search_hint() -> str:
    """What the search box understands, in the window's language: one line, short enough for
    the status bar of a 1024-pixel window (it was cut there with `outlet:` and "Enter opens …")."""
    return QCoreApplication.translate(
        "LibraryPane",
        'Search: words, "exact phrase", word*, Japan OR China, -word, tag:name, author:name, after:2025, '
        "before:2025-03",
    )


class SearchBox(QLineEdit):
    """The search box: its placeholder, its name for a screen reader, and the hint above."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("librarySearch")
        self.setPlaceholderText(QCoreApplication.translate("LibraryPane", "Search library   /"))
        # A screen reader's name: not the "/".
        self.setAccessibleName(QCoreApplication.translate("LibraryPane", "Search library"))
        self.setClearButtonEnabled(True)
        self.setToolTip(search_hint())
        self.setStatusTip(search_hint())  # the status bar, while the mouse is over the box

    def put(self, text: str) -> None:
        """Put words in the box that were not typed there (the last run's search, a saved one)
        with their start in view: `setText` leaves the cursor at the end, and a long search
        showed the ends of its words ("…ortkontrollen Bundesnetz…") in a narrow library pane."""
        self.setText(text)
        self.setCursorPosition(0)

    def replace(self, text: str) -> None:
        """Put `text` in place of the box's words as one edit of the box: Ctrl+Z there brings
        the words back (`setText` would forget the box's undo history)."""
        self.selectAll()
        self.insert(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Not when the window comes back (a dialog closed, another app left): the focus only
        # returns, and the notice the dialog left ("Saved search …: Ctrl+Z takes it back") stays.
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self._tell_window(search_hint())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        window = self.window()
        # Only the hint goes: a notice posted meanwhile ("Import finished") stays.
        if isinstance(window, QMainWindow) and window.statusBar().currentMessage() == search_hint():
            self._tell_window("")

    def _tell_window(self, text: str) -> None:
        """Show `text` in the main window's status bar as Qt shows a status tip (none: clear)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            QCoreApplication.sendEvent(window, QStatusTipEvent(text))
