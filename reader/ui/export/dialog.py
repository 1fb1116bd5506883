"""Export dialog: what to export (selection, a tag, a saved search, the library), how (files or
one file), where.

A file changed outside the app since the last export is not overwritten silently: the dialog
lists the conflicts and asks once whether to overwrite them (the user's version of each is kept
beside it as a .bak file, and the report says so). The writing runs on the session's
worker (`background`), with a bar ("412 of 2,093") and Cancel, so the window keeps painting;
at its end the report says where the files are and **Show folder** opens that folder.
Entry point: `ExportDialog`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core import search
from reader.core.export import Conflict, ExportReport
from reader.paths import missing_folder
from reader.ui import dialogs
from reader.ui.core_messages import sentence, translated
from reader.ui.export.background import ExportFailed, ExportJob, ExportOutcome, export_task
from reader.ui.export.folder_button import FolderButton, files_of
from reader.ui.i18n import Plural, export_language, in_export_language
from reader.ui.label_names import label_names
from reader.ui.session import Session
from reader.ui.tasks import Task

log = logging.getLogger(__name__)

# Why the core kept a file, in the window's language (listed here for lupdate).
_REASONS = (
    QT_TRANSLATE_NOOP("ExportDialog", "changed outside Briefing Reader since the last export"),
    QT_TRANSLATE_NOOP("ExportDialog", "exists and was not written by Briefing Reader"),
    QT_TRANSLATE_NOOP("ExportDialog", "is not a regular file"),
)
# A combined file's title, in the export's language as the rest of the file (self.tr gave the
# window's: a German window exporting in English titled it "Bibliothek").
_SELECTION: str = QT_TRANSLATE_NOOP("ExportDialog", "Selection")  # type: ignore[assignment]
_LIBRARY: str = QT_TRANSLATE_NOOP("ExportDialog", "Library")  # type: ignore[assignment]


def ask_overwrite(parent: QWidget, conflicts: Sequence[Conflict]) -> bool:
    """Ask once whether to overwrite files changed outside the app; False keeps them, and yes
    keeps the user's version of each beside it (the core's `KeptCopy`), as the question says.
    Each file is named once, with why it stands in the way: the question said "changed outside
    Briefing Reader since the last export" twice for the one file a briefing is, and "These
    files" of it."""
    reasons = [QCoreApplication.translate("ExportDialog", c.reason) for c in conflicts[:10]]
    listed = "\n".join(f"• {c.path.name}: {reason}" for c, reason in zip(conflicts, reasons, strict=False))
    more = "\n" + Plural.tr("… and %Ln more", "", len(conflicts) - 10) if len(conflicts) > 10 else ""
    asked = Plural.tr("Exporting would replace %Ln file(s):\n\n%1\n\nOverwrite with a fresh export? "
                      "Your version of each is kept beside it as a .bak file.", "", len(conflicts))
    title = QCoreApplication.translate("ExportDialog", "Overwrite changed files?")
    return dialogs.ask_yes_no(parent, title, asked.replace("%1", listed + more))


def export_with_prompt(
    parent: QWidget, run: Callable[[bool], ExportReport], ask: Callable[..., bool] = ask_overwrite
) -> ExportReport:
    """Export; if files conflict, ask and (on yes) export again overwriting them."""
    report = run(False)
    if report.conflicts and ask(parent, report.conflicts):
        report = run(True)
    return report


def describe(report: ExportReport) -> str:
    """What an export did, in counts; a cancelled one says so and how many it did not reach."""
    parts = [Plural.tr("%Ln written", "", len(report.written)),
             Plural.tr("%Ln already up to date", "", len(report.unchanged))]  # fmt: skip
    if report.conflicts:
        parts.append(Plural.tr("%Ln kept because they were changed outside the app", "", len(report.conflicts)))
    if report.kept:
        parts.append(Plural.tr("%Ln overwritten, your version of each kept beside it as a .bak file", "",
                               len(report.kept)))  # fmt: skip
    if report.cancelled:
        parts.append(Plural.tr("%Ln not exported", "", report.not_reached))
        return QCoreApplication.translate("ExportDialog", "Export cancelled: %1").replace("%1", ", ".join(parts) + ".")
    return ", ".join(parts) + "."


