"""Keep Python's garbage collector off the long-lived objects while a long job allocates many
short-lived ones (an import, indexing a library's entities).

The process holds hundreds of thousands of long-lived objects (the parsers' tables, the entity
rules' gazetteers and word caches, the window); each full collection a job's allocations set
off walked all of them again: 0.1 s of a 1,000-file import, as much as a third of its writing,
and about a tenth of indexing a source's entities. They are handed back to the collector, and
its thresholds restored, afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between two young-generation garbage collections in a parsing worker or a long
# job (Python's default is 700). Parsing a file allocates thousands of short-lived objects and
# leaves no reference cycles, so the default threshold spent 2-5 % of a worker's time
# collecting nothing; cycles, should any arise, are still collected.
YOUNG_OBJECTS = 50_000


@contextmanager
def old_objects_frozen() -> Iterator[None]:
    """Freeze the objects that exist now, and collect the young ones only every
    `YOUNG_OBJECTS` allocations."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
