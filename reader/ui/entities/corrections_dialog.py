"""Entity ▸ Corrections…: every correction the user made to the names found, to see and take back.

A correction is kept under the entry's kind and name, also when no source names the entry any
more (its sources deleted): it holds again when one does (`EntityCorrections.made`).
The view listed only the hidden entries a source still names ("Show hidden"), so a kind
change, a merge, and every correction whose entry was gone could be neither seen nor removed —
an entry hidden by mistake came back hidden with its article imported again, and nothing said
why. Here each is listed, with what it does and whether a source names it now; Restore takes
the chosen ones back, one step of the window's undo (`Ctrl+Z` works in the dialog too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.entities import EntityKind
from reader.ui.entities.entity_models import kind_title

if TYPE_CHECKING:
    from reader.core.store import CorrectionMade as Made

MadeRole = Qt.ItemDataRole.UserRole + 1


def _kind(value: str | None) -> str:
    """The kind's title in the window's language ("Organisation"); a kind this version does not
    know (stored by a newer one) as stored."""
    try:
        return kind_title(EntityKind(value or ""))
    except ValueError:
        return str(value)


class CorrectionsDialog(QDialog):
    """The corrections, newest first; `read` lists them anew, `restore` takes some back."""

    def __init__(
        self,
        read: Callable[[], list[Made]],
        restore: Callable[[Sequence[Made]], None],
        writable: bool,
        keys: Sequence[QAction],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionsDialog")
        self.setWindowTitle(self.tr("Corrections"))
        self._read, self._restore, self._writable = read, restore, writable
        said = QLabel(self.tr("What you corrected in the names found. A correction of an entry no source "
                              "names now is kept for when one does again."), self)  # fmt: skip
        said.setWordWrap(True)
        said.setObjectName("correctionsIntro")
        self.table = QTreeWidget(self)
        self.table.setObjectName("correctionsList")
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Correction"), self.tr("In the sources")])
        self.table.setAccessibleName(self.tr("Corrections"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for number in (1, 2, 3):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No corrections: none was made yet."), self)
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)  # in the list's place, not spread over it
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setToolTip(self.tr("Take the chosen corrections back: the entries are listed as "
                                               "the rules found them (Ctrl+Z puts them back)"))  # fmt: skip
        self.restore_button.clicked.connect(self._restore_chosen)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.addActions(list(keys))  # the window's Undo and Redo, on their keys here too
        column = QVBoxLayout(self)
        for widget, stretch in ((said, 0), (self.table, 1), (self.empty, 1), (self.buttons, 0)):
            column.addWidget(widget, stretch)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 96, metrics.height() * 22)
        self.reload()

    def reload(self) -> None:
        """List the corrections as stored now, the ones chosen before chosen again."""
        chosen = {entry.identity for entry in self.chosen()}
        self.table.clear()
        for entry in self._read():
            item = QTreeWidgetItem(self.table, [entry.correction.name, _kind(entry.correction.kind),
                                                self._what(entry), self._where(entry)])  # fmt: skip
            item.setData(0, MadeRole, entry)
            item.setToolTip(0, entry.correction.name)
            if not entry.present:
                item.setToolTip(3, self.tr("No source names it now; the correction holds again when one does"))
            item.setSelected(entry.identity in chosen)
        again = self.table.selectedItems()
        current = again[0] if again else self.table.topLevelItem(0)
        if current is not None:  # the keyboard on a row: those chosen still, else the first
            flag = QItemSelectionModel.SelectionFlag.NoUpdate if again else QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.table.setCurrentItem(current, 0, flag)
        self.table.setVisible(self.table.topLevelItemCount() > 0)
        self.empty.setVisible(self.table.topLevelItemCount() == 0)
        self._update()

    def chosen(self) -> list[Made]:
        return [item.data(0, MadeRole) for item in self.table.selectedItems()]

    def _what(self, entry: Made) -> str:
        said = [self.tr("Not a name")] if entry.correction.hidden else []
        if entry.kind_changed:
            said.append(self.tr("Listed as %1").replace("%1", _kind(entry.correction.to_kind)))
        elif entry.merged:
            target = entry.correction.to_name or entry.correction.to_key or ""
            said.append(self.tr("Merged into “%1”").replace("%1", target))
        return "; ".join(said)

    def _where(self, entry: Made) -> str:
        return self.tr("Named") if entry.present else self.tr("Not now (kept)")

    def _update(self) -> None:
        self.restore_button.setEnabled(self._writable and bool(self.chosen()))

    def _restore_chosen(self) -> None:
        chosen = self.chosen()
        if chosen and self._writable:
            self._restore(chosen)
