"""Ctrl-C and an import's parsing workers: the importing process alone takes it.

A terminal sends Ctrl-C to every process of the command, so each worker of the import pool
(see `reader.core.import_pool`) got a KeyboardInterrupt of its own, wherever it was. A worker
cut off half-way through importing a module (a parser loads some on the first page that needs
them) kept the half-made module, and its later files failed on it ("could not parse … module
'urllib3' has no attribute 'util'", each with a traceback, after the import's one line). So,
as a well-kept process pool does, the workers ignore it (`ignore_ctrl_c`), the importing process
stops and ends them (`end_workers`), and the moments before a worker ignores it are covered by
putting Ctrl-C off while the workers are forked (`ctrl_c_put_off`).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from types import FrameType


@contextmanager
def ctrl_c_put_off() -> Iterator[None]:
    """Put a Ctrl-C off until the end of the block, then take it as this process takes it.

    For the block in which the main thread forks the pool's workers. Interrupted in the middle
    of that, the pool was left half-started: its shutdown raised "cannot join thread before it is
    started", a traceback and exit status 1 instead of the one line. A forked worker starts with
    this process's handler, so a Ctrl-C before its initializer ran is put off there too (and
    then ignored). A handler, not a blocked signal: another thread of the process (a C library's)
    would have taken a blocked one and interrupted this thread all the same.
    """
    pressed: list[int] = []

    def later(signum: int, _frame: FrameType | None) -> None:
        pressed.append(signum)

    handler = signal.getsignal(signal.SIGINT)
    # Set outside Python (an embedding program's), or off the main thread (the window imports in
    # a thread of its own; only the main thread may set a handler, and takes Ctrl-C): left as is.
    if handler is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    try:  # the handler is put back whatever lands after it is set
        signal.signal(signal.SIGINT, later)
        yield
    finally:
        signal.signal(signal.SIGINT, handler)
        if pressed:
            signal.raise_signal(signal.SIGINT)


def ignore_ctrl_c() -> None:
    """Worker side, first thing: leave Ctrl-C to the importing process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def end_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers of a pool whose results are no longer wanted (Ctrl-C, a cancel, a library
    that cannot be written), at once: ignoring Ctrl-C, they went on with the chunks they had, and
    the import's end waited for them — seconds, or a slow page's whole parse.

    Python's pool ends the rest of its workers this way when one has died (the pool is broken,
    and its shutdown then returns); Python 3.14 offers it as `terminate_workers`. The workers
    only parse: nothing of the library is theirs to leave half-written.
    """
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
