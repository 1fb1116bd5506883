"""The window's exports (File ▸ Export… and the composer's Export…), on a worker thread.

2,093 sources take 3–5 s of CPU to read, render and write; on the window's thread that froze
the window (no repaint, no Cancel), and so did a long briefing, or any export into a slow
folder (a synced or network vault waits for each file to reach its disk). The export is the
core's own (`export_sources`, `export_combined`, `export_briefing`), run through a `Task` like
an import: the worker opens its own connection to the library (read-only when the window's is),
reports progress and the outcome through queued signals, and stops when cancelled. What was
chosen is captured first (`ExportJob`, a briefing's id and file), so the worker never touches a
widget; the caller starts the task with `reads=True` (beside an import, not after it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.export import ExportReport, export_briefing, export_combined, export_sources
from reader.core.progress import IsCancelled, Progress
from reader.core.store import Store
from reader.ui.session import Session
from reader.ui.tasks import Task

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExportJob:
    """What to export and how, as chosen in the dialog when Export was pressed."""

    ids: tuple[int, ...]
    folder: Path
    title: str  # a combined file's title ("Japan", "Library" …)
    single_file: bool = False
    label_names: Mapping[str, str] = field(default_factory=dict)
    language: str = "en"


@dataclass(frozen=True, slots=True)
class ExportFailed:
    """The export could not write (a full disk, a read-only folder, a file in the folder's
    place): `message` names the file meant and why, as the window always said it; the files
    written before it stay, recorded (`report`)."""

    message: str
    report: ExportReport | None = None


ExportOutcome = ExportReport | ExportFailed


def export_task(session: Session, job: ExportJob, *, overwrite: bool = False) -> Task:
    """A task that runs `job` and finishes with an `ExportOutcome`; connect, then `session.start`."""

    def work(store: Store, progress: Progress, is_cancelled: IsCancelled) -> ExportOutcome:
        def export() -> ExportReport:
            if job.single_file:
                return export_combined(store, job.ids, job.folder, job.title, overwrite=overwrite,
                                       label_names=job.label_names, language=job.language,
                                       progress=progress, is_cancelled=is_cancelled)  # fmt: skip
            return export_sources(store, job.ids, job.folder, overwrite=overwrite,
                                  label_names=job.label_names, language=job.language,
                                  progress=progress, is_cancelled=is_cancelled)  # fmt: skip

        return _outcome(job.folder, export)

    return session.task(work, "export")


def briefing_export_task(
    session: Session, briefing_id: int, path: Path, language: str, *, overwrite: bool = False
) -> Task:
    """A task that writes the briefing to `path` and finishes with an `ExportOutcome`; its
    progress counts the briefing's items, and a cancel before the file is begun writes nothing."""

    def work(store: Store, progress: Progress, is_cancelled: IsCancelled) -> ExportOutcome:
        return _outcome(path.parent, lambda: export_briefing(
            store, briefing_id, path.parent, overwrite=overwrite, file_name=path.name, language=language,
            progress=progress, is_cancelled=is_cancelled))  # fmt: skip

    return session.task(work, "briefing export")


def _outcome(folder: Path, export: Callable[[], ExportReport]) -> ExportOutcome:
    """Run `export` on the worker: its report, or what stopped it."""
    try:
        report = export()
    except OSError as exc:  # ExportWriteError: the file meant and the reason
        log.warning("export into %s stopped: %s", folder, exc)
        return ExportFailed(str(exc), getattr(exc, "report", None))
    log.info("export into %s: %d written, %d unchanged, %d left as changed elsewhere, %d overwritten "
             "with the user's version kept as .bak%s", folder, len(report.written), len(report.unchanged),
             len(report.conflicts), len(report.kept),
             f", cancelled with {report.not_reached} not reached" if report.cancelled else "")  # fmt: skip
    return report
