"""Parsing an import's files in worker processes, handed back in order.

Parsing is pure CPU work on bytes, so it runs in a process pool to use every core while the
importer's one writer stores what comes back (see `reader.core.importer`). Each file is parsed,
analysed for search and profiled for story grouping here; the writer only executes inserts.
"""

from __future__ import annotations

import copyreg
import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from reader.core.analysis import IndexTerms
from reader.core.gc_quiet import YOUNG_OBJECTS
from reader.core.import_ctrl_c import ctrl_c_put_off, end_workers, ignore_ctrl_c
from reader.core.import_files import error_result, readable_path
from reader.core.ingest import (
    IngestError,
    ParsedArticle,
    PreparedFile,
    field_values,
    load_formats,
    load_name_lists,
    prepare_bytes,
    prepare_file,
)
from reader.core.models import ImportResult
from reader.core.stories import load_word_lists, make_profile

log = logging.getLogger(__name__)

# Below this many files a process pool costs more to start than it saves.
PARALLEL_THRESHOLD = 48
# Files a worker parses per task, and tasks queued per worker: enough to keep the workers busy
# while the writer stores, few enough that memory stays flat however large the folder.
CHUNK_FILES = 16
CHUNKS_IN_FLIGHT_PER_WORKER = 4
# How often a worker looks whether the importing process still exists.
PARENT_CHECK_S = 0.5


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a worker hands the writer for one file: the prepared file and its story profile.

    The profile (same-event grouping's evidence) is computed here, in the parsing processes,
    for the reason the search terms are: the writer is one process, and what it does not have
    to compute runs on every core instead of after the last file.
    """

    prepared: PreparedFile
    profile: str


def _pickle_as_fields(cls: type[Any]) -> None:
    """Pickle instances of the dataclass `cls` as its constructor and field values.

    A slotted dataclass pickles through Python functions of `dataclasses` that list its fields
    anew for every object: 53 µs of a worker's time per file handed over (its prepared file,
    article and index terms), 24 µs this way; unpickled, the objects are equal (the
    constructors only assign their fields).
    """
    values = field_values(cls)[1]
    copyreg.pickle(cls, lambda obj: (cls, values(obj)))


for _handed_over in (Parsed, PreparedFile, ParsedArticle, IndexTerms):
    _pickle_as_fields(_handed_over)


# Parsed files (or why a file could not be), in order; a chunk of them on its way from a worker.
Items = Generator[Parsed | ImportResult, None, None]
Chunk = Future[list[Parsed | ImportResult]]
# Called once the workers parse, before the first file is handed over.
Started = Callable[[], object]


def prepare(path: Path) -> Parsed | ImportResult:
    """Worker side: never raises, so one broken file cannot take the pool down."""
    try:
        prepared = _stored_name(prepare_file(path))
        article = prepared.article
        title = article.title or prepared.fallback_title
        profile = make_profile(
            0, title, article.teaser, prepared.reading_text, article.lang, article.published
        )
        return Parsed(prepared, profile.to_json())
    except IngestError as exc:
        return error_result(path, str(exc))
    except Exception as exc:  # a parser bug must not lose the rest of the batch
        log.exception("could not parse %s", path)
        return error_result(path, f"could not be parsed ({type(exc).__name__}: {exc})")


def _stored_name(prepared: PreparedFile) -> PreparedFile:
    """The file prepared again under a readable name when its name is not UTF-8 on disk (see
    `readable_path`): the name also goes into the derived title and the search index, which
    could not store it. Its text, encoding and fingerprint stay those of the file."""
    name = readable_path(prepared.file_name)
    if name == prepared.file_name:
        return prepared
    again = prepare_bytes(prepared.raw_text.encode("utf-8"), name, path=readable_path(prepared.path))
    return replace(again, encoding=prepared.encoding, content_hash=prepared.content_hash)


def prepared_in_order(
    entries: list[Path | ImportResult], files: list[Path], workers: int | None, started: Started | None = None
) -> Items:
    """The entries, each file parsed; `started()` is called once before the first is handed
    over, with the workers parsing (see `reader.core.importer`'s `before_storing`)."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(files) < PARALLEL_THRESHOLD:
        if started is not None:
            started()
        for entry in entries:
            yield prepare(entry) if isinstance(entry, Path) else entry
        return
    parsed = _parse_in_pool(files, workers, started)
    try:
        for entry in entries:
            yield next(parsed) if isinstance(entry, Path) else entry
    finally:
        parsed.close()


def _prepare_chunk(paths: list[Path]) -> list[Parsed | ImportResult]:
    """Worker side: a chunk of files, each slimmed for the trip to the writer."""
    return [
        Parsed(item.prepared.for_writer(), item.profile) if isinstance(item, Parsed) else item
        for item in map(prepare, paths)
    ]


def _parse_in_pool(files: list[Path], workers: int, started: Started | None) -> Items:
    """Parse in worker processes, in order, with a bounded number of chunks in flight.

    Submitting everything at once would hold every parsed file in memory while the writer
    catches up (about 25 KB a file: gigabytes for a large folder).
    """
    if _forkable():
        yield from _parse_forked(files, workers, started)
    else:
        yield from _parse_via_forkserver(files, workers, started)


def _forkable() -> bool:
    """Whether this process may fork its workers itself: the command line, whose one Python
    thread is running the import. A forked worker starts with everything this process has
    loaded, where the forkserver, a fresh interpreter, imported the parsers and word lists
    again (0.3 s of CPU, 0.3 ms a file of a 1,000-file import).

    A lock another thread holds at the fork stays locked in the child for ever, so a process
    with other Python threads, or with Qt loaded (the window: its threads run Python code
    that `threading` does not list), uses the forkserver. Threads of C libraries that run no
    Python (numpy's OpenBLAS, once the language guess has loaded it) prepare themselves for a fork.
    """
    # The platform's own choice ("fork" on Linux; macOS's system libraries need "spawn").
    default = multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]
    return (
        default == "fork"
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
        and not any(name.startswith(("PySide6", "PyQt")) for name in sys.modules)
    )


