"""Getting articles into the library from the window: file and folder pickers, drops, pasting.

Files go through the core importer on the session's worker (progress in the status bar,
Cancel, then a report); pasted text goes through the same `prepare_bytes` and store calls on
the GUI thread (one small text) as an undoable step.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.changes import Changes
from reader.core.ingest import IngestError, prepare_bytes, supported_suffixes
from reader.core.models import ImportResult, ImportStatus
from reader.ui import dialogs
from reader.ui.library.import_dialogs import ImportProgress, ImportReportDialog, summary_line
from reader.ui.session import Session
from reader.ui.tasks import Task

log = logging.getLogger(__name__)


def local_paths(mime: QMimeData) -> list[str]:
    """The local files and folders in a drag; web links and the like are not ours to fetch."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []


class ImportController(QObject):
    source_imported = Signal(int)  # a single new source the user will want to see
    status_reported = Signal(str)  # a short line for the status bar
    import_finished = Signal(object)  # list[ImportResult], after any report was shown

    def __init__(self, session: Session, progress: ImportProgress, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.progress = progress
        self.window = window

    def choose_files(self) -> None:
        # Every file is shown: one the importer cannot read is named in the report with the
        # reason (and for a PDF, what to do instead), never hidden by the picker.
        patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
        all_files = self.tr("All files (*)")
        articles = self.tr("Article files (%1)").replace("%1", patterns)
        files = dialogs.ask_open_files(self.window, self.tr("Import articles"), f"{all_files};;{articles}")
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = dialogs.ask_folder(self.window, self.tr("Import a folder of articles"))
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: Sequence[str | os.PathLike[str]], *, report: bool = True) -> Task:
        """Import in the background; `report=False` for the quiet first-start seed import."""
        task = self.session.import_task(paths)
        self.progress.track(task)
        task.signals.finished.connect(lambda results: self._finished(task, results, report))
        task.signals.failed.connect(self._failed)
        self.session.start(task)
        return task

    def _finished(self, task: Task, results: list[ImportResult], report: bool) -> None:
        if task.is_cancelled():
            self.status_reported.emit(self.tr("Import cancelled: %1").replace("%1", summary_line(results)))
        else:
            self.status_reported.emit(self.tr("Import finished: %1").replace("%1", summary_line(results)))
        imported = [r.source_id for r in results if r.status is ImportStatus.IMPORTED and r.source_id]
        if len(imported) == 1:
            self.source_imported.emit(imported[0])
        if report and (task.is_cancelled() or any(r.status is not ImportStatus.IMPORTED for r in results)):
            dialogs.run(ImportReportDialog(results, task.is_cancelled(), self.window))
        elif report and not results:
            self._inform(self.tr("Nothing to import"), self.tr("No article files were found there."))
        self.import_finished.emit(results)

    def _failed(self, message: str) -> None:
        self._inform(self.tr("Import failed"),
                     self.tr("The import stopped: %1\nFiles already imported are kept.").replace("%1", message))  # fmt: skip

    # -- pasting ----------------------------------------------------------------------------

    def paste_as_new_source(self) -> None:
        """The clipboard's text becomes a source, through the importer's own parsing."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self._inform(self.tr("Nothing to paste"), self.tr("The clipboard holds no text. Copy an article's "
                         "text from a web page first, then paste it as a new source."))  # fmt: skip
            return
        name = self.tr("Pasted %1.txt").replace("%1", f"{datetime.now():%Y-%m-%d %H:%M}")
        try:
            prepared = prepare_bytes(text.encode("utf-8"), name)
        except IngestError as exc:
            self._inform(self.tr("Cannot paste"),
                         self.tr("The clipboard text cannot become a source: %1.").replace("%1", str(exc)))  # fmt: skip
            return
        store = self.session.store
        added: list[int] = []

        def do() -> Changes:
            if added:  # redo: the source is in the bin, bring the same one back
                return store.sources.undelete(added[0])
            source_id, changes = store.sources.add(prepared)
            added.append(source_id)
            return changes

        duplicate = store.sources.find_duplicate(prepared.content_hash, prepared.body_hash)
        if duplicate and not duplicate[2]:
            self._inform(self.tr("Already in the library"),
                         self.tr("This text is already in the library as “%1”.").replace("%1", duplicate[1]))  # fmt: skip
            self.source_imported.emit(duplicate[0])
            return
        self.session.perform(self.tr("Paste as new source"), do, lambda: store.sources.delete(added[0]))
        title = prepared.article.title or prepared.fallback_title
        self.status_reported.emit(self.tr("Pasted “%1”").replace("%1", title))
        self.source_imported.emit(added[0])

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("importMessage")
        dialogs.run(box)
