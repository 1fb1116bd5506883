"""The library's keys: / to search, J and K through the list (the Go menu's entries), and in
the pane ↓ and Esc.

Apart from `library_pane` because they are the keyboard's way into the pane, not what it lists:
the actions are made here and handed to the window's menus (`LibraryPane.menu_actions`); what
they do stays the pane's (`focus_search`, `move_selection`, `clear_search`). Their words stay in
the LibraryPane context, where they were translated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane


def go_actions(pane: LibraryPane) -> tuple[QAction, QAction, QAction]:
    """Search library (/), Next source (J), Previous source (K), with their status tips."""
    search_action = QAction(QCoreApplication.translate("LibraryPane", "&Search library"), pane, shortcut=QKeySequence("/"))
    search_action.triggered.connect(pane.focus_search)
    next_action = QAction(QCoreApplication.translate("LibraryPane", "&Next source"), pane, shortcut=QKeySequence("J"))
    next_action.triggered.connect(lambda: pane.move_selection(1))
    previous_action = QAction(QCoreApplication.translate("LibraryPane", "&Previous source"), pane, shortcut=QKeySequence("K"))
    previous_action.triggered.connect(lambda: pane.move_selection(-1))
    search_action.setStatusTip(QCoreApplication.translate("LibraryPane", "Type a search in the library's search box"))
    next_action.setStatusTip(QCoreApplication.translate("LibraryPane", "Open the next source in the library list"))
    previous_action.setStatusTip(QCoreApplication.translate("LibraryPane", "Open the previous source in the library list"))
    return search_action, next_action, previous_action


def bind_keys(pane: LibraryPane, search_now: Callable[[], None]) -> None:
    """↓ in the search box does `search_now`: it leaves the box for the list as Enter does (and
    as in the Entities filter box); Esc in the box or either list clears the search."""
    down = QShortcut(QKeySequence(Qt.Key.Key_Down), pane.search_box)
    down.setContext(Qt.ShortcutContext.WidgetShortcut)
    down.activated.connect(search_now)
    for widget in (pane.search_box, pane.source_view, pane.results_view):
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(pane.clear_search)
