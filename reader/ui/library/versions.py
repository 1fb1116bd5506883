"""A newer version of a source in an import: the window asks what to do with it.

The importer reports a file that is a newer version of a source (the same page updated)
without applying it; here the user answers, one file at a time: Update (the source keeps its
highlights, notes, tags and briefing items; its earlier text stays readable under Show
original), Import as new, or Skip. Update and Import as new are undoable steps: undoing an
update makes the earlier revision current again with its highlights where they were.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from reader.core.changes import Changes
from reader.core.ingest import IngestError, PreparedFile, prepare_file
from reader.core.models import FromBin, ImportResult, ImportStatus, UpdateReport
from reader.core.revisions import newer_version_of, version_of
from reader.core.stories import add_profiles
from reader.ui import dialogs
from reader.ui.core_messages import translated
from reader.ui.i18n import Plural
from reader.ui.session import Session
from reader.ui.step_names import inside, short


class NewerVersionQuestion(QMessageBox):
    """“A newer version of “Title” (#N) …” with Update / Import as new / Skip."""

    def __init__(self, result: ImportResult, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("newerVersionQuestion")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Newer version of a source"))
        self.setText(inside(self.tr("A newer version of “%1” (#%2) is in this import: %3."),
                            result.title or "", str(result.source_id), Path(result.path).name))  # fmt: skip
        self.setInformativeText(self.tr(
            "Update the source: its text becomes this version, the earlier one stays readable "
            "under Show original, and highlights move with their words (any that cannot be "
            "placed with certainty are kept and listed for review). Or import the file as a "
            "new source, or skip it."))  # fmt: skip
        self.update_button = self.addButton(self.tr("&Update"), QMessageBox.ButtonRole.AcceptRole)
        self.new_button = self.addButton(self.tr("Import as &new"), QMessageBox.ButtonRole.ActionRole)
        self.skip_button = self.addButton(self.tr("&Skip"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.update_button)
        self.setEscapeButton(self.skip_button)
        self.chosen: QPushButton | None = None

    def ask(self) -> QPushButton:
        """Run the question; Skip unless the user (or a test) chose another button."""
        dialogs.run(self)
        clicked = self.chosen or self.clickedButton()
        return clicked if isinstance(clicked, QPushButton) else self.skip_button


def resolve_newer_versions(session: Session, results: list[ImportResult], parent: QWidget) -> list[ImportResult]:
    """Ask about each newer version in `results`; the results as they stand after the answers
    (UPDATED or IMPORTED where the user chose so, NEWER_VERSION where they skipped)."""
    resolved = []
    for result in results:
        if result.status is not ImportStatus.NEWER_VERSION or result.source_id is None:
            resolved.append(result)
            continue
        question = NewerVersionQuestion(result, parent)
        answer = question.ask()
        if answer is question.skip_button:
            resolved.append(result)
            continue
        try:
            prepared = prepare_file(Path(result.path))
        except (IngestError, OSError) as exc:
            resolved.append(replace(result, status=ImportStatus.ERROR, reason=translated(str(exc))))
            continue
        if answer is question.update_button:
            report = update_source(session, result.source_id, prepared, result.title or "")
            resolved.append(replace(result, status=ImportStatus.UPDATED, update=report))
        else:
            source_id = import_as_new(session, prepared)
            resolved.append(replace(result, status=ImportStatus.IMPORTED, source_id=source_id,
                                    title=prepared.article.title or prepared.fallback_title))  # fmt: skip
    return resolved


def offer_update(session: Session, prepared: PreparedFile, parent: QWidget) -> ImportResult | None:
    """For pasted or dropped text that is a newer version of a source: ask, and do what the
    user chose. None when it is no version of a source, or the user chose Import as new (the
    caller adds it as usual); else the result (UPDATED, or NEWER_VERSION when skipped)."""
    match = newer_version_of(session.store, prepared)
    if match is None:
        return None
    result = ImportResult(prepared.file_name, ImportStatus.NEWER_VERSION, None, *match)
    question = NewerVersionQuestion(result, parent)
    answer = question.ask()
    if answer is question.new_button:
        return None
    if answer is question.update_button:
        report = update_source(session, match[0], prepared, match[1])
        return replace(result, status=ImportStatus.UPDATED, update=report)
    return result


def update_source(session: Session, source_id: int, prepared: PreparedFile, title: str) -> UpdateReport:
    """Make `prepared` the current version of a source, as one undoable step."""
    store = session.store
    newer = [version_of(prepared)]  # what redo applies: after an undo, the version it took off
    reports: list[UpdateReport] = []

    def do() -> Changes:
        report, changes = store.revisions.update(source_id, newer[0])
        add_profiles(store, [source_id])  # the story profile follows the text
        reports.append(report)
        return changes

    def undo() -> Changes:
        newer[0], changes = store.revisions.undo_update(source_id)
        add_profiles(store, [source_id])
        return changes

    session.perform(QCoreApplication.translate("NewerVersion", "Update “%1”").replace("%1", short(title)), do, undo)
    return reports[0]


def import_as_new(session: Session, prepared: PreparedFile) -> int:
    """Add the file as a source of its own (undoable), though it resembles one."""
    title = prepared.article.title or prepared.fallback_title
    step = QCoreApplication.translate("NewerVersion", "Import “%1” as new").replace("%1", short(title))
    return add_or_bring_back(session, prepared, step)[0]


def add_or_bring_back(session: Session, prepared: PreparedFile, step: str) -> tuple[int, FromBin | None]:
    """Store `prepared` as a new source, or bring its copy in the bin back when that holds the
    user's work (what it held, to be said), one undo step called `step` (undo moves it to the
    bin — one brought back as deleted when it had been, not just now — redo brings the same
    source back); the store's error, if any, reaches the caller."""
    store = session.store
    added: list[tuple[int, FromBin | None]] = []

    def do() -> Changes:
        if added:  # redo: the source is in the bin, bring the same one back
            return store.sources.undelete(added[0][0])
        with store.write():
            source_id, changes, from_bin = store.sources.add_or_bring_back(prepared)
        added.append((source_id, from_bin))
        return changes

    def undo() -> Changes:
        source_id, from_bin = added[0]
        return store.sources.delete_many([source_id], {source_id: from_bin.deleted_at} if from_bin else None)

    session.perform(step, do, undo)
    return added[0]


def update_line(title: str, report: UpdateReport) -> str:
    """The status bar's line for an update: “Updated “Title”: 3 highlights moved, 1 needs review”;
    just “Updated “Title”” when every highlight stayed where it was (or there are none)."""
    if not (report.moved or report.review or report.orphaned):
        return inside(QCoreApplication.translate("NewerVersion", "Updated “%1”"), title)
    parts = [Plural.tr("%Ln highlight(s) moved", "", report.moved)]
    if report.review:
        parts.append(Plural.tr("%Ln need(s) review", "", report.review))
    if report.orphaned:
        parts.append(Plural.tr("%Ln could not be placed (kept, listed for review)", "", report.orphaned))
    return inside(QCoreApplication.translate("NewerVersion", "Updated “%1”: %2"), title, ", ".join(parts))