def _parse_forked(files: list[Path], workers: int, started: Started | None) -> Items:
    # Loaded here once, not in each worker on its first file (0.1 s and 0.04 s each), and the
    # readers of the formats these files have only (the web page readers, 0.07 s, for pages).
    load_word_lists()
    load_name_lists()
    load_formats(f.name for f in files)
    context = multiprocessing.get_context("fork")
    in_flight: deque[Chunk] = deque()
    with _pool(workers, context) as pool, _unread_ended(pool, in_flight):
        # Python forks every worker of a "fork" pool on the first submission, from this
        # thread, before the pool starts a thread of its own; Ctrl-C waits for the end of it.
        first = files[:CHUNK_FILES]
        with ctrl_c_put_off():
            in_flight.append(pool.submit(_prepare_chunk, first))
        yield from _in_order(pool, workers, files, len(first), len(files), in_flight, started)


def _parse_via_forkserver(files: list[Path], workers: int, started: Started | None) -> Items:
    """The first submissions block until the forkserver has imported the parsers and forked
    the workers (0.2-0.4 s, a fifth of a 1,000-file import). They run in a helper thread, and
    this process, idle until the first chunk is back, parses files from the end of the list
    meanwhile; those are yielded last, so the order stays that of `files`.
    """
    end = len(files)  # files[end:] are parsed here, not in the pool
    in_flight: deque[Chunk] = deque()
    with _pool(workers, _forkserver_context()) as pool, _unread_ended(pool, in_flight):
        tail: list[Parsed | ImportResult] = []
        # One chunk per worker starts every worker; `submitted` is final before the helper
        # runs, so the loop below never takes a file the pool has.
        first = [files[i : i + CHUNK_FILES] for i in range(0, workers * CHUNK_FILES, CHUNK_FILES)]
        submitted = min(workers * CHUNK_FILES, end)
        with ThreadPoolExecutor(max_workers=1) as helper:
            starting = helper.submit(lambda: [pool.submit(_prepare_chunk, c) for c in first if c])
            while not starting.done() and end > submitted:
                end -= 1
                tail += _prepare_chunk([files[end]])
            in_flight.extend(starting.result())
        yield from _in_order(pool, workers, files, submitted, end, in_flight, started)
        yield from reversed(tail)


