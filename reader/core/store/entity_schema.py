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


def create_entity_corrections(db: sqlite_utils.Database) -> None:
    """Migration: the user's corrections to the index (`entity_corrections`), one row per
    entity the rules found, keyed by its kind and normalised name (`entities.kind`, `.key`)
    rather than its row id, which re-indexing (new rules, a source imported again) changes.
    `hidden` is "Not a name"; `to_kind`/`to_key` the entity it is shown as (its kind changed,
    or merged into another), `to_name` that one's name when the correction was made."""
    db.executescript(
        """
        CREATE TABLE entity_corrections (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            hidden INTEGER NOT NULL DEFAULT 0,
            to_kind TEXT,
            to_key TEXT,
            to_name TEXT,
            made_at TEXT NOT NULL,
            PRIMARY KEY (kind, key),
            CHECK ((to_kind IS NULL) = (to_key IS NULL))
        ) WITHOUT ROWID;
        """
    )


def index_entity_teasers(db: sqlite_utils.Database) -> None:
    """Migration: the teaser is indexed with the reading text. A mention says which of the two
    its offsets are in (`part`: 'body' or 'teaser'; what was indexed before is the body's);
    `entity_indexed` keeps the teaser and the language a source was read with, so editing either
    indexes it anew, as a changed text does. Both start empty, which marks every source that
    has a teaser (or a language) for indexing again: the lazy, resumable refresh reads them in
    its batches, and until then a source lists what its body named. One with neither reads the
    same as before and is left as it is."""
    db.table("entity_mentions").add_column("part", str, not_null_default="body")
    db.table("entity_indexed").add_column("teaser", str)
    db.table("entity_indexed").add_column("lang", str)


def name_entities_by_rules(db: sqlite_utils.Database) -> None:
    """Migration: `entities.rules`, the rules' version (`entities.RULES_VERSION`) an entity's
    name was last chosen under. The index kept the name a row was first found with, so a
    library built before a rule renamed an entity ("Bundesministeriums der Verteidigung" →
    "Bundesministerium der Verteidigung") showed the old name for good. A row found under newer
    rules than its `rules` takes the name they give; within one version the first source to
    name it keeps naming it, as in a library built afresh. Existing rows start NULL: the next
    re-index names them. The user's corrections are rows of their own and stay."""
    db.table("entities").add_column("rules", int)
    db.table("entities").add_column("form", str)
    db.execute("CREATE INDEX entities_form ON entities (kind, form) WHERE form IS NOT NULL")
