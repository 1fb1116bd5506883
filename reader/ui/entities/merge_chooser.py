"""Entities ▸ Merge into…: choose the entry the chosen ones are another name of.

A filterable list of the entries of the same kind (the library may hold thousands): typing
narrows it (as the view's filter does: "Konig" finds "Königreich"), Down goes from the filter into the list, Enter merges into the entry chosen there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.entities import EntitySummary
from reader.ui.entities.entity_models import bare, entity_keys, matches
from reader.ui.step_names import inside

KeysRole = Qt.ItemDataRole.UserRole + 1  # the names as the filter compares them (`entity_keys`)


class MergeChooser(QDialog):
    def __init__(self, merging: list[EntitySummary], candidates: list[EntitySummary], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mergeChooser")
        self.setWindowTitle(self.tr("Merge into"))
        names = ", ".join(e.name for e in merging)
        said = QLabel(inside(self.tr("“%1” is another name of:"), names), self)
        said.setWordWrap(True)
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter names"))
        self.filter_box.setClearButtonEnabled(True)
        find = QLabel(self.tr("&Find:"), self)
        find.setBuddy(self.filter_box)
        self.choices = QListWidget(self)
        self.choices.setObjectName("mergeChoices")
        for entity in candidates:
            sources = self.tr("%Ln source(s)", "", entity.sources)
            item = QListWidgetItem(f"{entity.name} — {sources}", self.choices)
            item.setData(Qt.ItemDataRole.UserRole, entity)
            item.setData(KeysRole, entity_keys(entity))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter_box.textChanged.connect(self._filter)
        self.filter_box.installEventFilter(self)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        self.choices.currentItemChanged.connect(lambda current, _before: self.merge_button.setEnabled(current is not None))
        column = QVBoxLayout(self)
        for widget in (said, find, self.filter_box, self.choices, self.buttons):
            column.addWidget(widget)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 24)
        self._filter("")

    def chosen(self) -> EntitySummary | None:
        item = self.choices.currentItem()
        entity = item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None
        return entity if isinstance(entity, EntitySummary) else None

    def _filter(self, text: str) -> None:
        """Only the entries whose name holds the text; the first of them chosen."""
        wanted, first = bare(text.strip()), None
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            item.setHidden(not matches(wanted, item.data(KeysRole)))
            if first is None and not item.isHidden():
                first = item
        if first is not None:
            self.choices.setCurrentItem(first)
        else:
            self.choices.setCurrentRow(-1)
        self.merge_button.setEnabled(first is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down goes from the filter into the list; Enter there merges into the chosen entry."""
        if watched is self.filter_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down:
                self.choices.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)


def choose_target(merging: list[EntitySummary], candidates: list[EntitySummary], parent: QWidget) -> EntitySummary | None:
    """Ask which of `candidates` the `merging` entries are another name of; None if cancelled."""
    dialog = MergeChooser(merging, candidates, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
