"""Schema 3: the language-aware search index (original text beside stems and compound parts).

Schema 1's index folded every accent away (so a phrase could not tell "schon" from "schön")
and knew neither inflections nor compounds. This migration replaces it and fills the new one
from the library, inside the migration's transaction.
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
    # The layout written is always the current one; a later change to the index replaces this
    # table in its own migration, which drops it first.
    search_index.rebuild(db)
