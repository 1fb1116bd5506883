"""The entity index's tables (see `reader.core.store.entity_repo` for what they hold).

Apart from the repository so that opening a library, which runs the migrations, does not
import the entity rules and gazetteers the repository works with (0.1-0.3 s of start-up an
import never uses: entities are indexed lazily, never on import).
"""

from __future__ import annotations

import sqlite_utils


def create_entities(db: sqlite_utils.Database) -> None:
    """Migration: the entity tables, raw SQL for the ON DELETE CASCADE to sources."""
    db.executescript(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            surname TEXT,
            UNIQUE (kind, key)
        );
        CREATE INDEX entities_surname ON entities (surname) WHERE surname IS NOT NULL;
        CREATE TABLE entity_sources (
            entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            roles TEXT NOT NULL DEFAULT '[]',
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX entity_sources_source ON entity_sources (source_id, entity_id);
        CREATE TABLE entity_mentions (
            entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, source_id, start);
        CREATE INDEX entity_mentions_source ON entity_mentions (source_id);
        CREATE TABLE entity_indexed (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            text_hash TEXT NOT NULL
        );
        """
    )
