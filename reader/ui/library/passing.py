"""Whether the library list's current row is moving under the keyboard, passing sources by.

The list opens the source its current row is on, so a key held down (↓, `Shift+↓` to select
several, `J`, a title being typed) opens every source it passes: with 400 sources, 30 of them
were marked read by one `Shift+↓` held. The window asks `now` when a source opens to leave one
passed by unread until the user stays on it (`reader.ui.read_mark`). `Shift` with a move or a
click asks for several sources, which the list does not select: the user is told where they
can (the library table), once per spell of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView

_MOVES = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}


class Passing(QObject):
    def __init__(self, view: QAbstractItemView, tell: Callable[[str], None]) -> None:
        super().__init__(view)
        self._tell = tell  # the status bar's notice
        self.now = False
        self._told = False  # the spell's Shift already told (a held Shift+↓ repeats it 30 times)
        self.watch(view)

    def watch(self, view: QAbstractItemView) -> None:
        """Count `view`'s keys as passing too: the search results open the row they are on as
        the list does (↓ down 29 hits for "China" marked each source passed read)."""
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    @contextmanager
    def stepping(self) -> Iterator[None]:
        """A move made for a key elsewhere (`J` / `K`, the Go menu's), passing as the list's own keys do."""
        self.now = True
        try:
            yield
        finally:
            self.now = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.now = True  # the key's move, if it makes one, happens while it is handled
            self._shifted(event.modifiers(), event.key() in _MOVES)
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self.now = False  # a click chooses the source it is on
            self._shifted(event.modifiers(), True)
        elif kind in (QEvent.Type.KeyRelease, QEvent.Type.FocusOut):
            self.now = False
        return False

    def _shifted(self, modifiers: Qt.KeyboardModifier, moving: bool) -> None:
        if not (moving and modifiers & Qt.KeyboardModifier.ShiftModifier):
            self._told = False
        elif not self._told:
            self._told = True
            self._tell(QCoreApplication.translate(
                "LibraryPane", "The library list opens one source at a time: select several in the library table (Ctrl+Shift+T)"))
