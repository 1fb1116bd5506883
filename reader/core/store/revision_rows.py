"""The stored shape of an article's versions: the migration that makes the revision tables,
and the values a version and a revision are read into (`revision_repo` does the work)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import sqlite_utils

from reader.core.ingest import Block
from reader.core.models import Source

if TYPE_CHECKING:
    from reader.core.analysis import IndexTerms


# When a source's current version came in: its import, or the update that brought it.
CAME_IN_SQL = ("coalesce((SELECT max(r.replaced_at) FROM source_revisions r WHERE r.source_id = s.id),"
               " s.imported_at)")


def came_in(db: sqlite_utils.Database, source_id: int) -> str | None:
    """When the current version of a source came in (`CAME_IN_SQL`); None for no such source."""
    row = db.execute(f"SELECT {CAME_IN_SQL} FROM sources s WHERE s.id = ?", (source_id,)).fetchone()
    return None if row is None else str(row[0])


def edit_stamp(db: sqlite_utils.Database, source_id: int, stamp: str) -> str:
    """`stamp` (now) as the `updated_at` of the user's edit of a source's details or text, yet
    always later than its current version came in: the bin reads an edit as `updated_at` after
    that, to the second (`BinnedSource.edited`). Made in the import's or the update's own
    second (a script importing, then setting the title), or under a clock set back, an edit
    read as none: deleting it for good did not name it, and importing the article again
    replaced the binned copy fresh, the edit lost."""
    came = came_in(db, source_id)
    if came is None or stamp > came:
        return stamp
    return (datetime.fromisoformat(came) + timedelta(seconds=1)).isoformat(timespec="seconds")


def create_revisions(db: sqlite_utils.Database) -> None:
    """Migration: revisions, highlight places per revision, similar-source links, and an index
    on the web address (a newer version is found by it). Raw SQL for ON DELETE CASCADE, as in
    `create_stories`."""
    db.executescript(
        """
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
            replaced_at TEXT NOT NULL,
            UNIQUE (source_id, number)
        );
        CREATE INDEX source_revisions_content ON source_revisions (content_hash);
        CREATE INDEX source_revisions_body ON source_revisions (body_hash);
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
        CREATE INDEX revision_highlights_highlight ON revision_highlights (highlight_id);
        CREATE TABLE similar_sources (
            source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            similar_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
            shared REAL NOT NULL,
            PRIMARY KEY (source_id, similar_id)
        ) WITHOUT ROWID;
        CREATE INDEX similar_sources_other ON similar_sources (similar_id);
        CREATE INDEX sources_url ON sources (url);
        """
    )


# The columns a version consists of, in `sources` / `source_content` and in a revision row.
META = ("title", "teaser", "byline", "published", "site_name", "lang", "url", "file_name", "format",
        "agency")  # fmt: skip
HASHES = ("content_hash", "body_hash", "text_hash")
CONTENT = ("encoding", "raw_text", "blocks", "reading_text")


@dataclass(frozen=True, slots=True)
class Version:
    """One version of an article as stored: metadata, hashes and content (blocks as JSON).

    `index_terms` is the import worker's analysis of it, when there is one (else the text is
    analysed when indexed); it is not stored.
    """

    title: str
    teaser: str | None
    byline: str | None
    published: str | None
    site_name: str | None
    lang: str | None
    url: str | None
    file_name: str
    format: str
    agency: str | None  # last of META: the column came later (`sources.add_source_agency`)
    content_hash: str
    body_hash: str
    text_hash: str
    encoding: str
    raw_text: str
    blocks: str
    reading_text: str
    index_terms: IndexTerms | None = None


@dataclass(frozen=True, slots=True)
class Revision:
    """An earlier version of a source (number 1 is the first import), or the current one.

    It carries who that version credited (byline, outlet, agency) and its date: a story first
    run from the wire and later signed by a reporter is shown, read as it was, with the wire's
    name and the wire's time."""

    source_id: int
    number: int
    title: str
    site_name: str | None
    url: str | None
    file_name: str
    imported_at: str
    replaced_at: str | None  # None: this is the current version
    blocks: tuple[Block, ...] = ()
    byline: str | None = None
    agency: str | None = None
    published: str | None = None

    @property
    def current(self) -> bool:
        return self.replaced_at is None

    def shown_in(self, source: Source) -> Source:
        """`source` (the current version) as this version was: its title, credits, date,
        address, file and text; tags, id and the rest stay the source's."""
        return replace(source, title=self.title, site_name=self.site_name, byline=self.byline,
                       agency=self.agency, published=self.published, url=self.url,
                       file_name=self.file_name, blocks=self.blocks)  # fmt: skip


COLUMNS = (*META, *HASHES, *CONTENT)
