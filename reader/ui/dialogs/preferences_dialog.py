"""Edit ▸ Preferences: reading theme, language, the five highlight label names, the default sort,
and where the library is.

The dialog edits a copy of the user's `Settings`; the window saves and applies it only when the
user presses OK, so Cancel really cancels. The window's language is chosen at start, so a new
choice applies at the next start, and the dialog says so.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.labels import LABELS
from reader.core.settings import Settings
from reader.ui.i18n import current_language
from reader.ui.library.sort_orders import sort_titles
from reader.ui.theme import label_swatch, theme


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, library: Path | None = None) -> None:
        """`library`: the library file the window has open, named under General."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._original = settings
        self._build_general(library)
        self._build_language()
        self._build_labels()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(self.language)
        layout.addWidget(self.labels)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._align_labels()

    def _build_general(self, library: Path | None) -> None:
        self.theme_box = QComboBox(self)
        for name, title in (("light", self.tr("Light")), ("sepia", self.tr("Sepia")),
                            ("dark", self.tr("Dark"))):  # fmt: skip
            self.theme_box.addItem(title, name)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(self._original.theme)))
        self.sort_box = QComboBox(self)
        for key, title in sort_titles():
            self.sort_box.addItem(title, key)
        self.sort_box.setCurrentIndex(max(0, self.sort_box.findData(self._original.library_sort)))
        self.general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(self.general)
        form.addRow(self.tr("&Theme:"), self.theme_box)
        form.addRow(self.tr("&Sort library by:"), self.sort_box)
        if library is not None:
            # Where the work is: a consultant asked "where is my library?" among the settings;
            # only Help ▸ About and File ▸ Backups… (the backups' folder) named it. Chosen at
            # start, so said here with the way to choose another.
            self.library_path = QLabel(self)
            self.library_path.setTextFormat(Qt.TextFormat.PlainText)  # a path is data, not markup
            self.library_path.setText(str(library))
            self.library_path.setWordWrap(True)
            self.library_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(self.tr("Library:"), self.library_path)
            # The option on a line of its own: wrapped, "--data-dir" ended a line, FOLDER began the
            # next. Its two lines are chosen here, not wrapped again: the German first line, a
            # little wider than the field, left "mit" alone on a line between them.
            self.library_note = QLabel(self.tr("Another folder: start Briefing Reader with\n--data-dir FOLDER"), self)
            form.addRow("", self.library_note)

    def _build_language(self) -> None:
        # The languages' own names: a user who cannot read the current one still finds theirs.
        self.language_box = QComboBox(self)
        for key, title in (("system", self.tr("System language")), ("de", "Deutsch"),
                           ("en", "English")):  # fmt: skip
            self.language_box.addItem(title, key)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(self._original.language))
        )
        self.export_language_box = QComboBox(self)
        for key, title in (("ui", self.tr("Same as the window")), ("de", "Deutsch"),
                           ("en", "English")):  # fmt: skip
            self.export_language_box.addItem(title, key)
        self.export_language_box.setCurrentIndex(
            max(0, self.export_language_box.findData(self._original.export_language))
        )
        self.language = QGroupBox(self.tr("Language"), self)
        form = QFormLayout(self.language)
        form.addRow(self.tr("&Window:"), self.language_box)
        self.restart_note = QLabel(self.tr("A new window language applies the next time "
                                           "Briefing Reader starts."), self)  # fmt: skip
        self.restart_note.setWordWrap(True)
        form.addRow("", self.restart_note)
        form.addRow(self.tr("E&xports:"), self.export_language_box)
        self.export_note = QLabel(self.tr("Section titles, label names, “paragraph” and the "
                                          "citation format of exported Markdown."), self)  # fmt: skip
        self.export_note.setWordWrap(True)
        form.addRow("", self.export_note)

    def _build_labels(self) -> None:
        """A field per key with its highlight colour at the field's end: a key's colour is its
        meaning in the article (red for a risk), and with names alone, renaming "Risk" to
        "Opportunity" gave opportunities a red wash that the dialog never showed."""
        self.label_edits: dict[str, QLineEdit] = {}
        self.label_swatches: dict[str, QAction] = {}
        self.labels = QGroupBox(self.tr("Highlight labels"), self)
        form = QFormLayout(self.labels)
        language = current_language()
        for label in LABELS:
            edit = QLineEdit(self._original.label_names.get(label.key, ""), self)
            edit.setPlaceholderText(label.name_in(language))
            edit.setMaxLength(40)
            self.label_edits[label.key] = edit
            swatch = edit.addAction(QIcon(), QLineEdit.ActionPosition.TrailingPosition)
            swatch.setToolTip(self.tr("The colour of this key's highlights in the article"))
            self.label_swatches[label.key] = swatch
            form.addRow(self.tr("Key &%1:").replace("%1", label.shortcut), edit)
        self.theme_box.currentIndexChanged.connect(self._paint_swatches)
        self._paint_swatches()

    def _paint_swatches(self) -> None:
        """Each key's colour in the theme chosen above, as the article will show it."""
        look = theme(str(self.theme_box.currentData()))
        for key, swatch in self.label_swatches.items():
            swatch.setIcon(label_swatch(look, key))

    def _align_labels(self) -> None:
        """One column of fields across the three groups: each form's labels get the width of
        the widest label of all of them (a form lines up only its own)."""
        labels = [
            label
            for group in (self.general, self.language, self.labels)
            if isinstance(form := group.layout(), QFormLayout)
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(label := item.widget(), QLabel)
        ]
        widest = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(widest)

    def settings(self) -> Settings:
        """The settings as edited (a new object; the original is untouched)."""
        result = copy.deepcopy(self._original)
        result.theme = str(self.theme_box.currentData())
        result.library_sort = str(self.sort_box.currentData())
        result.language = str(self.language_box.currentData())
        result.export_language = str(self.export_language_box.currentData())
        result.label_names = {
            key: " ".join(edit.text().split())
            for key, edit in self.label_edits.items()
            if edit.text().strip()
        }
        return result
