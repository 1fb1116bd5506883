"""File ▸ Backups…: every backup with its date, size and contents; back up now; restore.

The newest backup is selected when the dialog opens, so restoring it is two clicks: Restore,
then the confirmation, which says that the current library is kept aside (and how to get it
back). A library a restore kept aside is no backup to preselect: right after a restore it is the
newest file, and those two clicks brought back the very library just replaced (as `briefing
restore --newest` did); it stays in the list, to be chosen by hand. The restore itself happens after the window has closed its connection: the dialog only
records the choice (`chosen`) and the window restarts on the restored library.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.store import Backup, Counts, backups_dir, list_backups
from reader.ui import dialogs
from reader.ui.date_display import long_date

COLUMNS = 5



def size_text(locale: QLocale, size: int) -> str:
    """A file's size as a reader writes it: "377 kB", "12,3 MB". Qt's default said "368,00 KiB"
    (binary units, two decimals): a unit few readers know and digits that say nothing."""
    digits = 1 if size >= 1_000_000 else 0
    return locale.formattedDataSize(size, digits, QLocale.DataSizeFormat.DataSizeSIFormat)

class _CountWords(QObject):
    def say(self, counts: Counts) -> str:
        return ", ".join((self.tr("%Ln source(s)", "", counts.sources), self.tr("%Ln highlight(s)", "", counts.highlights),
                          self.tr("%Ln note(s)", "", counts.notes)))  # fmt: skip


def counts_text(counts: Counts) -> str:
    """What a backup holds, each count in its plural form: 17 sources, 5 highlights, 1 note
    (it said "1 notes", in German "1 Notizen"). For this dialog, the status bar and the
    damage dialog alike."""
    return _CountWords().say(counts)


class BackupsDialog(QDialog):
    def __init__(self, db_path: Path, back_up_now: Callable[[], None] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.chosen: Path | None = None
        self._back_up_now = back_up_now
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 380)
        # The folder on a line of its own: wrapped with the sentence, it broke after its first
        # slash ("… in /" over "tmp/…/backups."), a path no one would recognise or type.
        self.intro = QLabel(self.tr("A verified backup is made every day the app runs; one a day is kept "
                                    "for a week and one a week for a month, in %1.")
                            .replace("%1", "\n" + str(backups_dir(db_path))))  # fmt: skip
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Sources"),
                                              self.tr("Highlights"), self.tr("Notes")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()  # counts as wide as their titles ("Markierungen")
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter closes; it had opened the restore question (Restore was the first button).
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.now_button = QPushButton(self.tr("&Back up now"), self)
        self.now_button.clicked.connect(self._now)
        self.now_button.setEnabled(back_up_now is not None)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.clicked.connect(self._show_folder)
        for button in (self.restore_button, self.now_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.backups: list[Backup] = []
        self.reload()

    def reload(self) -> None:
        self.backups = list_backups(self.db_path)
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            made = long_date(backup.taken.isoformat(timespec="minutes"))  # "3. Dezember 2026, 05:57", not "03.12.26"
            if backup.kept_aside:
                made = self.tr("%1 (library before a restore)").replace("%1", made)
            counts = backup.counts
            cells = [made, size_text(locale, backup.size)]
            if counts is None:
                cells += [self.tr("cannot be read"), "", ""]
            else:
                cells += [locale.toString(counts.sources), locale.toString(counts.highlights),
                          locale.toString(counts.notes)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(next((row for row, b in enumerate(self.backups) if not b.kept_aside), 0))
        else:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or backup.counts is None:
            return
        made = long_date(backup.taken.isoformat(timespec="minutes"))  # Qt's long format names the time zone
        if self._ask_restore(made, counts_text(backup.counts)):
            self.chosen = backup.path
            self.accept()

    def _ask_restore(self, made: str, counts: str) -> bool:
        """Restore or Cancel, the safe one the default. A new user met one paragraph answered
        Yes or No, and was not told that the window would vanish and come back on the backup."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore backup"),
                          self.tr("Restore the backup made %1?").replace("%1", made), parent=self)  # fmt: skip
        box.setInformativeText(self.tr(
            "The library is replaced by it: %1. The current library is kept in the backups folder "
            "and can be restored the same way.\n\nThe window closes and opens again on the restored "
            "library.").replace("%1", counts))  # fmt: skip
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        dialogs.run(box)
        return box.clickedButton() is restore

    def backup_finished(self, message: str) -> None:
        self.status.setText(message)
        self.now_button.setEnabled(True)
        self.reload()

    def _now(self) -> None:
        if self._back_up_now is None:
            return
        self.now_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        self._back_up_now()

    def _update_buttons(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.counts is not None)

    def _show_folder(self) -> None:
        folder = backups_dir(self.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
