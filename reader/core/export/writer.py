"""Writing exports into a folder: per-source files, one combined file, or a briefing.

A file we wrote before is found again by the `reader_id` in its front matter, so re-exporting
updates it in place even after the title changed. A file whose bytes are not what we last
wrote there (`export_files`) — edited in Obsidian, or someone else's file — is not replaced
unless `overwrite=True`; it is reported as a `Conflict` and the other files are still written.
Overwritten, its content is first kept beside it (`keep_copy`, reported as `KeptCopy`): the
window's "Overwrite?" and `briefing export --force` had replaced a note edited in Obsidian
with no trace of the user's version.
A file with no record under its path but bytes we wrote somewhere (a vault the user moved or
copied) is ours and unedited: it is updated like one in the folder we wrote it to.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reader.core.export import documents
from reader.core.export.briefing import (
    BriefingCancelled,
    BriefingText,
    briefing_document,
    briefing_reader_id,
    placed_briefing,
)
from reader.core.export.safe_paths import (
    UnsafePathError,
    atomic_write,
    existing_reader_ids,
    file_stem,
    folded,
    inside,
    keep_copy,
    unique_folded_name,
)
from reader.core.export.words import words
from reader.core.progress import IsCancelled, Progress
from reader.core.store import Store, content_hash, ever_written, record_many, recorded_hash

RECORD_BATCH = 200  # files written between two records of them (one transaction each)



@dataclass(frozen=True, slots=True)
class PlannedFile:
    """A document to write: named after `stem` unless a file with its reader_id exists.

    `name` is a file name the user chose themselves (a single file saved as …); it wins.
    `former_ids` are other ids the same document's file may carry from earlier exports.
    """

    stem: str
    text: str
    reader_id: str
    name: str | None = None
    former_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    path: Path
    reason: str


@dataclass(frozen=True, slots=True)
class KeptCopy:
    """An edited file an export overwrote (`path`) and where the user's version went (`copy`)."""

    path: Path
    copy: Path


@dataclass(slots=True)
class ExportReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    kept: list[KeptCopy] = field(default_factory=list)  # overwritten edits, kept beside their files
    not_reached: int = 0  # documents a cancelled export did not get to (nothing written for them)
    cancelled: bool = False

    @property
    def paths(self) -> list[Path]:
        """Every file the export now stands for, written or already up to date."""
        return self.written + self.unchanged


class ExportWriteError(OSError):
    """The export could not write into its folder (read-only, full, a file in the folder's
    place): says so naming the file meant — the bare OSError named the hidden temporary file
    it was being written as — and keeps the `report` of the files written before it."""

    def __init__(self, message: str, report: ExportReport) -> None:
        super().__init__(message)
        self.report = report


