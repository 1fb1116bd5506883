"""A real library made full as a full disk makes it: SQLite's page limit set to the pages it has,
after the free pages inside it are used up, so the next write that needs a page fails with
"database or disk is full"; and room again."""

from __future__ import annotations

import sqlite3

import pytest


def fill(store) -> None:
    db = store.db
    db.execute("CREATE TABLE IF NOT EXISTS filler (x BLOB)")
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    for size in (3000, 300, 30):
        with pytest.raises(sqlite3.OperationalError, match="full"):
            while True:
                db.execute("INSERT INTO filler VALUES (zeroblob(?))", (size,))


def make_room(store) -> None:
    store.db.execute("PRAGMA max_page_count = 1073741823")
