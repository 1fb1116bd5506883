"""Keys on the composer's list of items: `Alt+↑` / `Alt+↓` move the chosen item, `Delete` (or
`Backspace`) takes it out of the briefing.

By keyboard alone an item could only be moved by tabbing from the list to Move up (then back to
see where it went, as the focus stayed on the button), and Delete in the list did nothing. The
keys press the buttons, so they act exactly when a button can (not on the first item's Move up,
not in a library open read-only), and the buttons' tooltips name them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QPushButton


class ItemKeys(QObject):
    def __init__(self, view: QListWidget, up: QPushButton, down: QPushButton, remove: QPushButton) -> None:
        super().__init__(view)
        self.shortcuts: list[QShortcut] = []
        translate = QCoreApplication.translate
        for button, keys, tip in (
            (up, ("Alt+Up",), translate("ItemKeys", "Move the chosen item up (%1)")),
            (down, ("Alt+Down",), translate("ItemKeys", "Move the chosen item down (%1)")),
            (remove, ("Del", "Backspace"), translate("ItemKeys", "Take the chosen item out of the briefing (%1)")),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(button.click)  # does nothing while the button is off
                self.shortcuts.append(shortcut)
            if not button.toolTip():  # a library open read-only: the tooltip says why it is off
                shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(tip.replace("%1", shown))
