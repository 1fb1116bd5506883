"""Right-click menus that the keyboard opens too: with the Menu key or `Shift+F10`, at the item
the keyboard is on, the first entry ready for `Enter`.

The lists' menus were built on a right-click's point: the Menu key put the menu wherever the
list guessed (on the current row only by luck of its coordinates), and `Shift+F10`, the other
key every desktop has for it, did nothing at all, as Qt leaves it unbound. Every context menu
of the window's lists goes through `for_items`, and every one is shown through `show`, whose
`wait_for_choice` is the one seam tests replace to look at a menu instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget

from reader.ui.actions import make_action
from reader.ui.menu_keys import letters_first

# Fills the menu for the item (an invalid index: the list's empty room); False: no menu here.
Fill = Callable[[QMenu, QModelIndex], bool]


def show(menu: QMenu, where: QPoint, by_key: bool = False) -> None:
    """Show `menu` at the global point `where` and wait for the choice. Opened by a key, it
    starts on its first entry (Qt opens menus with none chosen: `Enter` did nothing)."""
    if by_key:
        first = next((a for a in menu.actions() if a.isEnabled() and a.isVisible() and not a.isSeparator()), None)
        if first is not None:
            menu.setActiveAction(first)
    # B is Add to briefing…'s letter and its key (All highlights, the notes' list): in the open
    # menu the key won, the action ran with the menu left open under the briefing menu.
    letters_first(menu)
    wait_for_choice(menu, where)


def wait_for_choice(menu: QMenu, where: QPoint) -> None:
    """Qt's modal menu (tests look at the menu here instead)."""
    menu.exec(where)


class _ItemMenu(QObject):
    """Catches the view's context-menu events: a right-click's on the viewport, the keyboard's
    on the view, which has the focus."""

    def __init__(self, view: QAbstractItemView, fill: Fill) -> None:
        super().__init__(view)
        self.setObjectName("itemMenu")  # how a look over the window finds the lists with a menu
        self._view, self._fill = view, fill
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        view = self._view
        by_key = event.reason() is QContextMenuEvent.Reason.Keyboard
        if by_key:
            index = view.currentIndex()
            if index.isValid():
                view.scrollTo(index)
            point = view.visualRect(index).center() if index.isValid() else view.viewport().rect().center()
        else:
            point = event.pos() if watched is view.viewport() else view.viewport().mapFrom(view, event.pos())
            index = view.indexAt(point)
        menu = QMenu(view)
        menu.setToolTipsVisible(True)  # an entry held off in a read-only library says why
        if self._fill(menu, index) and menu.actions():
            show(menu, view.viewport().mapToGlobal(point), by_key)
        menu.deleteLater()  # a child of the list: each menu shown would stay behind
        return True


def for_items(view: QAbstractItemView, fill: Fill) -> None:
    """Give `view` a context menu that `fill` builds for the item right-clicked, or from the
    keyboard for the current item (scrolled into view), opened over that item."""
    _ItemMenu(view, fill)


def open_by_key(widget: QWidget | None) -> None:
    """What Qt does on the Menu key: a keyboard context-menu event to `widget`, at its text
    cursor or current item (where the widget says its cursor is)."""
    if widget is None or not widget.isEnabled():
        return
    cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)  # a QRect, a QRectF or none
    if isinstance(cursor, QRectF):
        cursor = cursor.toRect()
    point = cursor.center() if isinstance(cursor, QRect) else QPoint()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)


def shift_f10(window: QWidget) -> None:
    """`Shift+F10` opens the context menu of whatever has the keyboard in `window`."""
    text = QCoreApplication.translate("ContextMenus", "Open the context menu")
    make_action(window, text, lambda: open_by_key(QApplication.focusWidget()), "Shift+F10")