def _in_order(
    pool: ProcessPoolExecutor,
    workers: int,
    files: list[Path],
    submitted: int,
    end: int,
    in_flight: deque[Chunk],
    started: Started | None = None,
) -> Items:
    """The parsed files[:end] in order: files[:submitted] are `in_flight` already, the rest
    are submitted a chunk at a time as chunks come back. `started()` runs once the first
    chunks are submitted, before the first is waited for."""
    while in_flight or submitted < end:
        while submitted < end and len(in_flight) < workers * CHUNKS_IN_FLIGHT_PER_WORKER:
            chunk = files[submitted : min(submitted + CHUNK_FILES, end)]
            submitted += len(chunk)
            in_flight.append(pool.submit(_prepare_chunk, chunk))
        if started is not None:
            begin, started = started, None
            begin()
        # Waited for in `in_flight`: Ctrl-C during the wait leaves it unread (see `_unread_ended`).
        items = in_flight[0].result()
        in_flight.popleft()
        yield from items


@contextmanager
def _unread_ended(pool: ProcessPoolExecutor, in_flight: deque[Chunk]) -> Iterator[None]:
    """Left with chunks of `in_flight` still being parsed (Ctrl-C; a cancel or a library that
    cannot be written, which close the generator), the workers parsing them are ended: nobody
    will read them (see `reader.core.import_ctrl_c.end_workers`). At the end of an import
    every chunk was read, and the idle workers are let go as before."""
    try:
        yield
    except BaseException:  # GeneratorExit too
        if any(not chunk.done() for chunk in in_flight):
            end_workers(pool)
        raise


@contextmanager
def _pool(workers: int, context: BaseContext) -> Iterator[ProcessPoolExecutor]:
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(os.getpid(), context.get_start_method() == "fork"),
    )
    _widen_result_pipe(pool)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# A chunk's files come back as one pickle of about 450 KB (16 bench articles: text, blocks,
# search terms, profile); the pipe they come through holds this much.
RESULT_PIPE_BYTES = 1 << 20


def _widen_result_pipe(pool: ProcessPoolExecutor) -> None:
    """Let a worker put a whole chunk into the pipe back to this process and go on parsing.

    Linux's pipes hold 64 KB: a worker handing back a chunk waited until this process had read
    all but the last 64 KB of it, and each read waits for the GIL, which the writer's thread
    holds (up to `sys.getswitchinterval()`, 5 ms, a time) — some seven waits a chunk, while
    the other worker, wanting the same pipe, waited behind it (`benchmarks/import_timeline.py`
    counts how often a worker blocked handing a chunk back: ~365 times in 1,000 bench files,
    2–6 widened). Widened, a chunk goes in at once and is read in one piece. The pipe is the executor's own (`_result_queue`, CPython's since
    3.9); where it or F_SETPIPE_SZ is missing (another platform, another Python) the import
    runs as before.
    """
    reader = getattr(getattr(pool, "_result_queue", None), "_reader", None)
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if reader is None or set_size is None:
        return
    try:
        fcntl.fcntl(reader.fileno(), set_size, RESULT_PIPE_BYTES)
    except OSError:  # over /proc/sys/fs/pipe-max-size: the default pipe does, more slowly
        log.debug("could not widen the import's result pipe", exc_info=True)


def _start_worker(parent: int, forked: bool) -> None:
    ignore_ctrl_c()  # the importing process alone stops the import (see `reader.core.import_ctrl_c`)
    gc.set_threshold(YOUNG_OBJECTS)
    if forked:
        _die_with(parent)
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with(parent: int) -> None:
    """Worker side: end this process once the importing process is gone (killed, crashed).

    A pool's workers wait on a queue the dead parent can no longer close, and would otherwise
    live on, each holding its memory, until the machine restarts.
    """
    while _alive(parent):
        time.sleep(PARENT_CHECK_S)
    os._exit(0)


def _die_with(parent: int) -> None:
    """Worker side, forked by the importing process: have Linux kill this worker when its parent
    dies (PR_SET_PDEATHSIG), whatever the worker is doing.

    A forked worker holds both ends of the pool's pipes, so a dead parent never shows as the
    end of a queue (as it does to a forkserver's worker): without this, a worker waiting to
    hand back a chunk would wait for ever should the parent-watch thread not be running.
    """
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # gone before it could be asked
        os._exit(0)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


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


def _forkserver_context() -> BaseContext:
    """A forkserver: workers never inherit the window's threads, and start with this module
    and the story word lists loaded (see `reader.core.import_preload`: importing the parsers
    after the fork cost each worker a third of a second of CPU, the word lists 0.1 s more)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["reader.core.import_preload"])
    return context
