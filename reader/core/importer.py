"""Importing a batch of files: parse in worker processes, store with one writer.

Each file is stored in its own transaction (a savepoint inside a short batch transaction), so
a bad file is reported by name and reason and never stops or rolls back the others. Parsing is
pure CPU work on bytes and runs in a process pool to use every core; only the writer touches the
library, as SQLite wants.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reader.core.changes import Changes
from reader.core.ingest import IngestError, PreparedFile, is_supported, prepare_file
from reader.core.models import ImportResult, ImportStatus
from reader.core.store import DuplicateSourceError, Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

# Below this many files a process pool costs more to start than it saves.
PARALLEL_THRESHOLD = 48
# Files stored per commit: bounded in time too, so the window's own writes never wait long.
BATCH_FILES = 200
BATCH_SECONDS = 0.25


def collect(paths: Iterable[str | os.PathLike[str]]) -> list[Path | ImportResult]:
    """Expand folders (recursively, sorted, hidden files skipped) into files, keeping order.

    A path that does not exist, or a file in a folder whose type no parser reads, becomes an
    error result at its place so the report names it.
    """
    entries: list[Path | ImportResult] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            for child in sorted(_walk(path)):
                if is_supported(child):
                    entries.append(child)
                else:
                    entries.append(_error(child, f"not an article file ({child.suffix or 'no suffix'})"))
        elif path.exists():
            entries.append(path)
        else:
            entries.append(_error(path, "file not found"))
    return entries


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                yield Path(root) / name


def _error(path: Path, reason: str) -> ImportResult:
    return ImportResult(str(path), ImportStatus.ERROR, reason)


def _prepare(path: Path) -> PreparedFile | ImportResult:
    """Worker side: never raises, so one broken file cannot take the pool down."""
    try:
        return prepare_file(path)
    except IngestError as exc:
        return _error(path, str(exc))
    except Exception as exc:  # a parser bug must not lose the rest of the batch
        log.exception("could not parse %s", path)
        return _error(path, f"could not be parsed ({type(exc).__name__}: {exc})")


def import_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    tags: Sequence[str] = (),
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import files and folders into `store`; one result per file, in order.

    `progress(done, total)` is called after each file; when `is_cancelled()` turns true the
    import stops after the current file and returns what was done so far (all of it stored).
    """
    entries = collect(paths)
    files = [e for e in entries if isinstance(e, Path)]
    total = len(entries)
    results: list[ImportResult] = []
    prepared = _prepared_in_order(entries, files, workers)
    writer = _BatchWriter(store, tags)
    try:
        for item in prepared:
            if is_cancelled is not None and is_cancelled():
                break
            results.append(writer.write(item) if isinstance(item, PreparedFile) else item)
            if progress is not None:
                progress(len(results), total)
    finally:
        writer.finish()
        prepared.close()
    return results


def import_changes(results: Sequence[ImportResult]) -> Changes:
    added = frozenset(r.source_id for r in results if r.status is ImportStatus.IMPORTED and r.source_id)
    return Changes(sources_added=added, tags=bool(added))


def _prepared_in_order(
    entries: list[Path | ImportResult], files: list[Path], workers: int | None
) -> Iterator[PreparedFile | ImportResult]:
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(files) < PARALLEL_THRESHOLD:
        for entry in entries:
            yield _prepare(entry) if isinstance(entry, Path) else entry
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=_pool_context()) as pool:
        parsed = pool.map(_prepare, files, chunksize=16)
        try:
            for entry in entries:
                yield next(parsed) if isinstance(entry, Path) else entry
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _pool_context() -> multiprocessing.context.BaseContext:
    """A forkserver: workers never inherit the window's threads, and start with parsers loaded."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["reader.core.ingest"])
    return context


class _BatchWriter:
    """Stores prepared files, each in its own savepoint, committing in short batches.

    A commit with synchronous=FULL waits for the disk; committing every file would cap an
    import at the disk's flush rate. A batch is at most BATCH_FILES files or BATCH_SECONDS.
    """

    def __init__(self, store: Store, tags: Sequence[str]) -> None:
        self.store = store
        self.tags = tags
        self.in_batch = 0
        self.batch_started = 0.0

    def store_one(self, item: PreparedFile) -> ImportResult:
        try:
            with self.store.write():  # a savepoint: this file's writes stand or fall together
                source_id, _changes = self.store.sources.add(item, tags=self.tags)
        except DuplicateSourceError as exc:
            for tag in self.tags:  # the user's intent ("these are about Japan") still holds
                self.store.tags.add([exc.source_id], tag)
            return ImportResult(item.path, ImportStatus.DUPLICATE, str(exc), exc.source_id, exc.title)
        except Exception as exc:  # e.g. disk full: this file fails, the batch goes on
            log.exception("could not store %s", item.path)
            return _error(Path(item.path), f"could not be stored ({exc})")
        title = item.article.title or item.fallback_title
        return ImportResult(item.path, ImportStatus.IMPORTED, None, source_id, title)

    def write(self, item: PreparedFile) -> ImportResult:
        if self.in_batch == 0:
            self.store.db.conn.execute("BEGIN IMMEDIATE")
            self.batch_started = time.monotonic()
        result = self.store_one(item)
        self.in_batch += 1
        if self.in_batch >= BATCH_FILES or time.monotonic() - self.batch_started > BATCH_SECONDS:
            self.finish()
        return result

    def finish(self) -> None:
        if self.in_batch and self.store.db.conn.in_transaction:
            self.store.db.conn.execute("COMMIT")
        self.in_batch = 0
