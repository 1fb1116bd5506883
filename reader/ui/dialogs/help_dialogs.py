"""Help ▸ Keyboard shortcuts and Help ▸ About.

The shortcut list is generated from the window's actual QActions, so it cannot drift from what
the keys really do.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, __version__


def shortcut_rows(menus: Iterable[tuple[str, Iterable[QAction]]]) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action that has a shortcut, in menu order, once each."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for menu_title, actions in menus:
        for action in actions:
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            keys = [k for k in keys if k]
            if not keys or id(action) in seen:
                continue
            seen.add(id(action))
            rows.append((menu_title.replace("&", ""), action.text().replace("&", ""), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(("Menu", "Command", "Keys"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 520)


class AboutDialog(QDialog):
    def __init__(self, library_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        title = QLabel(f"<h2>{APP_NAME}</h2><p>Version {__version__}</p>", self)
        text = QLabel(
            "An offline reader for building briefings from news articles: collect, read, "
            "highlight, annotate, summarise and export. Your library never leaves this computer.",
            self,
        )
        text.setWordWrap(True)
        where = QLabel(self)
        where.setTextFormat(Qt.TextFormat.PlainText)  # a path is data, not markup
        where.setText(f"Library: {library_path}")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text, where, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
