"""Importing a batch of files: parse in worker processes, store with one writer.

Parsing is pure CPU work on bytes and runs in a process pool to use every core; only the writer
touches the library, as SQLite wants. Files are stored in short batch transactions, and a file
that fails to store costs only itself (see `_BatchWriter`), so a bad file is reported by name
and reason and never stops or rolls back the others.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from reader.core.changes import Changes
from reader.core.import_files import collect, error_result
from reader.core.ingest import IngestError, PreparedFile, prepare_file
from reader.core.models import ImportResult, ImportStatus
from reader.core.revisions import link_similar, place
from reader.core.store import DuplicateSourceError, Store, attach_tags
from reader.core.stories import group_new, make_profile

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ImportPhase(StrEnum):
    """What an import is doing, for a display: storing files (counted by `progress`), then,
    after the last file, grouping same-event stories and linking similar sources — seconds
    for a large folder, with no count to show, which a finished bar would hide."""

    STORING = "storing"
    GROUPING = "grouping"


OnPhase = Callable[[ImportPhase], None]

# Below this many files a process pool costs more to start than it saves.
PARALLEL_THRESHOLD = 48
# Files stored per commit: bounded in time too, so the window's own writes never wait long.
BATCH_FILES = 200
BATCH_SECONDS = 0.25
# Files a worker parses per task, and tasks queued per worker: enough to keep the workers busy
# while the writer stores, few enough that memory stays flat however large the folder.
CHUNK_FILES = 16
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# Allocations between two young-generation garbage collections in a worker (Python's default is
# 700). Parsing a file allocates thousands of short-lived objects and leaves no reference cycles,
# so the default threshold spent 2-5 % of a worker's time collecting nothing; cycles, should any
# arise, are still collected.
WORKER_GC_THRESHOLD = 50_000
# How often a worker looks whether the importing process still exists.
PARENT_CHECK_S = 0.5


@dataclass(frozen=True, slots=True)
class _Parsed:
    """What a worker hands the writer for one file: the prepared file and its story profile.

    The profile (same-event grouping's evidence) is computed here, in the parsing processes,
    for the reason the search terms are: the writer is one process, and what it does not have
    to compute runs on every core instead of after the last file.
    """

    prepared: PreparedFile
    profile: str


def _prepare(path: Path) -> _Parsed | ImportResult:
    """Worker side: never raises, so one broken file cannot take the pool down."""
    try:
        prepared = prepare_file(path)
        article = prepared.article
        title = article.title or prepared.fallback_title
        profile = make_profile(
            0, title, article.teaser, prepared.reading_text, article.lang, article.published
        )
        return _Parsed(prepared, profile.to_json())
    except IngestError as exc:
        return error_result(path, str(exc))
    except Exception as exc:  # a parser bug must not lose the rest of the batch
        log.exception("could not parse %s", path)
        return error_result(path, f"could not be parsed ({type(exc).__name__}: {exc})")


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
) -> list[ImportResult]:
    """Import files and folders into `store`; one result per file, in order.

    `progress(done, total)` is called after each file; when `is_cancelled()` turns true the
    import stops after the current file and returns what was done so far (all of it stored).
    A file that is a newer version of a source is reported as such, or with `update` applied
    to it (the source keeps its id and highlights; its earlier text becomes a revision).
    `on_phase(phase)` is told when each `ImportPhase` begins, in order.
    """
    report = on_phase or (lambda _phase: None)
    report(ImportPhase.STORING)
    entries = collect(paths)
    files = [e for e in entries if isinstance(e, Path)]
    total = len(entries)
    writer = _BatchWriter(store, tags, update)
    prepared = _prepared_in_order(entries, files, workers)
    try:
        for item in prepared:
            if is_cancelled is not None and is_cancelled():
                break
            writer.write(item)
            if progress is not None:
                progress(len(writer.results), total)
    finally:
        writer.finish()
        prepared.close()
    # Same-event grouping once, after the last batch: it reads only the new sources' near-dated
    # neighbours, and never holds a batch's transaction open (see `reader.core.stories`).
    report(ImportPhase.GROUPING)
    group_new(store, [r.source_id for r in writer.results if r.status in _STORED and r.source_id])
    return _with_similar(store, writer.results)


# Results whose source has this file's text (and a story profile made from it).
_STORED = (ImportStatus.IMPORTED, ImportStatus.UPDATED)


def _with_similar(store: Store, results: list[ImportResult]) -> list[ImportResult]:
    """The new sources linked to an earlier one telling the same story elsewhere (after
    grouping, whose stories are where such a source is looked for)."""
    new = [r.source_id for r in results if r.status is ImportStatus.IMPORTED and r.source_id]
    similar = link_similar(store, new) if new else {}
    return [replace(r, similar_to=similar[r.source_id]) if r.source_id in similar
            and r.status is ImportStatus.IMPORTED else r for r in results]  # fmt: skip


def import_changes(results: Sequence[ImportResult]) -> Changes:
    added = frozenset(r.source_id for r in results if r.status is ImportStatus.IMPORTED and r.source_id)
    updated = frozenset(r.source_id for r in results if r.status is ImportStatus.UPDATED and r.source_id)
    # New and updated sources were grouped (`group_new`): their stories may have changed.
    return Changes(sources_added=added, sources_updated=updated, highlights=updated, tags=bool(added),
                   stories=bool(added or updated))  # fmt: skip


def _prepared_in_order(
    entries: list[Path | ImportResult], files: list[Path], workers: int | None
) -> Generator[_Parsed | ImportResult, None, None]:
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(files) < PARALLEL_THRESHOLD:
        for entry in entries:
            yield _prepare(entry) if isinstance(entry, Path) else entry
        return
    parsed = _parse_in_pool(files, workers)
    try:
        for entry in entries:
            yield next(parsed) if isinstance(entry, Path) else entry
    finally:
        parsed.close()


def _prepare_chunk(paths: list[Path]) -> list[_Parsed | ImportResult]:
    """Worker side: a chunk of files, each slimmed for the trip to the writer."""
    return [
        _Parsed(item.prepared.for_writer(), item.profile) if isinstance(item, _Parsed) else item
        for item in map(_prepare, paths)
    ]


def _parse_in_pool(files: list[Path], workers: int) -> Generator[_Parsed | ImportResult, None, None]:
    """Parse in worker processes, in order, with a bounded number of chunks in flight.

    Submitting everything at once would hold every parsed file in memory while the writer
    catches up (about 25 KB a file: gigabytes for a large folder).

    The first submissions block until the forkserver has imported the parsers and forked the
    workers (0.2-0.4 s, a fifth of a 1,000-file import). They run in a helper thread, and this
    process, idle until the first chunk is back, parses files from the end of the list
    meanwhile; those are yielded last, so the order stays that of `files`.
    """
    end = len(files)  # files[end:] are parsed here, not in the pool
    submitted = 0  # files[:submitted] went to the pool

    def submit(pool: ProcessPoolExecutor) -> Future[list[_Parsed | ImportResult]]:
        nonlocal submitted
        chunk = files[submitted : min(submitted + CHUNK_FILES, end)]
        submitted += len(chunk)
        return pool.submit(_prepare_chunk, chunk)

    with ProcessPoolExecutor(
        max_workers=workers, mp_context=_pool_context(), initializer=_start_worker,
        initargs=(os.getpid(),),
    ) as pool:
        tail: list[_Parsed | ImportResult] = []
        try:
            # One chunk per worker starts every worker; `submitted` is final before the
            # helper runs, so the loop below never takes a file the pool has.
            first = [files[i : i + CHUNK_FILES] for i in range(0, workers * CHUNK_FILES, CHUNK_FILES)]
            submitted = min(workers * CHUNK_FILES, end)
            with ThreadPoolExecutor(max_workers=1) as helper:
                starting = helper.submit(lambda: [pool.submit(_prepare_chunk, c) for c in first if c])
                while not starting.done() and end > submitted:
                    end -= 1
                    tail += _prepare_chunk([files[end]])
                in_flight = deque(starting.result())
            while in_flight:
                while submitted < end and len(in_flight) < workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                    in_flight.append(submit(pool))
                yield from in_flight.popleft().result()
            yield from reversed(tail)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _start_worker(parent: int) -> None:
    gc.set_threshold(WORKER_GC_THRESHOLD)
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with(parent: int) -> None:
    """Worker side: end this process once the importing process is gone (killed, crashed).

    A pool's workers wait on a queue the dead parent can no longer close, and would otherwise
    live on, each holding its memory, until the machine restarts.
    """
    while _alive(parent):
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _alive(pid: int) -> bool:
    if os.name != "posix":  # no signal 0 there; the executor's own checks have to do
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _pool_context() -> multiprocessing.context.BaseContext:
    """A forkserver: workers never inherit the window's threads, and start with this module
    and the story word lists loaded (see `reader.core.import_preload`: importing this module
    after the fork cost each worker a third of a second of CPU, the word lists 0.1 s more)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["reader.core.import_preload"])
    return context


