"""Sources: adding imported articles, reading them back, editing metadata, deleting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import EllipsisType
from typing import TYPE_CHECKING, Any

import sqlite_utils

from reader.core.changes import Changes
from reader.core.ingest import blocks_from_json
from reader.core.models import FromBin, Source, SourceSummary
from reader.core.store import search_index
from reader.core.store.bin import bring_back, out_of_bin, purge_source, take_out
from reader.core.store.connection import chunks, now, write_transaction
from reader.core.store.revision_rows import edit_stamp
from reader.core.store.source_table import NOTE_HAS_WORDS
from reader.core.store.tags import attach_tags, stored_tag
from reader.core.text import sort_key

if TYPE_CHECKING:  # the parsers stay unloaded for code that only reads the library
    from reader.core.ingest import PreparedFile


def add_source_agency(db: sqlite_utils.Database) -> None:
    """Migration: the news agency a story comes from ("dpa/lno", "Reuters"), a reference names
    it beside the outlet. Earlier revisions keep theirs (an update may bring another, undo puts
    it back); the index lets `agency:` searches read the few names, as `outlet:` does."""
    db.table("sources").add_column("agency", str)
    db.table("source_revisions").add_column("agency", str)
    db.table("sources").create_index(["agency"], index_name="sources_agency")


class DuplicateSourceError(Exception):
    """The article is already in the library (same file, or the same body under another name)."""

    def __init__(self, source_id: int, title: str) -> None:
        super().__init__(f"already in the library as #{source_id} “{title}”")
        self.source_id = source_id
        self.title = title


# Library orderings the list offers; the value is the SQL ORDER BY (ids break ties stably).
# Sources without a publication date come last under "published": placed by their import date
# they crowded the top of the list, looking like the newest news. Titles sort as a reader
# files them (`sort_key`, registered on the connection): "Ölpreis …" among the O's.
ORDERINGS = {
    "published": "s.published IS NULL, s.published DESC, s.id DESC",
    "imported": "s.imported_at DESC, s.id DESC",
    "title": "sort_key(s.title) ASC, s.id ASC",
}

EDITABLE_FIELDS = ("title", "teaser", "byline", "published", "site_name", "agency", "lang", "url")

_SUMMARY_SQL = f"""
SELECT s.id, s.title, s.title_derived, s.site_name, s.published, s.imported_at, s.opened_at,
       s.file_name, s.agency,
       (SELECT group_concat(t.name, char(31)) FROM source_tags st JOIN tags t ON t.id = st.tag_id
         WHERE st.source_id = s.id) AS tag_names,
       (SELECT count(*) FROM highlights h WHERE h.source_id = s.id AND h.deleted_at IS NULL)
         AS highlight_count,
       EXISTS (SELECT 1 FROM notes n WHERE n.source_id = s.id AND {NOTE_HAS_WORDS}) AS has_note
