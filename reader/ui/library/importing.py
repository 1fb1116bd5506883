"""Getting articles into the library from the window: file and folder pickers, drops, pasting.

Files go through the core importer on the session's worker (progress in the status bar,
Cancel, then a report); a pasted or dropped text is made a source on the GUI thread
(`clipping_adding.ClippingAdder`). A text pasted or dropped while an import
runs waits its turn as an import started then does (`_take_clipping`): stored at once, it came
in the middle of the import's list and beside its Cancel, told before the import it followed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core import importer
from reader.core.ingest import supported_suffixes
from reader.core.models import ImportResult, ImportStatus
from reader.core.progress import IsCancelled, Progress
from reader.core.store import Store
from reader.ui import dialogs
from reader.ui.core_messages import translated
from reader.ui.library.clipping_adding import ClippingAdder
from reader.ui.library.clippings import (
    Clipping,
    ClippingWords,
    clipping_of,
    dropped_words,
    is_bare_address,
    is_bare_link,
    local_paths,
    pasted_words,
)
from reader.ui.library.import_dialogs import (
    CLIPPING,
    ImportProgress,
    ImportReportDialog,
    summary_line,
)
from reader.ui.library.import_messages import inform, not_written
from reader.ui.library.in_turn import InTurn
from reader.ui.library.versions import (
    resolve_newer_versions,
    update_line,
)
from reader.ui.session import Session
from reader.ui.tasks import Task

log = logging.getLogger(__name__)

READ_ONLY_NAMES = 8  # files named in "not imported" before "… and 3 more"


class StoppedResults(list[ImportResult]):
    """Every file's result of an import the library stopped part-way (`ImportStopped`: its disk
    full, made read-only): the files stored before are in the library, the rest not. A list
    still, so the session announces the stored sources as after any import."""

    def __init__(self, stopped: importer.ImportStopped) -> None:
        super().__init__(stopped.results)
        self.cause = stopped


def _keeping_stopped(task: Task) -> None:
    """Let `task` finish with `StoppedResults` where the import stopped: as a failure it said
    only "Import failed", over files already in the library the list never showed."""
    work = task.work

    def run(store: Store, progress: Progress, is_cancelled: IsCancelled) -> list[ImportResult]:
        try:
            results: list[ImportResult] = work(store, progress, is_cancelled)
        except importer.ImportStopped as exc:
            log.warning("import stopped: %s", exc)
            return StoppedResults(exc)
        return results

    task.work = run


def _its_turn(_store: Store, _progress: Progress, _is_cancelled: IsCancelled) -> None:
    """Nothing: a paste or drop queued behind an import (`_take_clipping`) is stored on the
    window's thread once this runs, after every import started before it, on the one writer."""


