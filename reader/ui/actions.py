"""Making the window's actions one way, so every shortcut, tip and owner is set alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object] | Callable[[bool], object],  # a checkable action's slot takes `checked`
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


def unique_keys(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """`sequences` without repeats: a key bound twice to one action is an ambiguous shortcut
    (Qt then runs neither), and the platform's Redo keys may already hold Ctrl+Shift+Z."""
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's key for `key`, or `fallback` where the platform defines none."""
    sequence = QKeySequence(key)
    return sequence if not sequence.isEmpty() else QKeySequence(fallback)
