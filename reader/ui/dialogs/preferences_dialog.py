"""Edit ▸ Preferences: reading theme, the five highlight label names, the default sort.

The dialog edits a copy of the user's `Settings`; the window saves and applies it only when the
user presses OK, so Cancel really cancels.
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.labels import LABELS
from reader.core.settings import THEMES, Settings
from reader.ui.library.pane import SORTS


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._original = settings
        self._build_general()
        self._build_labels()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.labels)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _build_general(self) -> None:
        self.theme_box = QComboBox(self)
        for theme in THEMES:
            self.theme_box.addItem(theme.capitalize(), theme)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(self._original.theme)))
        self.sort_box = QComboBox(self)
        for key, title in SORTS:
            self.sort_box.addItem(title, key)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(self._original.library_sort)))
        self.general = QGroupBox("General", self)
        form = QFormLayout(self.general)
        form.addRow("Theme:", self.theme_box)
        form.addRow("Sort library by:", self.sort_box)

    def _build_labels(self) -> None:
        self.label_edits: dict[str, QLineEdit] = {}
        self.labels = QGroupBox("Highlight labels", self)
        form = QFormLayout(self.labels)
        for label in LABELS:
            edit = QLineEdit(self._original.label_names.get(label.key, ""), self)
            edit.setPlaceholderText(label.default_name)
            edit.setMaxLength(40)
            self.label_edits[label.key] = edit
            form.addRow(f"Key {label.shortcut}:", edit)

    def settings(self) -> Settings:
        """The settings as edited (a new object; the original is untouched)."""
        result = copy.deepcopy(self._original)
        result.theme = str(self.theme_box.currentData())
        result.library_sort = str(self.sort_box.currentData())
        result.label_names = {
            key: " ".join(edit.text().split())
            for key, edit in self.label_edits.items()
            if edit.text().strip()
        }
        return result
