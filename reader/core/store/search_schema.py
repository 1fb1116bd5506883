"""The search index's migrations: schema 3 (language-aware) and schema 4 (analysis only).

Schema 1's index folded every accent away (so a phrase could not tell "schon" from "schön")
and knew neither inflections nor compounds; schema 3 replaced it. Schema 3 kept the original
text beside its analysis and was four times the size of the text; schema 4 keeps only the
analysis (see `reader.core.store.search_index`) and fills it from the library, inside the
migration's transaction.
"""

from __future__ import annotations

import sqlite_utils

from reader.core.store import search_index


def create_language_index(db: sqlite_utils.Database) -> None:
    db.execute("DROP TABLE IF EXISTS search_index")
    db.execute(
        """
        -- One row per searchable thing: an article (kind 'article', ref_id = source id), a
        -- highlight with its annotation ('highlight', ref_id = highlight id) or a note ('note').
        -- head/body hold the original text (title and teaser, a quote; the reading text, an
        -- annotation, a note) with accents kept, for exact phrases and snippets; *_terms hold
        -- one folded Snowball stem per word in the source's language; parts holds German
        -- compound parts.
        -- The UNINDEXED columns come first so reading them never walks a long body's pages.
        CREATE VIRTUAL TABLE search_index USING fts5 (
            kind UNINDEXED,
            source_id UNINDEXED,
            ref_id UNINDEXED,
            head,
            body,
            head_terms,
            body_terms,
            parts,
            tokenize = 'unicode61 remove_diacritics 0'
        )
        """
    )
    # Schema 3 filled this table from the library here. Schema 4 drops it and fills its own
    # layout (today's index code writes only that), so a library on its way up stays empty here.


def create_compact_index(db: sqlite_utils.Database) -> None:
    db.execute("DROP TABLE IF EXISTS search_index")
    db.executescript(
        """
        -- One row per searchable thing: an article, a highlight with its annotation, or a
        -- note; rowid = sequence * 4 + kind code (1, 2, 3). Contentless: only the
        -- analysis is indexed — head/body one folded Snowball stem per word (title and teaser,
        -- a quote; the reading text, an annotation, a note), heads/tails the part keys of
        -- German compound stems. The original text stays where it lives in the library.
        CREATE VIRTUAL TABLE search_index USING fts5 (
            head,
            body,
            heads,
            tails,
            content = '',
            tokenize = 'unicode61 remove_diacritics 0'
        );
        -- What each index row (id = its rowid) is: key = source or highlight id * 4 + kind
        -- code, and its source. Narrow, so filters can look rows up cheaply.
        CREATE TABLE search_rows (
            id INTEGER PRIMARY KEY,
            key INTEGER NOT NULL UNIQUE,
            source_id INTEGER NOT NULL
        );
        CREATE INDEX search_rows_source ON search_rows (source_id);
        -- Each row's distinct stems and column lengths, zlib-compressed: a contentless FTS5
        -- table forgets a row only when given the terms it indexed.
        CREATE TABLE search_terms (
            id INTEGER PRIMARY KEY,
            terms BLOB NOT NULL
        );
        -- `outlet:` looks for text in site names: read from this narrow index, not the table.
        CREATE INDEX sources_site_name ON sources (site_name);
        """
    )
    search_index.rebuild(db)