class ImportController(QObject):
    source_imported = Signal(int)  # a single new source the user will want to see
    status_reported = Signal(str)  # a short line for the status bar
    import_finished = Signal(object)  # list[ImportResult], after any report was shown
    user_import_added = Signal(object)  # list[int]: sources an import the user started added
    clipping_added = Signal(int, object)  # a pasted or dropped source, and the offer (AddedWords) naming it

    def __init__(self, session: Session, progress: ImportProgress, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.progress = progress
        self.window = window
        # Imports started and not yet ended, in order: one started while another runs waits
        # its turn on the session's one writer, and what the first says at its end is its own.
        self._imports: list[Task] = []
        self._in_turn = InTurn(self)  # each import's end told after the one before
        self._said_last = ""  # the status line of the end told last: see `_add_clipping`
        self._clippings = ClippingAdder(session, window)
        self._clippings.status_reported.connect(self.status_reported)
        self._clippings.source_imported.connect(self.source_imported)
        self._clippings.clipping_added.connect(self.clipping_added)

    def choose_files(self) -> None:
        # Every file is shown: one the importer cannot read is named in the report with the
        # reason (and for a PDF, what to do instead), never hidden by the picker.
        patterns = " ".join(f"*{suffix}" for suffix in supported_suffixes())
        all_files = self.tr("All files (*)")
        articles = self.tr("Article files (%1)").replace("%1", patterns)
        kinds = [
            self.tr("Saved web pages (%1)").replace("%1", "*.html *.htm *.xhtml *.mhtml *.mht"),
            self.tr("Markdown clippings (%1)").replace("%1", "*.md *.markdown"),
            self.tr("Text files (%1)").replace("%1", "*.txt *.text"),
        ]
        files = dialogs.ask_open_files(self.window, self.tr("Import articles"), ";;".join([all_files, articles, *kinds]))
        if files:
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = dialogs.ask_folder(self.window, self.tr("Import a folder of articles"))
        if folder is not None:
            self.import_paths([folder])

    def open_files(self, paths: Sequence[str | os.PathLike[str]]) -> Task | None:
        """Import files the app was started with or a second start handed over; on a library
        open read-only, refuse them up front and say so. Started anyway, every file went through
        the worker to end, one by one, in "cannot be used (it is read-only here)"."""
        if not paths:
            return None
        if self.session.store.read_only:
            self._refuse_read_only(paths)
            return None
        return self.import_paths(paths)

    def _refuse_read_only(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        names = [os.path.basename(os.fspath(p).rstrip("/\\")) or os.fspath(p) for p in paths]
        shown = "\n".join(f"• {name}" for name in names[:READ_ONLY_NAMES])
        if len(names) > READ_ONLY_NAMES:
            shown += "\n" + self.tr("… and %Ln more", "", len(names) - READ_ONLY_NAMES)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Not imported"),
                          self.tr("%Ln file(s) not imported: the library is open read-only.", "", len(names)),
                          QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setInformativeText(shown + "\n\n" + self.tr(
            "Nothing can be added to a library open read-only. Open the files again once the "
            "library opens normally (after a restore from File ▸ Backups…, or where you may write "
            "to its folder)."))  # fmt: skip
        box.setObjectName("importMessage")
        dialogs.run(box)

    def import_paths(self, paths: Sequence[str | os.PathLike[str]], *, report: bool = True) -> Task:
        """Import in the background; `report=False` for the quiet first-start seed import."""
        self.status_reported.emit("")  # the last import's summary beside "Importing 3 of 40" misleads
        self.user_import_added.emit([])  # so does its "Tag this import…": beside Cancel it read as this one's
        task = self.session.import_task(paths)
        _keeping_stopped(task)
        self.progress.track(task)
        total = [0]  # files found: what a cancelled import did not reach is told from it
        task.signals.progressed.connect(lambda _done, found: total.__setitem__(0, found))
        task.signals.finished.connect(lambda results: self._finished(task, results, report, total[0]))
        task.signals.failed.connect(lambda message: self._failed(task, message))
        self._imports.append(task)
        self.session.start(task)
        return task

    def _ended(self, task: Task) -> bool:
        """Forget `task`, one `import_paths` started (each reports its end once); True if another
        import the user started still runs or waits: then "Tag this import…" is not offered
        beside the next one's Cancel, where it read as the running one's (as at its start). A
        pasted text waiting is no import: its offer comes after this one's (`ImportTagger`)."""
        self._imports.remove(task)
        return self._importing()

    def _importing(self) -> bool:
        """Whether an import of files runs or waits: a pasted text waiting is no import."""
        return any(task.description != CLIPPING for task in self._imports)

    def _status(self, line: str) -> None:
        # now: the next may have ended while this one's report was open
        self._said_last = line + self.tr(" — the next import is running") if self._importing() else line
        self.status_reported.emit(self._said_last)

    def _finished(self, task: Task, results: list[ImportResult], report: bool, total: int = 0) -> None:
        others = self._ended(task)
        self._in_turn.tell(lambda: self._tell_end(task, results, report, total, others))

    def _tell_end(self, task: Task, results: list[ImportResult], report: bool, total: int, others: bool) -> None:
        if self.session.shut_down:
            # Quit during an import: the window is gone, and a report (or an Update / Import as
            # new question) that opened after it kept the process alive, alone on the screen,
            # until it was answered. What was stored stays; the log says how far it got.
            log.info("import ended by quitting: %s", summary_line(results))
            report = False
        if isinstance(results, StoppedResults):
            self._stopped(results, report)
            return
        if report:  # a newer version of a source: Update, Import as new or Skip, asked per file
            results = resolve_newer_versions(self.session, results, self.window)
        not_reached = max(0, total - len(results)) if task.is_cancelled() else 0
        # The report first, the status line after it: said while the report was open, "Import
        # finished: 60 imported, 5 already in the library" had gone (its 8 s) before the user
        # closed the report, leaving "Tag this import…" there without a word of what it tags.
        # A source brought back from the bin with the user's work is shown as a failure is: its
        # row says what came back, where "Import finished: 1 imported" let it pass for a new one.
        fine = (ImportStatus.IMPORTED, ImportStatus.UPDATED)
        if report and (task.is_cancelled() or any(r.status not in fine or r.from_bin for r in results)):
            dialogs.run(ImportReportDialog(results, task.is_cancelled(), self.window, not_reached))
        elif report and not results:
            inform(self.window, self.tr("Nothing to import"), self.tr("No article files were found there."))
        if task.is_cancelled():
            line = self.tr("Import cancelled: %1").replace("%1", summary_line(results))
            if not_reached:
                line += self.tr(", %Ln not reached", "", not_reached)
            self._status(line)
        else:
            self._status(self.tr("Import finished: %1").replace("%1", summary_line(results)))
        imported = [r.source_id for r in results if r.status is ImportStatus.IMPORTED and r.source_id]
        updated = [r for r in results if r.status is ImportStatus.UPDATED and r.update and r.source_id]
        if len(imported) == 1:
            self.source_imported.emit(imported[0])
        elif len(updated) == 1 and not imported:
            self.source_imported.emit(updated[0].source_id)
            self.status_reported.emit(update_line(updated[0].title or "", updated[0].update))  # type: ignore[arg-type]
        if report and imported and not others:
            self.user_import_added.emit(imported)  # "Tag this import…"
        self.import_finished.emit(results)

    def _stopped(self, results: StoppedResults, report: bool) -> None:
        """The library could not be written part-way: which files are in it, which not, and
        why — on a full disk, what to do. Nothing more is written (no "Tag this import…")."""
        stored = results.cause.stored
        self._status(self.tr("Import stopped: %1").replace("%1", summary_line(results)))
        why = not_written(self.session, results.cause, self.tr(
            "The disk holding the library is full. Free some space on it (empty the trash, delete "
            "or move large files), then import the same files again: those already stored are skipped."))  # fmt: skip
        if report:
            dialog = ImportReportDialog(results, parent=self.window)
            dialog.setWindowTitle(self.tr("Import stopped"))
            dialog.summary.setText(self.tr("The import stopped part-way. %Ln file(s) stored before "
                                           "that are in the library; the rest were not imported.",
                                           "", stored) + " " + why)  # fmt: skip
            dialogs.run(dialog)
        self.import_finished.emit(list(results))

    def _failed(self, task: Task, message: str) -> None:
        self._ended(task)
        if self.session.shut_down:  # as `_tell_end`: its box would stand alone after the window
            log.info("import failed after the quit: %s", message)
            return
        self._said_last = ""
        self._in_turn.tell(lambda: inform(self.window, self.tr("Import failed"), self.tr(
            "The import stopped: %1\nFiles already imported are kept.").replace("%1", translated(message))))  # fmt: skip

    # -- pasting ----------------------------------------------------------------------------

    def paste_as_new_source(self) -> None:
        """The clipboard becomes a source: a browser's HTML (with the page's address) where it
        offers one, its plain text otherwise, through the importer's own parsing."""
        clipping = clipping_of(QGuiApplication.clipboard().mimeData())
        if clipping is None:
            inform(self.window, self.tr("Nothing to paste"), self.tr("The clipboard holds no text. Copy an article's "
                         "text from a web page first, then paste it as a new source."))  # fmt: skip
            return
        if is_bare_address(clipping.text):
            # A page's address copied from the address bar: refused as "no article text (one
            # word, no sentence)", which said nothing of what to do.
            self._links_not_downloaded()
            return
        self._take_clipping(clipping, pasted_words())

    # -- dropping ---------------------------------------------------------------------------

    def accepts_drop(self, mime: QMimeData) -> bool:
        """Files, a browser's selection, or a link (which is refused, with what to do); nothing
        while the library is open read-only (the drag shows it is not taken)."""
        if self.session.store.read_only:
            return False
        return bool(local_paths(mime)) or is_bare_link(mime) or clipping_of(mime) is not None

    def drop(self, mime: QMimeData) -> None:
        """Take the drop once the drag is over (a message box inside the drop event would hold
        the drag source): files in the background, text or HTML as a source at once."""
        copy = QMimeData()  # the drag's own data is gone when its event returns
        for name in mime.formats():
            copy.setData(name, mime.data(name))
        QTimer.singleShot(0, lambda: self._take_drop(copy))

    def _take_drop(self, mime: QMimeData) -> None:
        dropped = local_paths(mime)
        if dropped:
            self.import_paths(dropped)
        elif is_bare_link(mime):
            self._links_not_downloaded()
        else:
            clipping = clipping_of(mime)
            if clipping is not None:
                self._take_clipping(clipping, dropped_words())

    def _links_not_downloaded(self) -> None:
        """A link dropped or an address pasted: what to do instead, as nothing is fetched."""
        inform(self.window, self.tr("Links are not downloaded"), self.tr(
            "Briefing Reader works offline and does not fetch web pages. To import this "
            "article, open it in your browser and save it with File ▸ Save Page As… "
            "(Ctrl+S) as “Web Page, complete” or “Web Page, single file”, then drop the "
            "saved file here. Or select the article's text in the browser and drag it here, "
            "or copy it and press Ctrl+Shift+V."))  # fmt: skip

    def _take_clipping(self, clipping: Clipping, words: ClippingWords) -> None:
        """Add a pasted or dropped text now, or, while an import runs or waits, in its turn after
        them: the strip says it waits ("· 1 pasted or dropped text queued"), the imports' ends
        are told first; quitting before its turn asks first (`queued_texts_given_up`)."""
        if not self._imports:
            self._add_clipping(clipping, words)
            return
        task = self.session.task(_its_turn, CLIPPING)
        self.progress.track(task)
        task.signals.finished.connect(lambda _none: self._clipping_turn(task, clipping, words))
        task.signals.failed.connect(lambda _message: self._clipping_turn(task, clipping, words))
        self._imports.append(task)
        self.session.start(task)

    def _clipping_turn(self, task: Task, clipping: Clipping, words: ClippingWords) -> None:
        self._ended(task)
        if self.session.shut_down:
            log.info("a pasted or dropped text waiting for an import was not added: the window closed")
            return
        self._in_turn.tell(lambda: self._add_clipping(clipping, words, self._said_last))

    def _add_clipping(self, clipping: Clipping, words: ClippingWords, after: str = "") -> None:
        """Add it now (`ClippingAdder`); told right after an import's end, its line keeps that
        end's (`after`)."""
        self._said_last = ""  # kept by this text's line: a second one waiting repeats it not
        self._clippings.add(clipping, words, after)
