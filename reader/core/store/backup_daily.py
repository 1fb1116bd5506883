"""The day's backup, which the window (at start and every hour) and `briefing import` make.

Made only once the library holds something: a new library's first backup was a copy of an
empty one — the window's five seconds after a first start, `briefing import`'s just before the
first files went in — and it stood as the day's backup, so the day the first articles came in
had none of them backed up. A backup the user asks for (File ▸ Backups…, `briefing backup`) is
made whatever the library holds.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from reader.core.store.backup import Backup, back_up, due

# What a user made that a copy keeps: sources (in the bin too, where they can be restored from),
# briefings, saved searches. Highlights, notes and tags belong to sources.
_HOLDS_SOMETHING = (
    "SELECT EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM briefings)"
    " OR EXISTS (SELECT 1 FROM saved_searches)"
)


def holds_something(conn: sqlite3.Connection) -> bool:
    """Whether the library on `conn` has anything a backup would keep."""
    return bool(conn.execute(_HOLDS_SOMETHING).fetchone()[0])


def daily_backup(conn: sqlite3.Connection, db_path: Path, now: datetime | None = None) -> Backup | None:
    """Today's verified backup (rotating the older ones), or None when one was made today or
    the library holds nothing yet; BackupError when it fails."""
    now = now or datetime.now()
    if not due(db_path, now.date()) or not holds_something(conn):
        return None
    return back_up(conn, db_path, now)
