"""Making the window's actions one way, so every shortcut, tip and owner is set alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: str | QKeySequence | QKeySequence.StandardKey | None = None,
    tip: str = "",
    context: Qt.ShortcutContext | None = None,
) -> QAction:
    """An action added to `owner`, so its shortcut works while `owner` (or its window) is active.

    Keyboard shortcuts help lists actions from the menus, so the tip set here is what the
    user reads there and in the status bar.
    """
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if context is not None:
        action.setShortcutContext(context)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action
