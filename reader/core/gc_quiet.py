"""Keep Python's garbage collector off the long-lived objects while a long job allocates many
short-lived ones (an import, indexing a library's entities).

The process holds hundreds of thousands of long-lived objects (the parsers' tables, the entity
rules' gazetteers and word caches, the window); each full collection a job's allocations set
off walked all of them again: 0.1 s of a 1,000-file import, as much as a third of its writing,
and about a tenth of indexing a source's entities. They are handed back to the collector, and
its thresholds restored, afterwards.

Two jobs may overlap in one process (the window imports while the Entities view indexes on
its own thread), and they need not end in the order they began. So the collector's state is
the process's, not a job's: the first job to begin saves the thresholds, every job freezes
what exists when it begins, and only the last one to end restores the thresholds and
unfreezes. Were each job to restore what it saw when it began, the first to end would unfreeze
the other's objects, and the last would put back the other's `YOUNG_OBJECTS` for good.

In the window automatic collection is off (`reader.ui.gui_gc`: the GUI thread collects on a
timer by thresholds it read at start), so there the threshold set here changes nothing; the
freeze still keeps the GUI thread's full collections off the old objects.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between two young-generation garbage collections in a parsing worker or a long
# job (Python's default is 700). Parsing a file allocates thousands of short-lived objects and
# leaves no reference cycles, so the default threshold spent 2-5 % of a worker's time
# collecting nothing; cycles, should any arise, are still collected.
YOUNG_OBJECTS = 50_000

_lock = threading.Lock()
_jobs = 0  # jobs inside `old_objects_frozen` now, in any thread
_saved: tuple[int, ...] = ()  # the thresholds before the first of them began


@contextmanager
def old_objects_frozen() -> Iterator[None]:
    """Freeze the objects that exist now, and collect the young ones only every
    `YOUNG_OBJECTS` allocations, until the last job that asked for it ends."""
    global _jobs, _saved
    with _lock:
        if _jobs == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(YOUNG_OBJECTS)
        _jobs += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _jobs -= 1
            if _jobs == 0:
                gc.set_threshold(*_saved)
                gc.unfreeze()