def export_sources(
    store: Store,
    source_ids: Sequence[int],
    folder: Path,
    *,
    overwrite: bool = False,
    label_names: Mapping[str, str] | None = None,
    language: str = "en",
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ExportReport:
    """One Markdown file per source in `folder`, its generated words in `language`.

    Each document is made just before it is written, so `progress` counts files on disk and a
    cancel (`is_cancelled`, asked before each file) stops after the file being written; the
    files written by then stay, recorded as any export's."""

    said = words(language)

    def planned() -> Iterator[PlannedFile]:
        for source_id in source_ids:
            item = documents.load(store, source_id)
            stem = file_stem(item.source.title, said.untitled)  # the file's name, and its alias's test
            text = documents.source_document(item, label_names, said, stem)
            yield PlannedFile(stem, text, item.reader_id, former_ids=item.former_ids)

    return write_files(store, folder, planned(), overwrite=overwrite, total=len(source_ids),
                       progress=progress, is_cancelled=is_cancelled)  # fmt: skip


def export_combined(
    store: Store,
    source_ids: Sequence[int],
    folder: Path,
    title: str,
    *,
    overwrite: bool = False,
    label_names: Mapping[str, str] | None = None,
    today: date | None = None,
    file_name: str | None = None,
    language: str = "en",
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ExportReport:
    """All the sources in one file named after `title` ("Japan", "Library" …) or `file_name`.

    `progress` counts the sources read; a cancel while they are read writes nothing (half a
    combined file is no export of what was chosen)."""
    items: list[documents.SourceExport] = []
    for done, source_id in enumerate(source_ids):
        if is_cancelled is not None and is_cancelled():
            return ExportReport(not_reached=len(source_ids), cancelled=True)
        items.append(documents.load(store, source_id))
        if progress is not None:
            progress(done + 1, len(source_ids))
    said = words(language)
    text = documents.combined_document(items, title, today or date.today(), label_names, said)
    combined_id = "br-combined-" + hashlib.sha256(title.casefold().encode()).hexdigest()[:8]
    # the name its document's heading and alias are made for ("Export" for a title of link syntax alone)
    planned = PlannedFile(file_stem(title, said.export_title), text, combined_id, file_name)
    return write_files(store, folder, [planned], overwrite=overwrite)


def export_briefing(
    store: Store,
    briefing_id: int,
    folder: Path,
    *,
    overwrite: bool = False,
    file_name: str | None = None,
    language: str = "en",
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ExportReport:
    """The briefing as one document named after it (or `file_name`).

    `progress` counts the briefing's items as its document is made. A cancel before the file
    is begun writes nothing (the report says `cancelled`, its one file `not_reached`); the file
    itself is written whole or not at all, however it ends."""
    try:
        text = briefing_document(store, briefing_id, words(language), progress=progress, is_cancelled=is_cancelled)
    except BriefingCancelled:
        return ExportReport(not_reached=1, cancelled=True)
    planned = _briefing_file(store, briefing_id, text, file_name, language)
    return write_files(store, folder, [planned], overwrite=overwrite, is_cancelled=is_cancelled)


def briefing_file_name(store: Store, briefing_id: int, folder: Path, language: str) -> str:
    """The name `export_briefing` gives the briefing's file in `folder` when it is not told one:
    the file it went to there before (by its reader_id), else one made from the briefing's name
    that no file in the folder has, in `language`'s word if nothing of the name is left (the
    composer offers it in its save dialog; with no language given it offered "Untitled.md" where
    a German export writes "Ohne Titel.md")."""
    planned = _briefing_file(store, briefing_id, "", None, language)
    used = {folded(name) for name in os.listdir(folder)} if folder.is_dir() else set()
    return _file_name(planned, existing_reader_ids(folder), used)


def briefing_file_in(store: Store, briefing_id: int, folder: Path) -> str | None:
    """The name of the file in `folder` that is this briefing's (its reader_id in the front
    matter), None when none is: the composer offers the folder the briefing went to while its
    file is still there, and that file in it."""
    briefing = store.briefings.get(briefing_id)
    return None if briefing is None else existing_reader_ids(folder).get(briefing_reader_id(briefing))


def _briefing_file(
    store: Store, briefing_id: int, text: str, file_name: str | None, language: str
) -> PlannedFile:
    """The briefing's document as a file to write: named after the briefing (a name of link
    syntax alone in the export's word for untitled: a German export wrote "Untitled.md"),
    known by its id."""
    briefing = store.briefings.get(briefing_id)
    if briefing is None:
        raise KeyError(f"no briefing #{briefing_id}")
    stem = file_stem(briefing.name, words(language).untitled)
    return PlannedFile(stem, text, briefing_reader_id(briefing), file_name)


def _file_name(item: PlannedFile, known: dict[str, str], used: set[str]) -> str:
    """The file a planned document goes to: the name asked for, the file that holds its
    reader_id in the folder already (or one of its former ids), else a new name from its stem
    that no file there has (`used`: the folder's names, `folded`)."""
    for identity in (item.reader_id, *item.former_ids):
        if not item.name and identity in known:
            return known[identity]
    return item.name or unique_folded_name(item.stem, used)


def briefing_markdown(store: Store, briefing_id: int, language: str = "en") -> BriefingText:
    """The briefing's document as `export_briefing` would write it, with where each item
    begins in it (the composer's preview)."""
    return placed_briefing(store, briefing_id, words(language))


def write_files(
    store: Store,
    folder: Path,
    planned: Iterable[PlannedFile],
    *,
    overwrite: bool = False,
    total: int | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ExportReport:
    """Write each planned document into `folder` (created if missing), safely; stop with
    ExportWriteError at the first file that cannot be written, or, when `is_cancelled()` says
    so, before the next file (the report says `cancelled`, and how many it `not_reached` of
    `total`). `progress(done, total)` says how many files are done, before each and at the end.

    What was written is recorded RECORD_BATCH files at a time, and whatever is left when the
    export ends, stops or is cancelled: a file written but not recorded (a crash in between) is
    only asked about before the next export overwrites it."""
    if total is None:
        planned = list(planned)
        total = len(planned)
    report = ExportReport()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise ExportWriteError(f"{folder} is a file, not a folder", report) from None
    except OSError as exc:
        raise ExportWriteError(f"the folder {folder} could not be made ({exc.strerror or exc})", report) from exc
    root = folder.resolve()
    known = existing_reader_ids(root)
    used = {folded(name) for name in os.listdir(root)}
    written: list[tuple[str, str]] = []  # (path, hash) not recorded yet
    try:
        for done, item in enumerate(planned):
            if is_cancelled is not None and is_cancelled():
                report.cancelled, report.not_reached = True, total - done
                break
            if progress is not None:
                progress(done, total)
            name = _file_name(item, known, used)
            used.add(folded(name))
            try:
                path = inside(root, name)
            except UnsafePathError as exc:
                report.conflicts.append(Conflict(root / name, str(exc)))
                continue
            try:
                _write_one(store, path, item.text.encode("utf-8"), overwrite, report, written)
            except OSError as exc:
                raise ExportWriteError(f"{path} could not be written ({exc.strerror or exc})", report) from exc
            if len(written) >= RECORD_BATCH:
                _record(store, written)
        else:
            if progress is not None:
                progress(total, total)
    finally:
        _record(store, written)
    return report


def _write_one(
    store: Store, path: Path, data: bytes, overwrite: bool, report: ExportReport, written: list[tuple[str, str]]
) -> None:
    """Write `data` to `path` unless that would overwrite someone's edits; record what was
    written (in `written`, for `_record`), so the next export knows the file as its own.

    A library open read-only (damaged, or on a disk the user may not write) cannot keep that
    record, and reading and exporting are what it is opened for: the file is written all the
    same, unrecorded. A later export over it then finds a file it did not write and asks first.
    """
    if path.exists():
        if not path.is_file():
            report.conflicts.append(Conflict(path, "is not a regular file"))
            return
        current = path.read_bytes()
        as_written = _as_written(current)
        if as_written == data:  # left as it is, in the line endings it was saved with
            written.append((str(path), content_hash(data)))
            report.unchanged.append(path)
            return
        recorded, digest = recorded_hash(store.db, str(path)), content_hash(as_written)
        ours = digest == recorded or (recorded is None and ever_written(store.db, digest))
        if not overwrite and not ours:
            reason = (
                "changed outside Briefing Reader since the last export"
                if recorded
                else "exists and was not written by Briefing Reader"
            )
            report.conflicts.append(Conflict(path, reason))
            return
        if not ours:  # overwriting someone's edits: never silently, never without their version
            report.kept.append(KeptCopy(path, keep_copy(path, current, datetime.now())))
    atomic_write(path, data)
    written.append((str(path), content_hash(data)))
    report.written.append(path)


def _as_written(data: bytes) -> bytes:
    """A file's bytes in the form the export writes: "\n" line ends, no byte order mark. A sync
    tool or an editor that saves its own way (git's autocrlf on Windows, Notepad's mark) changes
    no word of it: every file of a vault so synced was a conflict, "changed outside Briefing
    Reader", and the export wrote none of them without --force and a .bak of each."""
    return data.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")


def _record(store: Store, written: list[tuple[str, str]]) -> None:
    """Record the files in `written` in one transaction and empty the list."""
    if not store.read_only:
        record_many(store.db, written)
    written.clear()
