CREATE INDEX briefing_items_highlight ON briefing_items (highlight_id);

CREATE INDEX briefing_items_order ON briefing_items (briefing_id, position);

CREATE INDEX entities_form ON entities (kind, form) WHERE form IS NOT NULL;

CREATE INDEX entities_surname ON entities (surname) WHERE surname IS NOT NULL;

CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, source_id, start);

CREATE INDEX entity_mentions_source ON entity_mentions (source_id);

CREATE INDEX entity_sources_source ON entity_sources (source_id, entity_id);

CREATE INDEX highlights_label ON highlights (label, id);

CREATE INDEX highlights_source ON highlights (source_id, start);

CREATE INDEX revision_highlights_highlight ON revision_highlights (highlight_id);

CREATE INDEX search_rows_source ON search_rows (source_id);

CREATE INDEX similar_sources_other ON similar_sources (similar_id);

CREATE INDEX source_revisions_body ON source_revisions (body_hash);

CREATE INDEX source_revisions_content ON source_revisions (content_hash);

CREATE INDEX source_tags_tag ON source_tags (tag_id, source_id);

CREATE INDEX "sources_agency"
    ON "sources" ("agency");

CREATE INDEX sources_imported_at ON sources (imported_at);

CREATE INDEX sources_published ON sources (published);

CREATE INDEX sources_site_name ON sources (site_name);

CREATE INDEX sources_title ON sources (title COLLATE NOCASE);

CREATE INDEX sources_url ON sources (url);

CREATE INDEX story_members_story ON story_members (story_id);

CREATE TABLE briefing_items (
            id INTEGER PRIMARY KEY,
            briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('heading', 'text', 'highlight')),
            text TEXT NOT NULL DEFAULT '',
            highlight_id INTEGER REFERENCES highlights (id) ON DELETE CASCADE,
            CHECK ((kind = 'highlight') = (highlight_id IS NOT NULL))
        );

CREATE TABLE briefings (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            surname TEXT, "rules" INTEGER, "form" TEXT,
            UNIQUE (kind, key)
        );

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

CREATE TABLE entity_indexed (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            text_hash TEXT NOT NULL
        , "teaser" TEXT, "lang" TEXT);

CREATE TABLE entity_mentions (
            entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        , "part" TEXT NOT NULL DEFAULT 'body');

CREATE TABLE entity_sources (
            entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            roles TEXT NOT NULL DEFAULT '[]',
            mentions INTEGER NOT NULL,
            PRIMARY KEY (entity_id, source_id)
        ) WITHOUT ROWID;

CREATE TABLE export_files (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            written_at TEXT NOT NULL
        );

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

CREATE TABLE notes (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

CREATE TABLE revision_highlights (
            revision_id INTEGER NOT NULL REFERENCES source_revisions (id) ON DELETE CASCADE,
            highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text_hash TEXT NOT NULL,
            anchor_status TEXT NOT NULL,
            placed_by TEXT NOT NULL,
            reviewed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (revision_id, highlight_id)
        ) WITHOUT ROWID;

CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            query TEXT NOT NULL DEFAULT '',
            tag TEXT,
            outlet TEXT,
            author TEXT,
            lang TEXT,
            unread_only INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        , entity_id INTEGER, entity_name TEXT);

CREATE VIRTUAL TABLE search_index USING fts5 (
            head,
            body,
            heads,
            tails,
            content = '',
            tokenize = 'unicode61 remove_diacritics 0'
        );

CREATE TABLE search_rows (
            id INTEGER PRIMARY KEY,
            key INTEGER NOT NULL UNIQUE,
            source_id INTEGER NOT NULL
        );

CREATE TABLE search_terms (
            id INTEGER PRIMARY KEY,
            terms BLOB NOT NULL
        );

CREATE TABLE similar_sources (
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            similar_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            shared REAL NOT NULL,
            PRIMARY KEY (source_id, similar_id)
        ) WITHOUT ROWID;

CREATE TABLE source_content (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            encoding TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            blocks TEXT NOT NULL,
            reading_text TEXT NOT NULL
        );

CREATE TABLE source_revisions (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            title TEXT NOT NULL,
            teaser TEXT,
            byline TEXT,
            published TEXT,
            site_name TEXT,
            lang TEXT,
            url TEXT,
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            body_hash TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            blocks TEXT NOT NULL,
            reading_text TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL, "agency" TEXT,
            UNIQUE (source_id, number)
        );

CREATE TABLE source_tags (
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
            PRIMARY KEY (source_id, tag_id)
        ) WITHOUT ROWID;

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
        , "agency" TEXT);

CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL
        );

CREATE TABLE story_members (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            story_id INTEGER REFERENCES stories (id) ON DELETE CASCADE,
            by_hand INTEGER NOT NULL DEFAULT 0
        );

CREATE TABLE story_profiles (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            profile TEXT NOT NULL
        );

CREATE TABLE story_rules (version INTEGER NOT NULL);

CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL
        );