def describe_file(report: ExportReport, path: Path) -> str:
    """What exporting to one named file did, by its name: a count ("1 written, 0 already up
    to date.") left the user wondering where the briefing went and whether it was written."""
    if report.kept:
        return QCoreApplication.translate(
            "ExportDialog", "Exported to %1; your edited version is kept beside it as %2"
        ).replace("%1", path.name).replace("%2", report.kept[0].copy.name)
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

    Every export runs on the worker, however few its sources: one way, whose end is
    `export_finished` (the report or the failure, after the dialog has said it). While it runs,
    Close, Esc and the title bar's ✕ cancel it like Cancel, and the dialog stays to say what
    was written: closed at once, it would have dropped that report while the worker still wrote.
    """

    export_finished = Signal(object)  # ExportReport or ExportFailed, once the dialog shows it

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
        layout.addLayout(self._build_progress())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        # Where the files went, opened in the file manager: the report said "28 written" and
        # left the user to find the vault folder themselves.
        self.show_folder_button = FolderButton(self.tr("Show fol&der"))  # the last export's folder
        buttons.addButton(self.show_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_folder_button.point_at(None)  # the box shows what it is given
        self.export_button = buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.export_button.clicked.connect(self._export_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.export_button.setDefault(True)  # Enter after typing the folder exports (in the dialog now)
        self.task: Task | None = None  # the export running on the worker
        self._job: ExportJob | None = None
        self._overwriting = False

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

    def _build_progress(self) -> QHBoxLayout:
        """The count ("412 of 2,093"), the bar and Cancel, shown while an export runs. The count
        stands beside the bar: drawn in it, it ran across the filled part and was hard to read."""
        row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        for widget, stretch in ((self.progress_label, 0), (self.progress_bar, 1), (self.cancel_button, 0)):
            row.addWidget(widget, stretch)
            widget.hide()
        return row

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
        folder = dialogs.ask_folder(self, self.tr("Export into folder"), self.folder_edit.text(), remember=False)
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def chosen(self) -> tuple[list[int], str]:
        """The source ids to export and the title of a combined file."""
        store = self.session.store
        if self.selection_radio.isChecked():
            return self.selected_ids, in_export_language(self.session.settings, "ExportDialog", _SELECTION)
        if self.tag_radio.isChecked():
            tag = self.tag_combo.currentText()
            return store.sources.ids(tag=tag), tag
        if self.saved_radio.isChecked():
            saved = store.saved_searches.get(int(self.saved_combo.currentData()))
            names = label_names(self.session)  # `label:` as the window names the labels
            return (search.saved_source_ids(store, saved, label_names=names) if saved else []), self.saved_combo.currentText()
        return store.sources.ids(), in_export_language(self.session.settings, "ExportDialog", _LIBRARY)

    def _export_clicked(self) -> None:
        if not self.folder_edit.text().strip():
            self.result_label.setText(self.tr("Choose a folder first."))
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        missing = missing_folder(folder)
        if missing is not None and missing != folder:
            # A new folder is made only in one that exists, as `briefing export` does: a mistyped
            # "~/Vualt/Reading" made both folders and the export went into them unnoticed.
            self.result_label.setText(self.tr("There is no folder %1, and nothing was written. Check the folder's "
                                              "name: a new folder is made only in one that exists.")
                                      .replace("%1", str(missing)))  # fmt: skip
            return
        try:
            ids, title = self.chosen()
        except search.InvalidSearch as exc:  # a saved search whose query no longer runs
            self.result_label.setText(sentence(str(exc)))
            return
        self._job = ExportJob(
            tuple(ids), folder, title, self.single_file.isChecked(),
            dict(self.session.settings.label_names),  # renames; the rest in the export's language
            export_language(self.session.settings),
        )
        self._set_running(True)
        self.show_folder_button.point_at(None)
        self.result_label.setText(self.tr("Exporting %Ln source(s)…", "", len(ids)))
        self._start(overwrite=False)

    def _start(self, *, overwrite: bool) -> None:
        assert self._job is not None  # set by _export_clicked
        self._overwriting = overwrite
        self.progress_bar.setRange(0, 0)  # busy until the worker counts
        self.progress_label.setText("")
        self.task = export_task(self.session, self._job, overwrite=overwrite)
        self.task.signals.progressed.connect(self._progressed)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.session.start(self.task, reads=True)  # beside an import, not after it

    def cancel(self) -> None:
        """Stop the running export after the file it is writing; the report follows."""
        if self.task is not None and not self.task.is_cancelled():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Stopping after the current file…"))

    def reject(self) -> None:
        """Close, Esc or ✕ while the export runs cancel it; the dialog closes once it is over."""
        if self.task is not None:
            self.cancel()
            return
        super().reject()

    def _progressed(self, done: int, total: int) -> None:
        locale = QLocale()
        self.progress_label.setText(self.tr("%1 of %2").replace("%1", locale.toString(done))
                                    .replace("%2", locale.toString(total)))  # fmt: skip
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _finished(self, outcome: ExportOutcome) -> None:
        if isinstance(outcome, ExportFailed):
            self._end(self.tr("Export failed: %1").replace("%1", translated(outcome.message)), outcome)
            return
        asking = outcome.conflicts and not outcome.cancelled and not self._overwriting
        # Not once the window has closed (its worker was cancelled and waited for): a question
        # opened after it would stand alone on the screen and keep the process alive.
        if asking and not self.session.shut_down and self.ask(self, outcome.conflicts):
            self._start(overwrite=True)
            return
        self.exported_to = self.folder_edit.text().strip()
        self._end(describe(outcome) + self._where(outcome), outcome)

    def _where(self, report: ExportReport) -> str:
        """The line naming where the export's files are ("The files are in …", a combined file
        by its whole path), and Show folder for it; nothing when no file of it is there."""
        files = files_of(report)
        self.show_folder_button.point_at(files[0].parent if files else None)
        if not files:
            return ""
        if self._job is not None and self._job.single_file:
            return "\n" + self.tr("Saved as %1").replace("%1", str(files[0]))
        return "\n" + self.tr("The files are in %1").replace("%1", str(files[0].parent))

    def _failed(self, message: str) -> None:
        """Something other than writing failed on the worker (the library could not be read)."""
        self._end(self.tr("Export failed: %1").replace("%1", translated(message)), ExportFailed(message))

    def _end(self, said: str, outcome: ExportOutcome) -> None:
        """Say how the export ended and give the buttons back; after the window closed during
        it (quitting), close too: what was written is recorded, and nobody reads the report."""
        self.task = None
        self._set_running(False)
        self.result_label.setText(said)
        if self.session.shut_down:
            log.info("export ended by quitting: %s", said)
            super().reject()
        self.export_finished.emit(outcome)

    def _set_running(self, running: bool) -> None:
        """Export and Close greyed and the bar with Cancel shown while an export runs, and all
        of it back however it ends: a second click exported again, over the first."""
        self.export_button.setEnabled(not running)
        self.close_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(running)
