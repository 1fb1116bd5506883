"""Articles that change: a source's earlier revisions, updating it in place, and undoing that.

An outlet updates a story; the user imports the new version. The source keeps its id, so its
tags, note, highlights, annotations and briefing items stay attached; the version it had is
copied whole (text, blocks, metadata, when it came in) into `source_revisions` before the new
one takes its place, in one transaction with re-anchoring every highlight and re-indexing the
text. Each highlight's place on the replaced version is kept beside the revision
(`revision_highlights`), with how the update placed it: that is what undo puts back, and
what says which highlights need the user's eye (re-anchored on changed wording, or orphaned).

"Similar to #N" links (the same wire story in another outlet) live here too: they are a
statement about two sources' texts, stored as pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from reader.core.anchoring import AnchorMethod, Selector, anchor, describe
from reader.core.changes import Changes
from reader.core.ingest import blocks_from_json
from reader.core.models import AnchorStatus, UpdateReport
from reader.core.store import search_index
from reader.core.store.connection import chunks, now, write_transaction
from reader.core.store.revision_rows import COLUMNS as _COLUMNS
from reader.core.store.revision_rows import CONTENT as _CONTENT
from reader.core.store.revision_rows import HASHES as _HASHES
from reader.core.store.revision_rows import META as _META
from reader.core.store.revision_rows import Revision, Version, came_in

# A revision's columns as `_revision` reads them.
_LISTED = ("number, title, site_name, url, file_name, imported_at, replaced_at, byline, agency,"
           " published")


class RevisionRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- finding what a new file may be a version of -----------------------------------------

    def earlier_revision_of(self, content_hash: str, body_hash: str) -> tuple[int, int, str] | None:
        """(source id, revision number, source title) of a live source's earlier revision with
        this file or body: importing an old version again is a duplicate, not an update back."""
        row = self.db.execute(
            "SELECT r.source_id, r.number, s.title FROM source_revisions r JOIN sources s"
            " ON s.id = r.source_id AND s.deleted_at IS NULL"
            " WHERE r.content_hash = ? OR r.body_hash = ? ORDER BY r.number DESC LIMIT 1",
            (content_hash, body_hash),
        ).fetchone()
        return (int(row[0]), int(row[1]), str(row[2])) if row else None

    def candidates(self, urls: Sequence[str], title: str) -> list[tuple[int, str, str | None, str | None, str]]:
        """(id, title, outlet, url, reading text) of live sources at one of `urls` or with
        this title (case aside): the only sources a new file can be a newer version of."""
        marks = ",".join("?" * len(urls)) or "NULL"
        return [
            (int(r[0]), str(r[1]), r[2], r[3], str(r[4]))
            for r in self.db.execute(
                "SELECT s.id, s.title, s.site_name, s.url, c.reading_text FROM sources s"
                " JOIN source_content c ON c.source_id = s.id WHERE s.deleted_at IS NULL"
                f" AND (s.url IN ({marks}) OR s.title = ? COLLATE NOCASE) ORDER BY s.id DESC",
                (*urls, title),
            )
        ]

    def texts(self, ids: Sequence[int]) -> list[tuple[int, str | None, str | None, str]]:
        """(id, outlet, url, reading text) of the live sources among `ids`."""
        found: list[tuple[int, str | None, str | None, str]] = []
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            found += [
                (int(r[0]), r[1], r[2], str(r[3]))
                for r in self.db.execute(
                    "SELECT s.id, s.site_name, s.url, c.reading_text FROM sources s JOIN"
                    " source_content c ON c.source_id = s.id WHERE s.deleted_at IS NULL"
                    f" AND s.id IN ({marks})",
                    chunk,
                )
            ]
        return found

    # -- updating and undoing -----------------------------------------------------------------

    def update(self, source_id: int, version: Version) -> tuple[UpdateReport, Changes]:
        """Make `version` the current text of a source, keeping the one it had as a revision."""
        with write_transaction(self.db):
            return self.update_in_transaction(source_id, version)

    def update_in_transaction(self, source_id: int, version: Version) -> tuple[UpdateReport, Changes]:
        """`update` for a caller holding the write transaction (the importer's batch)."""
        current = self._current(source_id)
        if current is None:
            raise KeyError(f"no source #{source_id}")
        stamp = now()
        number = self._count(source_id) + 1
        cursor = self.db.execute(
            f"INSERT INTO source_revisions (source_id, number, {', '.join(_COLUMNS)},"
            " imported_at, replaced_at) VALUES (?, ?, " + ", ".join("?" * len(_COLUMNS)) + ", ?, ?)",
            (source_id, number, *(getattr(current, c) for c in _COLUMNS),
             self._came_in(source_id), stamp),
        )  # fmt: skip
        revision_id = int(cursor.lastrowid or 0)
        self._write_version(source_id, version, stamp)
        counts = {"moved": 0, "review": 0, "orphaned": 0}
        for row in self._highlights(source_id):
            highlight_id, start, end, exact, prefix, suffix, old_hash, status, deleted = row
            selector = Selector(start, end, exact, prefix, suffix)
            found = anchor(version.reading_text, selector, current.reading_text)
            self.db.execute(
                "INSERT INTO revision_highlights (revision_id, highlight_id, start, \"end\","
                " text_hash, anchor_status, placed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (revision_id, highlight_id, start, end, old_hash, status, str(found.method)),
            )
            self._place(highlight_id, found.start, found.end, start, end, version)
            if deleted:
                continue
            if not found.anchored:
                counts["orphaned"] += 1
            elif found.method is AnchorMethod.FUZZY:
                counts["review"] += 1
            elif found.start != start:
                counts["moved"] += 1
        return (
            UpdateReport(source_id, number + 1, counts["moved"], counts["review"], counts["orphaned"]),
            Changes(sources_updated=frozenset({source_id}), highlights=frozenset({source_id})),
        )

    def undo_update(self, source_id: int) -> tuple[Version, Changes]:
        """Make the newest earlier revision current again, its highlights where they were.

        Returns the version that was current, which `update` applies again (redo). Highlights
        made since the update are re-anchored onto the restored text.
        """
        with write_transaction(self.db):
            current = self._current(source_id)
            row = self.db.execute(
                f"SELECT id, {', '.join(_COLUMNS)} FROM source_revisions WHERE source_id = ?"
                " ORDER BY number DESC LIMIT 1",
                (source_id,),
            ).fetchone()
            if current is None or row is None:
                raise KeyError(f"source #{source_id} has no earlier revision")
            revision_id, restored = row[0], Version(*row[1:])
            self._write_version(source_id, restored, now())
            kept = {
                r[0]: r[1:]
                for r in self.db.execute(
                    'SELECT highlight_id, start, "end", text_hash, anchor_status'
                    " FROM revision_highlights WHERE revision_id = ?",
                    (revision_id,),
                )
            }
            for highlight_id, start, end, exact, prefix, suffix, *_rest in self._highlights(source_id):
                if highlight_id in kept:
                    self.db.execute(
                        'UPDATE highlights SET start = ?, "end" = ?, text_hash = ?, anchor_status = ?'
                        " WHERE id = ?",
                        (*kept[highlight_id], highlight_id),
                    )
                else:
                    selector = Selector(start, end, exact, prefix, suffix)
                    found = anchor(restored.reading_text, selector, current.reading_text)
                    self._place(highlight_id, found.start, found.end, start, end, restored)
            self.db.execute("DELETE FROM source_revisions WHERE id = ?", (revision_id,))
        return current, Changes(sources_updated=frozenset({source_id}), highlights=frozenset({source_id}))

    # -- reading ------------------------------------------------------------------------------

    def revisions(self, source_id: int) -> list[Revision]:
        """Every version of a source, oldest first, the current one last (without blocks)."""
        rows = self.db.execute(
            f"SELECT {_LISTED} FROM source_revisions WHERE source_id = ? ORDER BY number",
            (source_id,),
        ).fetchall()
        found = [_revision(source_id, row) for row in rows]
        head = self.db.execute(
            "SELECT ?, title, site_name, url, file_name, ?, NULL, byline, agency, published"
            " FROM sources WHERE id = ?",
            (len(found) + 1, self._came_in(source_id), source_id),
        ).fetchone()
        return [*found, _revision(source_id, head)] if head else []

    def content_hashes(self, source_id: int) -> list[str]:
        """The file hashes of every version of a source, oldest first, the current one last: an
        export names a source after its first version, so an update does not make it another
        file (`reader.core.export`), and still finds a file named after a later one."""
        rows = self.db.execute(
            "SELECT content_hash FROM source_revisions WHERE source_id = ? ORDER BY number",
            (source_id,),
        ).fetchall()
        current = self.db.execute("SELECT content_hash FROM sources WHERE id = ?", (source_id,)).fetchone()
        return [str(r[0]) for r in rows] + ([str(current[0])] if current else [])

    def revision(self, source_id: int, number: int) -> Revision | None:
        """An earlier revision with its blocks, for reading it (Show original)."""
        row = self.db.execute(
            f"SELECT {_LISTED}, blocks FROM source_revisions WHERE source_id = ? AND number = ?",
            (source_id, number),
        ).fetchone()
        if row is None:
            return None
        return _revision(source_id, row[:-1], blocks_from_json(row[-1]))

    def needs_review(self, source_id: int) -> list[int]:
        """Highlights the newest update placed on changed wording, not yet confirmed."""
        return [
            int(r[0])
            for r in self.db.execute(
                "SELECT rh.highlight_id FROM revision_highlights rh"
                " JOIN highlights h ON h.id = rh.highlight_id AND h.deleted_at IS NULL"
                " WHERE rh.revision_id = (SELECT id FROM source_revisions WHERE source_id = ?"
                "  ORDER BY number DESC LIMIT 1)"
                " AND rh.placed_by = ? AND rh.reviewed = 0 ORDER BY h.start",
                (source_id, str(AnchorMethod.FUZZY)),
            )
        ]

    def confirm(self, highlight_id: int) -> tuple[Selector, Changes]:
        """The user checked a highlight placed on changed wording: it now quotes those words.

        Returns the selector it had, which `unconfirm` puts back (undo).
        """
        with write_transaction(self.db):
            row = self.db.execute(
                'SELECT h.source_id, h.start, h."end", h.exact, h.prefix, h.suffix, c.reading_text'
                " FROM highlights h JOIN source_content c ON c.source_id = h.source_id WHERE h.id = ?",
                (highlight_id,),
            ).fetchone()
            if row is None:
                raise KeyError(f"no highlight #{highlight_id}")
            before = Selector(row[1], row[2], row[3], row[4], row[5])
            self._set_quote(row[0], highlight_id, describe(row[6], row[1], row[2]), reviewed=True)
        return before, Changes(highlights=frozenset({int(row[0])}))

    def unconfirm(self, highlight_id: int, before: Selector) -> Changes:
        """Undo `confirm`: the old quote again, and the highlight flagged for review again."""
        with write_transaction(self.db):
            row = self.db.execute("SELECT source_id FROM highlights WHERE id = ?", (highlight_id,)).fetchone()
            if row is None:
                raise KeyError(f"no highlight #{highlight_id}")
            self._set_quote(row[0], highlight_id, before, reviewed=False)
        return Changes(highlights=frozenset({int(row[0])}))

    def _set_quote(self, source_id: int, highlight_id: int, selector: Selector, *, reviewed: bool) -> None:
        self.db.execute(
            "UPDATE highlights SET exact = ?, prefix = ?, suffix = ?, updated_at = ? WHERE id = ?",
            (selector.exact, selector.prefix, selector.suffix, now(), highlight_id),
        )
        self.db.execute(
            "UPDATE revision_highlights SET reviewed = ? WHERE highlight_id = ?", (int(reviewed), highlight_id)
        )
        annotation = self.db.execute("SELECT annotation FROM highlights WHERE id = ?", (highlight_id,)).fetchone()[0]
        search_index.index_highlight(self.db, source_id, highlight_id, selector.exact, annotation)

    # -- similar sources ----------------------------------------------------------------------

    def link_similar(self, pairs: Iterable[tuple[int, int, float]]) -> Changes:
        """Record (new source, earlier source, share of text in common) links."""
        rows = list(pairs)
        with write_transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO similar_sources (source_id, similar_id, shared)"
                " VALUES (?, ?, ?)",
                rows,
            )
        return Changes(sources_updated=frozenset(r[0] for r in rows))

    def similar_to(self, source_id: int) -> list[int]:
        """Live sources linked with this one as similar (either way round), by id."""
        return [
            int(r[0])
            for r in self.db.execute(
                "SELECT other FROM (SELECT similar_id AS other FROM similar_sources WHERE source_id = ?"
                " UNION SELECT source_id FROM similar_sources WHERE similar_id = ?) o"
                " JOIN sources s ON s.id = o.other AND s.deleted_at IS NULL ORDER BY other",
                (source_id, source_id),
            )
        ]

    # -- private ------------------------------------------------------------------------------

    def _current(self, source_id: int) -> Version | None:
        row = self.db.execute(
            f"SELECT {', '.join('s.' + c for c in (*_META, *_HASHES))},"
            f" {', '.join('c.' + c for c in _CONTENT)} FROM sources s"
            " JOIN source_content c ON c.source_id = s.id WHERE s.id = ? AND s.deleted_at IS NULL",
            (source_id,),
        ).fetchone()
        return Version(*row) if row else None

    def _count(self, source_id: int) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM source_revisions WHERE source_id = ?", (source_id,)
        ).fetchone()[0])  # fmt: skip

    def _came_in(self, source_id: int) -> str:
        """When the current version came in: its import, or the update that brought it."""
        return str(came_in(self.db, source_id))

    def _write_version(self, source_id: int, version: Version, stamp: str) -> None:
        """Put `version` in the source's row and content, its text in the search index; the
        story profile described the text it replaces, so it goes (grouping makes it again)."""
        self.db.execute(
            f"UPDATE sources SET {', '.join(f'{c} = ?' for c in (*_META, *_HASHES))},"
            " updated_at = ? WHERE id = ?",
            (*(getattr(version, c) for c in (*_META, *_HASHES)), stamp, source_id),
        )
        self.db.execute(
            f"UPDATE source_content SET {', '.join(f'{c} = ?' for c in _CONTENT)} WHERE source_id = ?",
            (*(getattr(version, c) for c in _CONTENT), source_id),
        )
        search_index.index_article(
            self.db, source_id, version.title, version.reading_text, version.index_terms
        )
        self.db.execute("DELETE FROM story_profiles WHERE source_id = ?", (source_id,))

    def _highlights(self, source_id: int) -> list[Any]:
        """Every highlight of a source, deleted ones too (undo may bring them back)."""
        return self.db.execute(
            'SELECT id, start, "end", exact, prefix, suffix, text_hash, anchor_status,'
            " deleted_at IS NOT NULL FROM highlights WHERE source_id = ?",
            (source_id,),
        ).fetchall()

    def _place(
        self, highlight_id: int, start: int | None, end: int | None, old_start: int, old_end: int,
        version: Version,
    ) -> None:  # fmt: skip
        """A highlight onto the new text: where anchoring found it, else an orphan that keeps
        its quote and a place clamped to the text."""
        if start is not None and end is not None:
            status = AnchorStatus.ANCHORED
        else:
            length = len(version.reading_text)
            start, end, status = min(old_start, length), min(old_end, length), AnchorStatus.ORPHANED
        self.db.execute(
            'UPDATE highlights SET start = ?, "end" = ?, text_hash = ?, anchor_status = ? WHERE id = ?',
            (start, end, version.text_hash, str(status), highlight_id),
        )


def _revision(source_id: int, row: Sequence[Any], blocks: tuple[Any, ...] = ()) -> Revision:
    number, title, site_name, url, file_name, imported_at, replaced_at, byline, agency, published = row
    return Revision(source_id, int(number), title, site_name, url, file_name, imported_at,
                    replaced_at, blocks, byline, agency, published)  # fmt: skip
