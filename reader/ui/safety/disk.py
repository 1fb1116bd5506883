"""Telling a full disk, or a library another program holds, from a damaged library.

SQLite says "database or disk is full" when a write finds no room, but only "disk I/O error"
when a full disk stops it from setting up a WAL library's shared memory at open. Told as
damage ("move it away", "restore a backup") either sends the user to throw away a sound
library; what helps is freeing space. The same test as the `briefing` command's. Another
program holding the library's write lock past the wait (a `briefing import`, another window)
is no damage either: what helps is waiting for it (`reader.core.store.library_busy`, the
test every caller shares, next to the busy timeout).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

# Less free than this where the library is: the likely cause of an I/O error.
NEARLY_FULL_BYTES = 1_048_576


def disk_full(exc: BaseException, library: Path | None) -> bool:
    """`exc` is the library's disk having no room (said so, or an I/O error on a full disk)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    message = str(exc).lower()
    if "disk is full" in message:
        return True
    return "disk i/o error" in message and library is not None and _nearly_full(library)


def _nearly_full(library: Path) -> bool:
    try:
        return shutil.disk_usage(library.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False
