"""The library's schema as an append-only list of small named migrations.

`PRAGMA user_version` is the number of migrations applied. Each runs in one transaction with
its version bump (calibre's loop), the file is copied with the SQLite backup API before the
first migration touches an existing library (Vorta, beets), and a library written by a newer
app is refused instead of being damaged (qutebrowser). Never edit a released migration:
append a new one, written with sqlite-utils' `create_table` / `add_column` / `transform` where
they fit (the released ones are raw SQL and stay so: rewriting them would give new libraries a
schema text that differs from the libraries users already have).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from reader.core.store.connection import write_transaction
from reader.core.store.entity_schema import (
    create_entities,
    create_entity_corrections,
    index_entity_teasers,
    name_entities_by_rules,
)
from reader.core.store.revision_rows import create_revisions
from reader.core.store.saved_searches import add_saved_search_entity, create_saved_searches
from reader.core.store.search_schema import create_compact_index, create_language_index
from reader.core.store.sources import add_source_agency
from reader.core.store.story_repo import add_story_rules, create_stories

log = logging.getLogger(__name__)


class StoreTooNewError(RuntimeError):
    """The library was written by a newer Briefing Reader than this one."""


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[sqlite_utils.Database], None]


def _create_library(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            title_derived INTEGER NOT NULL DEFAULT 0,
            teaser TEXT,
            byline TEXT,
            published TEXT,
            site_name TEXT,
            lang TEXT,
            url TEXT,
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            body_hash TEXT NOT NULL UNIQUE,
            text_hash TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            opened_at TEXT,
            deleted_at TEXT
        );
        CREATE INDEX sources_published ON sources (published);
        CREATE INDEX sources_imported_at ON sources (imported_at);
        CREATE INDEX sources_title ON sources (title COLLATE NOCASE);

        -- The bulky text lives apart from the metadata so listing 100,000 sources never reads it.
        CREATE TABLE source_content (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            encoding TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            blocks TEXT NOT NULL,
            reading_text TEXT NOT NULL
        );

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL
        );
        CREATE TABLE source_tags (
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (source_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX source_tags_tag ON source_tags (tag_id, source_id);

        CREATE TABLE highlights (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            text_hash TEXT NOT NULL,
            label TEXT NOT NULL,
            annotation TEXT NOT NULL DEFAULT '',
            anchor_status TEXT NOT NULL DEFAULT 'anchored',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            CHECK (start >= 0 AND "end" >= start)
        );
        CREATE INDEX highlights_source ON highlights (source_id, start);

        CREATE TABLE notes (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        -- One row per searchable thing: an article (kind 'article', ref_id = source id), a
        -- highlight with its annotation ('highlight', ref_id = highlight id) or a note ('note').
        CREATE VIRTUAL TABLE search_index USING fts5 (
            title,
            body,
            kind UNINDEXED,
            source_id UNINDEXED,
            ref_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )


def _create_briefings(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        -- A briefing: the user's own document assembled from highlights across sources.
        CREATE TABLE briefings (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Its items in order: headings, connecting Markdown text, and highlights.
        CREATE TABLE briefing_items (
            id INTEGER PRIMARY KEY,
            briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('heading', 'text', 'highlight')),
            text TEXT NOT NULL DEFAULT '',
            highlight_id INTEGER REFERENCES highlights (id) ON DELETE CASCADE,
            CHECK ((kind = 'highlight') = (highlight_id IS NOT NULL))
        );
        CREATE INDEX briefing_items_order ON briefing_items (briefing_id, position);
        CREATE INDEX briefing_items_highlight ON briefing_items (highlight_id);

        -- What each export wrote, so a file changed outside the app is not overwritten unasked.
        CREATE TABLE export_files (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            written_at TEXT NOT NULL
        );
        """
    )


def _index_highlight_labels(db: sqlite_utils.Database) -> None:
    # `label:risk` searches and the Highlights view's label filter pick highlights by label;
    # without an index that is a scan of every highlight (20 ms at 100,000 highlights).
    db.execute("CREATE INDEX highlights_label ON highlights (label, id)")


MIGRATIONS: tuple[Migration, ...] = (
    Migration("create_library", _create_library),
    Migration("create_briefings", _create_briefings),
    Migration("create_language_index", create_language_index),
    Migration("create_compact_index", create_compact_index),
    Migration("index_highlight_labels", _index_highlight_labels),
    Migration("create_stories", create_stories),
    Migration("create_saved_searches", create_saved_searches),
    Migration("create_entities", create_entities),
    Migration("create_revisions", create_revisions),
    Migration("add_saved_search_entity", add_saved_search_entity),
    Migration("add_source_agency", add_source_agency),
    Migration("create_entity_corrections", create_entity_corrections),
    Migration("index_entity_teasers", index_entity_teasers),
    Migration("name_entities_by_rules", name_entities_by_rules),
    Migration("add_story_rules", add_story_rules),
)

SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database, path: Path | None) -> None:
    """Bring the library at `path` up to SCHEMA_VERSION, or refuse one that is newer."""
    version = user_version(db)
    if version > SCHEMA_VERSION:
        raise StoreTooNewError(
            f"This library ({path}) was written by a newer version of Briefing Reader "
            f"(schema {version}; this version understands up to {SCHEMA_VERSION}). "
            "Please update Briefing Reader; the library was not changed."
        )
    if version == SCHEMA_VERSION:
        return
    if version > 0 and path is not None:
        backup(db, path, version)
    for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
        log.info("migrating library to schema %d (%s)", number, migration.name)
        with write_transaction(db):
            migration.apply(db)
            db.execute(f"PRAGMA user_version = {number}")


def backup(db: sqlite_utils.Database, path: Path, version: int) -> Path:
    """Copy the live database with the SQLite backup API (consistent even in WAL mode), as one
    self-contained file: the copied header said WAL, so the first read of the copy left empty
    `-wal` and `-shm` files beside it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix}")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    log.info("backed up library to %s before migrating", target)
    return target


def schema_sql(db: sqlite_utils.Database) -> str:
    """The schema as SQL text, stable across runs: what the golden schema file records."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY type, name"
    ).fetchall()
    return "\n\n".join(f"{sql.strip()};" for _type, _name, sql in rows) + "\n"
