"""Export dialog: what to export (selection, a tag, a saved search, the library), how (files or
one file), where.

A file changed outside the app since the last export is not overwritten silently: the dialog
lists the conflicts and asks once whether to overwrite them. Entry point: `ExportDialog`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core import search
from reader.core.export import Conflict, ExportReport, export_combined, export_sources
from reader.ui import dialogs
from reader.ui.core_messages import sentence
from reader.ui.i18n import Plural, export_language
from reader.ui.session import Session

# Why the core kept a file, in the window's language (listed here for lupdate).
_REASONS = (
    QT_TRANSLATE_NOOP("ExportDialog", "changed outside Briefing Reader since the last export"),
    QT_TRANSLATE_NOOP("ExportDialog", "exists and was not written by Briefing Reader"),
    QT_TRANSLATE_NOOP("ExportDialog", "is not a regular file"),
)


def ask_overwrite(parent: QWidget, conflicts: Sequence[Conflict]) -> bool:
    """Ask once whether to overwrite files changed outside the app; False keeps them."""
    reasons = [QCoreApplication.translate("ExportDialog", c.reason) for c in conflicts[:10]]
    listed = "\n".join(f"• {c.path.name}: {reason}" for c, reason in zip(conflicts, reasons, strict=False))
    more = "\n" + Plural.tr("… and %Ln more", "", len(conflicts) - 10) if len(conflicts) > 10 else ""
    return dialogs.ask_yes_no(
        parent,
        QCoreApplication.translate("ExportDialog", "Overwrite changed files?"),
        QCoreApplication.translate(
            "ExportDialog",
            "These files were changed outside Briefing Reader since the last export:\n\n"
            "%1\n\nOverwrite them with a fresh export?",
        ).replace("%1", listed + more),
    )


def export_with_prompt(
    parent: QWidget, run: Callable[[bool], ExportReport], ask: Callable[..., bool] = ask_overwrite
) -> ExportReport:
    """Export; if files conflict, ask and (on yes) export again overwriting them."""
    report = run(False)
    if report.conflicts and ask(parent, report.conflicts):
        report = run(True)
    return report


def describe(report: ExportReport) -> str:
    parts = [Plural.tr("%Ln written", "", len(report.written)),
             Plural.tr("%Ln already up to date", "", len(report.unchanged))]  # fmt: skip
    if report.conflicts:
        parts.append(Plural.tr("%Ln kept because they were changed outside the app", "", len(report.conflicts)))
    return ", ".join(parts) + "."


def describe_file(report: ExportReport, path: Path) -> str:
    """What exporting to one named file did, by its name: a count ("1 written, 0 already up
    to date.") left the user wondering where the briefing went and whether it was written."""
    if report.written:
        return QCoreApplication.translate("ExportDialog", "Exported to %1").replace("%1", path.name)
    if report.conflicts:
        return QCoreApplication.translate(
            "ExportDialog", "%1 was changed outside the app: kept as it was"
        ).replace("%1", path.name)
    return QCoreApplication.translate("ExportDialog", "%1 is already up to date").replace("%1", path.name)


class ExportDialog(QDialog):
    """Choose what and where; `selected_ids` are the sources selected in the library, `tag`
    the tag the library is filtered by and `saved` the saved search it shows (then offered
    first: it is what the user is looking at); `folder` fills the folder field (the last export's).
    Every control has an Alt+letter, each claimed once in either language: the dialog is one to
    work through from the keyboard (choose, tick, type the folder, export) without the mouse.
    """

    def __init__(
        self, session: Session, selected_ids: Sequence[int] = (), parent: QWidget | None = None,
        tag: str | None = None, saved: str | None = None, folder: str = "",
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.exported_to = ""  # the folder an export went to, for the next dialog to offer
        self.selected_ids = list(selected_ids)
        self.tag, self.saved = tag, saved
        self.ask = ask_overwrite
        self.setWindowTitle(self.tr("Export as Markdown"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_what())
        layout.addLayout(self._build_where())
        self.folder_edit.setText(folder)
        self.result_label = QLabel("")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.export_button.clicked.connect(self._export_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.export_button.setDefault(True)  # Enter after typing the folder exports (in the dialog now)

    def _build_what(self) -> QFormLayout:
        form = QFormLayout()
        self.scope = QButtonGroup(self)
        self.selection_radio = QRadioButton(self.tr("&Selected sources (%1)").replace("%1", QLocale().toString(len(self.selected_ids))))
        self.tag_radio = QRadioButton(self.tr("Sources &tagged"))
        self.all_radio = QRadioButton(self.tr("The whole &library"))
        self.tag_combo = QComboBox()
        self.tag_combo.addItems([t.name for t in self.session.store.tags.all()])
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_radio)
        tag_row.addWidget(self.tag_combo, 1)
        self.saved_radio = QRadioButton(self.tr("Sources of the sa&ved search"))
        self.saved_combo = QComboBox()
        for saved in self.session.store.saved_searches.all():
            self.saved_combo.addItem(saved.name, saved.id)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_radio)
        saved_row.addWidget(self.saved_combo, 1)
        for button in (self.selection_radio, self.tag_radio, self.saved_radio, self.all_radio):
            self.scope.addButton(button)
        self.selection_radio.setEnabled(bool(self.selected_ids))
        # An empty list is greyed with its choice (it looked open, beside a greyed choice), and
        # picking from a list chooses its row: a tag picked while "Selected sources" stayed
        # checked exported the selection, not the tag.
        for radio, combo in ((self.tag_radio, self.tag_combo), (self.saved_radio, self.saved_combo)):
            radio.setEnabled(combo.count() > 0)
            combo.setEnabled(combo.count() > 0)
            combo.activated.connect(lambda _index, radio=radio: radio.setChecked(True))
        tag_row_index = self.tag_combo.findText(self.tag) if self.tag else -1
        saved_row_index = self.saved_combo.findText(self.saved) if self.saved else -1
        if saved_row_index >= 0:
            self.saved_combo.setCurrentIndex(saved_row_index)
            self.saved_radio.setChecked(True)
        elif tag_row_index >= 0:
            self.tag_combo.setCurrentIndex(tag_row_index)
            self.tag_radio.setChecked(True)
        else:
            (self.selection_radio if self.selected_ids else self.all_radio).setChecked(True)
        form.addRow(self.tr("Export:"), self.selection_radio)
        form.addRow("", tag_row)
        form.addRow("", saved_row)
        form.addRow("", self.all_radio)
        self.single_file = QCheckBox(self.tr("&One combined file instead of one file per source"))
        form.addRow("", self.single_file)
        return form

    def _build_where(self) -> QHBoxLayout:
        row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        self.folder_edit = QLineEdit()
        folder_label.setBuddy(self.folder_edit)  # Alt+F: into the folder field
        row.addWidget(folder_label)
        self.folder_edit.setPlaceholderText(self.tr("Choose the folder (e.g. your Obsidian vault)"))
        row.addWidget(self.folder_edit, 1)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # it took Enter: a folder typed, then Enter, opened the picker
        row.addWidget(browse)
        return row

    def _browse(self) -> None:
        folder = dialogs.ask_folder(self, self.tr("Export into folder"), self.folder_edit.text())
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def chosen(self) -> tuple[list[int], str]:
        """The source ids to export and the title of a combined file."""
        store = self.session.store
        if self.selection_radio.isChecked():
            return self.selected_ids, self.tr("Selection")
        if self.tag_radio.isChecked():
            tag = self.tag_combo.currentText()
            return store.sources.ids(tag=tag), tag
        if self.saved_radio.isChecked():
            saved = store.saved_searches.get(int(self.saved_combo.currentData()))
            return (search.saved_source_ids(store, saved) if saved else []), self.saved_combo.currentText()
        return store.sources.ids(), self.tr("Library")

    def run_export(self, overwrite: bool) -> ExportReport:
        ids, title = self.chosen()
        folder = Path(self.folder_edit.text()).expanduser()
        names = self.session.settings.label_names  # renames; the rest in the export's language
        language = export_language(self.session.settings)
        if self.single_file.isChecked():
            return export_combined(self.session.store, ids, folder, title, overwrite=overwrite,
                                   label_names=names, language=language)  # fmt: skip
        return export_sources(
            self.session.store, ids, folder, overwrite=overwrite, label_names=names,
            language=language,
        )

    def _export_clicked(self) -> None:
        if not self.folder_edit.text().strip():
            self.result_label.setText(self.tr("Choose a folder first."))
            return
        try:
            self._say_exporting()
            report = export_with_prompt(self, self.run_export, self.ask)
        except search.InvalidSearch as exc:  # a saved search whose query no longer runs
            self.result_label.setText(sentence(str(exc)))
            return
        except OSError as exc:
            self.result_label.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.export_button.setEnabled(True)
        self.result_label.setText(describe(report))
        self.exported_to = self.folder_edit.text().strip()

    def _say_exporting(self) -> None:
        """Say what is being exported, greyed Export and a busy cursor, painted before the export
        runs: 2,093 sources took 5–10 s on a laptop, and the dialog stood there unchanged, as
        if the click had not been taken (a second click exported again)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # restored by the caller, always
        self.export_button.setEnabled(False)
        self.result_label.setText(self.tr("Exporting %Ln source(s)…", "", len(self.chosen()[0])))
        if (layout := self.layout()) is not None:
            layout.activate()
        self.repaint()
