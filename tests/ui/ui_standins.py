"""Minimal article and notes panes honouring the contract with the real ones, used only while
the real panes are not in the tree, so the shell's tests run on their own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ArticlePane(QWidget):
    highlight_clicked = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.source_id = None
        self.position = 0.0
        self.theme = "light"
        self.zoom = 0
        self.changes = []
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)
        self.menu_actions: list[QAction] = []

    def show_source(self, source_id):
        self.source_id = source_id
        self.position = 0.0
        source = self.session.store.sources.get(source_id) if source_id else None
        self.label.setText(source.title if source else "")

    def scroll_to_highlight(self, highlight_id):
        pass

    def reading_position(self):
        return self.position

    def set_reading_position(self, fraction):
        self.position = fraction

    def set_theme(self, name):
        self.theme = name

    def zoom_in(self):
        self.zoom += 1

    def zoom_out(self):
        self.zoom -= 1

    def zoom_reset(self):
        self.zoom = 0

    def apply_changes(self, changes):
        self.changes.append(changes)


class NotesPane(QWidget):
    highlight_activated = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.source_id = None
        self.flushes = 0

    def show_source(self, source_id):
        self.source_id = source_id

    def select_highlight(self, highlight_id):
        pass

    def flush(self):
        self.flushes += 1

    def apply_changes(self, changes):
        pass
