"""A letter typed in an open menu chooses that menu's entry, never a one-key command.

The article's commands on plain keys (1–5, N, B, Del) sit in the Edit menu, and Qt lets a
shortcut of an action in one menu of the menu bar fire while another menu of the bar is open
(it counts the open menu as within the bar). So with a highlight selected, File, then B for
"Backups…" opened "Add to briefing" instead (German: Datei, then B for "Beenden"), and N in
the Briefing menu annotated. An open menu of the bar claims its plain keys first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

COMMAND_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class _LettersFirst(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and not event.modifiers() & COMMAND_KEYS and event.text().strip()):  # fmt: skip
            event.accept()  # the key goes to the menu (its letters), not to a shortcut
            return True
        return False


def letters_first(menu: QMenu) -> None:
    """Let `menu`, and the menus in it, take plain keys before any shortcut."""
    keeper = _LettersFirst(menu)
    menu.installEventFilter(keeper)
    for action in menu.actions():
        if (sub := action.menu()) is not None and isinstance(sub, QMenu):
            letters_first(sub)
