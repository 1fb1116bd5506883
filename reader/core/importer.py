"""Importing a batch of files: parse in worker processes, store with one writer.

Parsing is pure CPU work on bytes and runs in a process pool to use every core (see
`reader.core.import_pool`); only the writer touches the library, as SQLite wants. Files are
stored in short batch transactions, and a file that fails to store costs only itself (see
`_BatchWriter`), so a bad file is reported by name and reason and never stops or rolls back
the others.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from reader.core.changes import Changes
from reader.core.gc_quiet import old_objects_frozen
from reader.core.import_files import collect, error_result
from reader.core.import_pool import Parsed, prepared_in_order
from reader.core.ingest import PreparedFile
from reader.core.models import ImportResult, ImportStatus
from reader.core.progress import IsCancelled, Progress
from reader.core.revisions import link_similar, place
from reader.core.store import DuplicateSourceError, Store, attach_tags, library_busy
from reader.core.stories import group_new

log = logging.getLogger(__name__)



class ImportPhase(StrEnum):
    """What an import is doing, for a display: storing files (counted by `progress`), then,
    after the last file, grouping same-event stories and linking similar sources — seconds
    for a large folder, with no count to show, which a finished bar would hide."""

    STORING = "storing"
    GROUPING = "grouping"


OnPhase = Callable[[ImportPhase], None]

# Files stored per commit: bounded in time too, so the window's own writes never wait long.
BATCH_FILES = 200
BATCH_SECONDS = 0.25


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    tags: Sequence[str] = (),
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    workers: int | None = None,
    update: bool = False,
    on_phase: OnPhase | None = None,
    before_storing: Callable[[], object] | None = None,
) -> list[ImportResult]:
    """Import files and folders into `store`; one result per file, in order.

    `progress(done, total)` is called after each file; when `is_cancelled()` turns true the
    import stops after the current file and returns what was done so far (all of it stored).
    A file that is a newer version of a source is reported as such, or with `update` applied
    to it (the source keeps its id and highlights; its earlier text becomes a revision).
    `on_phase(phase)` is told when each `ImportPhase` begins, in order. `before_storing()` is
    called once, before the first file is stored, with the parsing workers started: what it does
    to the library as it was (the command line's daily backup, on one core) runs while they parse.
    """
    # the parsers' tables and the window stay out of the collector's walks
    with old_objects_frozen():
        return _import(store, paths, tags, progress, is_cancelled, workers, update, on_phase, before_storing)


def _import(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    tags: Sequence[str],
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
    workers: int | None,
    update: bool,
    on_phase: OnPhase | None,
    before_storing: Callable[[], object] | None = None,
) -> list[ImportResult]:
    report = on_phase or (lambda _phase: None)
    report(ImportPhase.STORING)
    entries = collect(paths)
    files = [e for e in entries if isinstance(e, Path)]
    total = len(entries)
    writer = _BatchWriter(store, tags, update)
    prepared = prepared_in_order(entries, files, workers, before_storing)
    try:
        for item in prepared:
            if is_cancelled is not None and is_cancelled():
                break
            writer.write(item)
            if progress is not None:
                progress(len(writer.results), total)
        writer.finish()
    except sqlite3.DatabaseError as exc:  # the library itself: nothing more can be stored
        results = writer.stop(f"{NOT_STORED} ({exc})", entries)
        raise ImportStopped(exc, results, writer.left_out) from exc
    except KeyboardInterrupt:
        # Ctrl-C lands between any two statements, so perhaps half-way through a file's rows:
        # its batch goes back (the finish below used to commit it), the batches before stay.
        reached = len(writer.results)
        raise ImportInterrupted(writer.interrupted(entries), reached) from None
    finally:
        prepared.close()
        writer.finish()  # an interrupted import keeps what it stored
    # Same-event grouping once, after the last batch: it reads only the new sources' near-dated
    # neighbours, and never holds a batch's transaction open (see `reader.core.stories`).
    report(ImportPhase.GROUPING)
    try:
        group_new(store, [r.source_id for r in writer.results if r.status in _STORED and r.source_id and not r.from_bin])
        return _with_similar(store, writer.results)
    except KeyboardInterrupt:
        # Every file is stored by now: Ctrl-C here was a bare KeyboardInterrupt ("interrupted",
        # as if nothing were kept), and the same import again found only duplicates to group.
        raise ImportInterrupted(writer.results, len(writer.results), grouped=False) from None


# Results whose source has this file's text (and a story profile made from it).
_STORED = (ImportStatus.IMPORTED, ImportStatus.UPDATED)


def _with_similar(store: Store, results: list[ImportResult]) -> list[ImportResult]:
    """The new sources linked to an earlier one telling the same story elsewhere (after
    grouping, whose stories are where such a source is looked for)."""
    new = [r.source_id for r in results if r.status is ImportStatus.IMPORTED and r.source_id and not r.from_bin]
    similar = link_similar(store, new) if new else {}
    return [replace(r, similar_to=similar[r.source_id]) if r.source_id in similar
            and r.status is ImportStatus.IMPORTED else r for r in results]  # fmt: skip


def import_changes(results: Sequence[ImportResult]) -> Changes:
    added = frozenset(r.source_id for r in results if r.status is ImportStatus.IMPORTED and r.source_id)
    updated = frozenset(r.source_id for r in results if r.status is ImportStatus.UPDATED and r.source_id)
    # New and updated sources were grouped (`group_new`): their stories may have changed.
    # Binned copies replaced by fresh ones went for good: told, or taken for another's purge.
    purged = frozenset(r.replaced for r in results if r.replaced is not None)
    return Changes(sources_added=added, sources_updated=updated, highlights=updated, tags=bool(added),
                   stories=bool(added or updated), purged=purged)  # fmt: skip


def library_unusable(exc: sqlite3.DatabaseError) -> bool:
    """An error about the library itself (read-only, damaged, gone, its disk full), not about
    one file."""
    message = str(exc).lower()
    return any(sign in message for sign in ("readonly", "read-only", "unable to open", "disk is full",
                                            "disk i/o error", "malformed", "not a database"))  # fmt: skip


class ImportStopped(sqlite3.DatabaseError):
    """The library could not be written any more part-way through an import (its disk full,
    made read-only, damaged). `results` has one result per file, in order: the files stored
    before it stopped, as stored (they are in the library), every other one as an error.

    A DatabaseError still, so a caller that reports the library's trouble in one line goes on
    doing so; the command line lists the stored files first, so nobody is told that nothing
    was imported when hundreds were.
    """

    def __init__(
        self, cause: sqlite3.DatabaseError, results: list[ImportResult], left_out: frozenset[int] = frozenset()
    ) -> None:
        super().__init__(str(cause))
        self.results = results
        # The results the stop itself left out (the batch it rolled back, the files not reached),
        # by index: a file of a batch stored again one by one before, which the library could not
        # take just then, has the same reason, but the import had not stopped before it.
        self.left_out = left_out

    @property
    def stored(self) -> int:
        return sum(r.status in _STORED for r in self.results)


INTERRUPTED = "not imported: the import was interrupted"
# The reason of each file an ImportStopped left out, before the library's own words in brackets.
NOT_STORED = "not stored: the library could not be written"


class ImportInterrupted(KeyboardInterrupt):
    """Ctrl-C during an import: `results` as in ImportStopped (the rolled-back batch and the
    files not reached are errors giving INTERRUPTED), `reached` the number of files it got to.
    `grouped` is False when every file was stored and the same-event grouping after them was
    cut short: it is not undone (it never half-writes), but the new sources wait for a regroup."""

    def __init__(self, results: list[ImportResult], reached: int, grouped: bool = True) -> None:
        super().__init__()
        self.results = results
        self.reached = reached
        self.grouped = grouped

    @property
    def stored(self) -> int:
        return sum(r.status in _STORED for r in self.results)


class _BatchWriter:
    """Stores prepared files in short batches, one file failing without touching the others.

    A commit with synchronous=FULL waits for the disk, so committing every file would cap an
    import at the disk's flush rate; a batch is at most BATCH_FILES files or BATCH_SECONDS.
    Files are written straight into the batch's transaction: a savepoint per file would make
    SQLite's full-text index flush its pending terms for every file, doubling the writer's
    cost. Should storing a file fail, the batch is rolled back and its files are stored again
    one transaction each, so the failure costs that one file and nothing else.
    """

    def __init__(self, store: Store, tags: Sequence[str], update: bool = False) -> None:
        self.store = store
        self.tags = tags
        self.update = update
        self.results: list[ImportResult] = []
        self.batch: list[tuple[int, PreparedFile]] = []  # written, not yet committed
        self.profiles: dict[str, str] = {}  # story profiles of the batch's files, by path
        self.profiled = 0  # results before this index have had their profiles stored
        self.batch_started = 0.0
        self.in_flight: PreparedFile | None = None  # the file being written, its result last
        self.left_out: frozenset[int] = frozenset()  # the results `stop` set, by index
        self.committing = False  # from the batch's COMMIT until the batch is forgotten

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.db.conn

    def write(self, parsed: Parsed | ImportResult) -> None:
        if isinstance(parsed, ImportResult):
            self.results.append(parsed)
            return
        item = parsed.prepared
        self.profiles[item.path] = parsed.profile
        if not self.batch:
            self.conn.execute("BEGIN IMMEDIATE")
            self.batch_started = time.monotonic()
        self.results.append(ImportResult(item.path, ImportStatus.IMPORTED))  # set below
        self.in_flight = item  # part-written in the batch's transaction until stored
        try:
            self.results[-1] = self._store(item)
        except sqlite3.DatabaseError as exc:
            if library_unusable(exc):  # no file could be stored: say so once, not per file
                raise
            log.exception("could not store %s; storing its batch file by file", item.path)
            self._replay_batch_without(item)
            return
        except Exception:
            log.exception("could not store %s; storing its batch file by file", item.path)
            self._replay_batch_without(item)
            return
        self.in_flight = None
        self.batch.append((len(self.results) - 1, item))
        if len(self.batch) >= BATCH_FILES or time.monotonic() - self.batch_started > BATCH_SECONDS:
            self.finish()

    def finish(self) -> None:
        # The batch's profiles go in with its files (a commit of their own waited for the disk
        # once more per batch); after a replay, in a transaction of their own.
        self._save_profiles()
        if self.conn.in_transaction:
            self.committing = True
            self.conn.execute("COMMIT")
        self.batch.clear()
        self.committing = False

    def stop(self, reason: str, entries: Sequence[Path | ImportResult]) -> list[ImportResult]:
        """After the library failed or the import was interrupted: roll back the batch not
        committed (with the file half-written into it), and say for every file (`entries`, in
        order) whether it is in the library — the rolled-back batch and the files never reached
        are errors giving `reason`."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.DatabaseError:  # SQLite rolled it back itself
                pass
        undone = [*self.batch, *([(len(self.results) - 1, self.in_flight)] if self.in_flight else [])]
        for index, item in undone:
            self.results[index] = error_result(Path(item.path), reason)
        self.in_flight = None
        self.batch.clear()
        self.profiles.clear()
        self.profiled = len(self.results)
        rest = [e if isinstance(e, ImportResult) else error_result(e, reason)
                for e in entries[len(self.results) :]]  # fmt: skip
        self.left_out = frozenset([index for index, _item in undone]
                                  + [len(self.results) + n for n, e in enumerate(rest) if e.reason == reason])  # fmt: skip
        self.results += rest
        self.profiled = len(self.results)
        return list(self.results)

    def interrupted(self, entries: Sequence[Path | ImportResult]) -> list[ImportResult]:
        """`stop` after Ctrl-C. SQLite never ends a transaction of its own accord for it, so a
        batch whose COMMIT was under way and whose transaction is closed was committed: Ctrl-C
        came as its COMMIT returned (pressed while the COMMIT waited for the disk, a good part of
        the writer's time), before `finish` had forgotten the batch, and its files were said not
        to be imported — "nothing was imported" of files in the library. A transaction closed
        otherwise was rolled back (a replay's ROLLBACK): its batch is not in the library."""
        if self.committing and not self.conn.in_transaction:
            self.batch.clear()
        return self.stop(INTERRUPTED, entries)

    def _save_profiles(self) -> None:
        """Store the story profiles of the files stored since the last time: in the batch's
        transaction (rolled back with it), or after a replay's own commits, so a profile never
        outlives a rolled-back source."""
        stored = [
            (r.source_id, self.profiles[r.path])
            for r in self.results[self.profiled :]
            if r.status in _STORED and r.source_id and r.path in self.profiles
        ]
        self.profiled = len(self.results)
        if stored:
            self.store.stories.save_profiles(stored)
        self.profiles.clear()

    def _store(self, item: PreparedFile) -> ImportResult:
        duplicate = self.store.sources.find_duplicate(item.content_hash, item.body_hash)
        if duplicate is None:  # an earlier version of a binned source holding the user's work
            duplicate = self.store.bin.with_work_by_revision(item.content_hash, item.body_hash)
        version = place(self.store, item, update=self.update, same_text=duplicate is not None)
        if version is not None:  # a newer (or an earlier) version of a source in the library
            if version.status is ImportStatus.UPDATED and version.source_id:
                attach_tags(self.store.db, [version.source_id], self.tags)
            return version
        try:
            source_id, _changes, from_bin = self.store.sources.add_or_bring_back(
                item, tags=self.tags, duplicate=duplicate
            )
        except DuplicateSourceError as exc:
            # The user's intent ("these are about Japan") still holds; written in the batch's
            # transaction like the file itself, without a savepoint of its own.
            attach_tags(self.store.db, [exc.source_id], self.tags)
            return ImportResult(item.path, ImportStatus.DUPLICATE, str(exc), exc.source_id, exc.title)
        if from_bin is not None and duplicate is not None:  # its stored text, profile and story stay
            self.profiles.pop(item.path, None)
            return ImportResult(item.path, ImportStatus.IMPORTED, None, source_id, duplicate[1], from_bin=from_bin)
        title = item.article.title or item.fallback_title
        replaced = duplicate[0] if duplicate is not None else None  # binned, holding nothing: purged
        return ImportResult(item.path, ImportStatus.IMPORTED, None, source_id, title, replaced=replaced)

    def _replay_batch_without(self, failed: PreparedFile) -> None:
        """Roll the batch back and store its good files again, each in its own transaction.

        Each stays in the batch until stored again, so Ctrl-C meanwhile (`stop`) lists it as
        not imported, not as the source its rolled-back rows had been."""
        self.batch.append((len(self.results) - 1, failed))
        self.in_flight = None
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        while self.batch:
            index, item = self.batch[0]
            try:
                with self.store.write():
                    self.results[index] = self._store(item)
            except Exception as exc:  # e.g. disk full: this file fails, the import goes on
                log.exception("could not store %s", item.path)
                # The library's trouble (another writer past the wait, a full disk) is no fault
                # of the file: said as the files a stopped import left out are, so a report can
                # word it once, not SQLite's "(database is locked)" on every file's line.
                library = isinstance(exc, sqlite3.DatabaseError) and (library_busy(exc) or library_unusable(exc))
                reason = f"{NOT_STORED} ({exc})" if library else f"could not be stored ({exc})"
                self.results[index] = error_result(Path(item.path), reason)
            del self.batch[0]
