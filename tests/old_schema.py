"""Writing into a library made at an older schema with today's code, as upgrade tests do.

Today's import writes columns and tables that later migrations added (`sources.agency`, the
story rules' version in `story_rules`); an older library lacks them. `today_columns` adds the
missing ones only while a test writes its sources and drops them again, so the library is left
with the schema its release made.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from reader.core.store import Store

# (table, column, type) that today's writes name and a migration added after the first release.
LATER_COLUMNS = (("sources", "agency", "TEXT"),)
# (table, its definition) that today's import reads and writes and a later migration made.
LATER_TABLES = (("story_rules", "(version INTEGER NOT NULL)"),)


@contextmanager
def today_columns(store: Store) -> Iterator[None]:
    added: list[tuple[str, str]] = []
    for table, column, kind in LATER_COLUMNS:
        if column not in store.db.table(table).columns_dict:
            store.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            added.append((table, column))
    made = [table for table, _ in LATER_TABLES if not store.db.table(table).exists()]
    for table, definition in LATER_TABLES:
        if table in made:
            store.db.execute(f"CREATE TABLE {table} {definition}")
    yield
    for table, column in added:
        store.db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for table in made:
        store.db.execute(f"DROP TABLE {table}")
