"""The docked briefing composer and the rest of the window take turns at the Alt+letters.

Docked beside the reading panes (or All highlights, the library table, Entities), the composer's
ten controls, the other panes' fields and buttons and the seven menu titles would need 27 and
more distinct letters in one window: there are 26, and the words hold few of them (no c, j, k,
q or z in most). Qt has no letters per region: two owners of one letter in a window make
Alt+letter only hop between them. So the region holding the keyboard owns its underlined
letters and the other region's are taken off until the keyboard comes back (F6 or a click moves
it); the menu bar's titles are always live. Undocked, the composer is a window of its own and
keeps its letters.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QMenuBar,
    QStackedWidget,
    QWidget,
)

from reader.ui.letters import unlettered

LETTERED = "letterText"  # the widget's text with its letter, kept while it rests


class LetterTurns(QObject):
    def __init__(self, window: QWidget, dock: QDockWidget, stack: QStackedWidget | None = None) -> None:
        """`stack`: the window's full-width views; a view shown brings its letters, which must
        rest at once if the keyboard is in the composer."""
        super().__init__(dock)
        self._window, self._dock = window, dock
        self.in_dock = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        dock.visibilityChanged.connect(lambda _shown: self.apply())
        dock.topLevelChanged.connect(lambda _floating: self.apply())
        if stack is not None:
            stack.currentChanged.connect(lambda _index: QTimer.singleShot(0, self.apply))

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.window() is not self._window:
            return  # a dialog, another window, the composer floating: the turns stand
        in_dock = self._dock.isAncestorOf(new)
        if in_dock != self.in_dock:
            self.in_dock = in_dock
            self.apply()

    def apply(self) -> None:
        """Wake the letters of the region holding the keyboard, rest the other region's."""
        docked = self._dock.isVisible() and not self._dock.isFloating()
        for widget in self._window.findChildren(QWidget):
            if not isinstance(widget, (QAbstractButton, QLabel)) or isinstance(widget.parent(), QMenuBar):
                continue
            if widget.window() not in (self._window, self._dock):
                # The story window is the main window's child, with letters of its own (only
                # the keyboard's report's Open has Alt+O): woken here, every report's Open took
                # Alt+O back, and Alt+O only hopped between them.
                continue
            resting = docked and self._dock.isAncestorOf(widget) != self.in_dock
            if resting:
                _rest(widget)
            else:
                _wake(widget)


def _rest(widget: QAbstractButton | QLabel) -> None:
    text = widget.text()
    bare = unlettered(text)
    if bare != text:
        widget.setProperty(LETTERED, text)
        widget.setText(bare)


def _wake(widget: QAbstractButton | QLabel) -> None:
    lettered = widget.property(LETTERED)
    if isinstance(lettered, str):
        widget.setProperty(LETTERED, None)
        if widget.text() == unlettered(lettered):  # not given a new text meanwhile
            widget.setText(lettered)