def library_unusable(exc: sqlite3.DatabaseError) -> bool:
    """An error about the library itself (read-only, damaged, gone), not about one file."""
    message = str(exc).lower()
    return any(sign in message for sign in ("readonly", "read-only", "unable to open",
                                            "disk i/o error", "malformed", "not a database"))  # fmt: skip


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

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.db.conn

    def write(self, parsed: _Parsed | ImportResult) -> None:
        if isinstance(parsed, ImportResult):
            self.results.append(parsed)
            return
        item = parsed.prepared
        self.profiles[item.path] = parsed.profile
        if not self.batch:
            self.conn.execute("BEGIN IMMEDIATE")
            self.batch_started = time.monotonic()
        self.results.append(ImportResult(item.path, ImportStatus.IMPORTED))  # set below
        try:
            self.results[-1] = self._store(item)
        except sqlite3.DatabaseError as exc:
            if library_unusable(exc):  # no file could be stored: say so once, not per file
                self.results.pop()
                self.conn.execute("ROLLBACK")
                self.batch.clear()
                raise
            log.exception("could not store %s; storing its batch file by file", item.path)
            self._replay_batch_without(item)
            return
        except Exception:
            log.exception("could not store %s; storing its batch file by file", item.path)
            self._replay_batch_without(item)
            return
        self.batch.append((len(self.results) - 1, item))
        if len(self.batch) >= BATCH_FILES or time.monotonic() - self.batch_started > BATCH_SECONDS:
            self.finish()

    def finish(self) -> None:
        # The batch's profiles go in with its files (a commit of their own waited for the disk
        # once more per batch); after a replay, in a transaction of their own.
        self._save_profiles()
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self.batch.clear()

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
        version = place(self.store, item, update=self.update)
        if version is not None:  # a newer (or an earlier) version of a source in the library
            if version.status is ImportStatus.UPDATED and version.source_id:
                attach_tags(self.store.db, [version.source_id], self.tags)
            return version
        try:
            source_id, _changes = self.store.sources.add_in_transaction(item, tags=self.tags)
        except DuplicateSourceError as exc:
            # The user's intent ("these are about Japan") still holds; written in the batch's
            # transaction like the file itself, without a savepoint of its own.
            attach_tags(self.store.db, [exc.source_id], self.tags)
            return ImportResult(item.path, ImportStatus.DUPLICATE, str(exc), exc.source_id, exc.title)
        title = item.article.title or item.fallback_title
        return ImportResult(item.path, ImportStatus.IMPORTED, None, source_id, title)

    def _replay_batch_without(self, failed: PreparedFile) -> None:
        """Roll the batch back and store its good files again, each in its own transaction."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        replay, self.batch = self.batch, []
        for index, item in [*replay, (len(self.results) - 1, failed)]:
            try:
                with self.store.write():
                    self.results[index] = self._store(item)
            except Exception as exc:  # e.g. disk full: this file fails, the import goes on
                log.exception("could not store %s", item.path)
                self.results[index] = error_result(Path(item.path), f"could not be stored ({exc})")