FROM sources s
"""
# has_note: a note of blanks is none, as in the library table (`source_table`); one lookup on
# the notes' primary key per row.


class SourceRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- adding -----------------------------------------------------------------------------

    def find_duplicate(self, content_hash: str, body_hash: str) -> tuple[int, str, bool] | None:
        """(id, title, is_deleted) of a source with the same file or body, if any."""
        row = self.db.execute(
            "SELECT id, title, deleted_at IS NOT NULL FROM sources "
            "WHERE content_hash = ? OR body_hash = ? LIMIT 1",
            (content_hash, body_hash),
        ).fetchone()
        return (int(row[0]), str(row[1]), bool(row[2])) if row else None

    def add(self, prepared: PreparedFile, tags: Sequence[str] = ()) -> tuple[int, Changes]:
        """Store one imported file in its own transaction; raise DuplicateSourceError if known
        (a copy in the bin holding the user's work comes back instead: `add_or_bring_back`)."""
        with write_transaction(self.db):
            return self.add_in_transaction(prepared, tags)

    def add_in_transaction(
        self,
        prepared: PreparedFile,
        tags: Sequence[str] = (),
        *,
        duplicate: tuple[int, str, bool] | None | EllipsisType = ...,
    ) -> tuple[int, Changes]:
        """`add` for a caller that holds the write transaction (the importer's batches);
        `add_or_bring_back` without saying whether the source came back from the bin."""
        source_id, changes, _from_bin = self.add_or_bring_back(prepared, tags, duplicate=duplicate)
        return source_id, changes

    def add_or_bring_back(
        self,
        prepared: PreparedFile,
        tags: Sequence[str] = (),
        *,
        duplicate: tuple[int, str, bool] | None | EllipsisType = ...,
    ) -> tuple[int, Changes, FromBin | None]:
        """Store one imported file in the caller's transaction; what of the user's work came
        back with it when it brought a binned copy back (`bin.bring_back`), else None.

        A duplicate is refused before anything is written. A duplicate of a source the user
        deleted comes back from the bin with its highlights, annotations, note and tags when
        it holds any (purged for a fresh copy, a consultant's work on it was gone without a
        word); one holding none of the user's work is replaced fresh. `duplicate` is what
        `find_duplicate` gave for this file in this transaction, for a caller that had to look
        first (the importer, whose check for versions needs it): the look-up is one of the
        writer's few queries per file.
        """
        article = prepared.article
        stamp = now()
        if duplicate is ...:
            duplicate = self.find_duplicate(prepared.content_hash, prepared.body_hash)
        if duplicate and not duplicate[2]:
            raise DuplicateSourceError(duplicate[0], duplicate[1])
        if duplicate:
            from_bin = bring_back(self.db, duplicate[0], prepared.text_hash)
            if from_bin is not None:
                return duplicate[0], self._tagged(duplicate[0], out_of_bin([duplicate[0]]), tags, article.tags), from_bin
            purge_source(self.db, duplicate[0])
        title = article.title or prepared.fallback_title
        cursor = self.db.execute(
            "INSERT INTO sources (title, title_derived, teaser, byline, published, site_name,"
            " agency, lang, url, file_name, format, content_hash, body_hash, text_hash,"
            " imported_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                title, int(article.title_derived or not article.title), article.teaser,
                article.byline, article.published, article.site_name, article.agency,
                article.lang, article.url, prepared.file_name, prepared.format,
                prepared.content_hash, prepared.body_hash, prepared.text_hash, stamp, stamp,
            ),
        )  # fmt: skip
        source_id = int(cursor.lastrowid or 0)
        self.db.execute(
            "INSERT INTO source_content (source_id, encoding, raw_text, blocks, reading_text)"
            " VALUES (?, ?, ?, ?, ?)",
            (source_id, prepared.encoding, prepared.raw_text,
             prepared.blocks_json, prepared.reading_text),
        )  # fmt: skip
        search_index.index_article(
            self.db, source_id, title, prepared.reading_text, prepared.index_terms
        )
        # A binned copy deleted for good is said (`purged`): untold, the window took it for a
        # purge made by another program at its next look at the library.
        added = Changes(sources_added=frozenset({source_id}), purged=frozenset({duplicate[0]} if duplicate else ()))
        return source_id, self._tagged(source_id, added, tags, article.tags), None

    def _tagged(self, source_id: int, changes: Changes, tags: Sequence[str], own: Sequence[str]) -> Changes:
        """`changes` with the user's tags for the batch and those a clipping's front matter
        names (`own`) attached to an imported or brought-back source (most files of an import
        have none: then there is nothing to attach, nor changes to merge)."""
        names = [*tags, *own]
        return (changes | attach_tags(self.db, [source_id], names)) if names else changes

    # -- reading ----------------------------------------------------------------------------

    def get(self, source_id: int) -> Source | None:
        row = self.db.execute(
            "SELECT s.id, s.title, s.title_derived, s.teaser, s.byline, s.published, s.site_name,"
            " s.lang, s.url, s.file_name, s.format, c.encoding, s.content_hash, s.text_hash,"
            " s.imported_at, s.updated_at, s.opened_at, c.raw_text, c.blocks, s.agency"
            " FROM sources s JOIN source_content c ON c.source_id = s.id"
            " WHERE s.id = ? AND s.deleted_at IS NULL",
            (source_id,),
        ).fetchone()
        if row is None:
            return None
        tags = tuple(
            name
            for (name,) in self.db.execute(
                "SELECT t.name FROM source_tags st JOIN tags t ON t.id = st.tag_id "
                "WHERE st.source_id = ? ORDER BY t.name COLLATE NOCASE",
                (source_id,),
            )
        )
        return Source(
            id=row[0], title=row[1], title_derived=bool(row[2]), teaser=row[3], byline=row[4],
            published=row[5], site_name=row[6], lang=row[7], url=row[8], file_name=row[9],
            format=row[10], encoding=row[11], content_hash=row[12], text_hash=row[13],
            imported_at=row[14], updated_at=row[15], opened_at=row[16], raw_text=row[17],
            blocks=blocks_from_json(row[18]), tags=tags, agency=row[19],
        )  # fmt: skip

    def ids(self, order: str = "published", tag: str | None = None) -> list[int]:
        """All live source ids in display order, optionally only those with `tag`."""
        sql = "SELECT s.id FROM sources s"
        params: list[Any] = []
        if tag is not None:
            sql += (
                " JOIN source_tags st ON st.source_id = s.id"
                " JOIN tags t ON t.id = st.tag_id AND t.name = ? COLLATE NOCASE"
            )
            params.append(stored_tag(self.db, tag))
        sql += f" WHERE s.deleted_at IS NULL ORDER BY {ORDERINGS[order]}"
        return [row[0] for row in self.db.execute(sql, params)]

    def summaries(self, ids: Sequence[int]) -> list[SourceSummary]:
        """Summaries for `ids`, in the order given (ids no longer present are skipped)."""
        found: dict[int, SourceSummary] = {}
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"{_SUMMARY_SQL} WHERE s.id IN ({marks})", chunk):
                found[row[0]] = _summary(row)
        return [found[i] for i in ids if i in found]

    def titles(self) -> dict[int, str]:
        """Every source's title by id, in one query: the library list's typing to a title reads
        them all at each key (10,000 in about 5 ms), where summaries take 100 times as long."""
        return {int(row[0]): str(row[1]) for row in self.db.execute("SELECT id, title FROM sources")}

    def list(self, order: str = "published", tag: str | None = None) -> list[SourceSummary]:
        return self.summaries(self.ids(order, tag))

    def exists(self, source_id: int) -> bool:
        """Whether the source is stored, live or in the bin (a note may still be saved to it)."""
        return self.db.execute("SELECT 1 FROM sources WHERE id = ?", (source_id,)).fetchone() is not None

    def count(self) -> int:
        return int(
            self.db.execute("SELECT count(*) FROM sources WHERE deleted_at IS NULL").fetchone()[0]
        )

    # -- changing ---------------------------------------------------------------------------

    def update_metadata(self, source_id: int, **values: Any) -> Changes:
        """Change editable metadata fields; a title set by the user is no longer 'derived'.

        Blank text in an optional field is stored as NULL, as None is: the window's dialog
        passes None, another caller "" — stored as "", a date read as present yet empty (sorted
        apart from the undated, matched by no `before:`) and a field as set to nothing."""
        unknown = set(values) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
        if not values:
            return Changes()
        if "title" in values and not (values["title"] or "").strip():
            raise ValueError("a source needs a title")
        values = {name: None if isinstance(value, str) and not value.strip() else value
                  for name, value in values.items()}  # fmt: skip
        assignments = ", ".join(f"{name} = ?" for name in values)
        extra = ", title_derived = 0" if "title" in values else ""
        with write_transaction(self.db):
            self.db.execute(
                f"UPDATE sources SET {assignments}{extra}, updated_at = ? WHERE id = ?",
                (*values.values(), edit_stamp(self.db, source_id, now()), source_id),
            )
            if search_index.INDEXED_FIELDS & values.keys():
                search_index.reindex_source(self.db, source_id)
        return Changes(sources_updated=frozenset({source_id}))

    def set_title_derived(self, source_id: int, derived: bool) -> Changes:
        """Mark the title as derived from the text (or not): undoing a title edit restores it."""
        with write_transaction(self.db):
            self.db.execute(
                "UPDATE sources SET title_derived = ? WHERE id = ?", (int(derived), source_id)
            )
        return Changes(sources_updated=frozenset({source_id}))

    def mark_opened(self, source_id: int) -> Changes:
        """Mark the source read as it is opened: its read state alone changes (`Changes.read`)."""
        with write_transaction(self.db):
            self.db.execute(
                "UPDATE sources SET opened_at = ? WHERE id = ? AND opened_at IS NULL",
                (now(), source_id),
            )
        return Changes(read=frozenset({source_id}))

    def delete(self, source_id: int) -> Changes:
        """Move a source to the bin (`undelete`, or `BinRepo.restore` from the bin, brings it back)."""
        return self.delete_many([source_id])

    def delete_many(self, source_ids: Sequence[int], deleted_at: Mapping[int, str] | None = None) -> Changes:
        """Move the sources to the bin in one transaction: all of them or, when it fails (a full
        disk), none — a bulk delete that failed half-way had binned some, unannounced.
        `deleted_at`: when each was deleted, for an undone restore — stamped now, the bin
        listed it as deleted just now, newest first, though it had lain there for weeks."""
        stamp = now()
        with write_transaction(self.db):
            for source_id in source_ids:
                when = deleted_at.get(source_id, stamp) if deleted_at else stamp
                self.db.execute("UPDATE sources SET deleted_at = ? WHERE id = ?", (when, source_id))
                search_index.unindex_source(self.db, source_id)
        return Changes(sources_removed=frozenset(source_ids), tags=True)

    def undelete(self, source_id: int) -> Changes:
        return self.undelete_many([source_id])

    def undelete_many(self, source_ids: Sequence[int]) -> Changes:
        """Take the sources out of the bin in one transaction (all or none, as `delete_many`)."""
        with write_transaction(self.db):
            for source_id in source_ids:
                take_out(self.db, source_id)
        return out_of_bin(source_ids)


def _summary(row: Sequence[Any]) -> SourceSummary:
    tags = tuple(sorted(row[9].split("\x1f"), key=lambda tag: sort_key(tag) or "")) if row[9] else ()  # as the tag list
    return SourceSummary(
        id=row[0], title=row[1], title_derived=bool(row[2]), site_name=row[3], published=row[4],
        imported_at=row[5], opened_at=row[6], file_name=row[7], tags=tags,
        highlight_count=int(row[10]), agency=row[8], has_note=bool(row[11]),
    )  # fmt: skip
