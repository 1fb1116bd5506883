"""Highlights and their annotations, soft-deleted so that undo can bring them back."""

from __future__ import annotations

import sqlite_utils

from reader.core.anchoring import describe
from reader.core.changes import Changes
from reader.core.models import AnchorStatus, Highlight
from reader.core.store import search_index
from reader.core.store.connection import ChangedElsewhereError, now, write_transaction

_COLUMNS = (
    'id, source_id, start, "end", exact, prefix, suffix, text_hash, label, annotation, '
    "anchor_status, created_at, updated_at"
)


def _highlight(row: tuple) -> Highlight:  # type: ignore[type-arg]
    values = list(row)
    values[10] = AnchorStatus(values[10])
    return Highlight(*values)


class HighlightRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def add(
        self, source_id: int, start: int, end: int, label: str, annotation: str = ""
    ) -> tuple[Highlight, Changes]:
        """Highlight reading-text offsets start–end of a source with a colour label."""
        with write_transaction(self.db):
            row = self.db.execute(
                "SELECT c.reading_text, s.text_hash FROM source_content c "
                "JOIN sources s ON s.id = c.source_id WHERE c.source_id = ?",
                (source_id,),
            ).fetchone()
            if row is None:
                raise KeyError(f"no source #{source_id}")
            selector = describe(row[0], start, end)
            stamp = now()
            cursor = self.db.execute(
                'INSERT INTO highlights (source_id, start, "end", exact, prefix, suffix,'
                " text_hash, label, annotation, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source_id, start, end, selector.exact, selector.prefix, selector.suffix,
                 row[1], label, annotation, stamp, stamp),
            )  # fmt: skip
            highlight_id = int(cursor.lastrowid or 0)
            search_index.index_highlight(self.db, source_id, highlight_id, selector.exact, annotation)
        highlight = self.get(highlight_id)
        assert highlight is not None
        return highlight, Changes(highlights=frozenset({source_id}))

    def get(self, highlight_id: int) -> Highlight | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM highlights WHERE id = ? AND deleted_at IS NULL",
            (highlight_id,),
        ).fetchone()
        return _highlight(row) if row else None

    def for_source(self, source_id: int) -> list[Highlight]:
        """A source's live highlights in document order."""
        return [
            _highlight(row)
            for row in self.db.execute(
                f"SELECT {_COLUMNS} FROM highlights WHERE source_id = ? AND deleted_at IS NULL"
                ' ORDER BY start, "end", id',
                (source_id,),
            )
        ]

    def briefings_quoting(self, source_id: int) -> list[tuple[str, int]]:
        """(briefing name, how many of its items quote this source), by name: what deleting
        the source would take out of briefings, which the delete question has to say."""
        rows = self.db.execute(
            "SELECT b.name, count(*) FROM briefing_items bi"
            " JOIN highlights h ON h.id = bi.highlight_id AND h.deleted_at IS NULL"
            " JOIN briefings b ON b.id = bi.briefing_id"
            " WHERE h.source_id = ? GROUP BY b.id ORDER BY b.name COLLATE NOCASE",
            (source_id,),
        )
        return [(str(name), int(count)) for name, count in rows]

    def briefings_with(self, highlight_id: int) -> list[str]:
        """The names of the briefings that quote this highlight, by name: deleting it takes it
        out of their exports, which `briefing highlight delete` says."""
        rows = self.db.execute(
            "SELECT DISTINCT b.name FROM briefing_items bi JOIN briefings b ON b.id = bi.briefing_id"
            " WHERE bi.highlight_id = ? ORDER BY b.name COLLATE NOCASE",
            (highlight_id,),
        )
        return [str(name) for (name,) in rows]

    def update(
        self, highlight_id: int, *, label: str | None = None, annotation: str | None = None,
        expected_annotation: str | None = None,
    ) -> Changes:
        """Relabel or re-annotate a highlight. With `expected_annotation` (the text the window's
        editor loaded) only while the stored annotation is still that text, checked in the same
        transaction: else `ChangedElsewhereError` with the stored one, and nothing is written."""
        with write_transaction(self.db):
            row = self.db.execute(
                "SELECT source_id, exact, label, annotation FROM highlights WHERE id = ?",
                (highlight_id,),
            ).fetchone()
            if row is None:
                raise KeyError(f"no highlight #{highlight_id}")
            if expected_annotation is not None and row[3] != expected_annotation:
                raise ChangedElsewhereError(row[3])
            new_label = row[2] if label is None else label
            new_annotation = row[3] if annotation is None else annotation
            self.db.execute(
                "UPDATE highlights SET label = ?, annotation = ?, updated_at = ? WHERE id = ?",
                (new_label, new_annotation, now(), highlight_id),
            )
            if new_annotation != row[3]:  # the label is not in the index (label: reads the table)
                search_index.index_highlight(self.db, row[0], highlight_id, row[1], new_annotation)
        return Changes(highlights=frozenset({row[0]}))

    def delete(self, highlight_id: int) -> Changes:
        return self._set_deleted(highlight_id, deleted=True)

    def undelete(self, highlight_id: int) -> Changes:
        return self._set_deleted(highlight_id, deleted=False)

    def _set_deleted(self, highlight_id: int, *, deleted: bool) -> Changes:
        with write_transaction(self.db):
            row = self.db.execute(
                "SELECT source_id, exact, annotation FROM highlights WHERE id = ?",
                (highlight_id,),
            ).fetchone()
            if row is None:
                raise KeyError(f"no highlight #{highlight_id}")
            stamp = now()
            self.db.execute(
                "UPDATE highlights SET deleted_at = ?, updated_at = ? WHERE id = ?",
                (stamp if deleted else None, stamp, highlight_id),
            )
            if deleted:
                search_index.unindex_highlight(self.db, highlight_id)
            else:
                search_index.index_highlight(self.db, row[0], highlight_id, row[1], row[2])
        return Changes(highlights=frozenset({row[0]}))


def marking(highlights: list[Highlight], span: tuple[int, int], label: str | None) -> Highlight | None:
    """The highlight that already marks `span`, which a new one there would only duplicate.

    One on exactly these words, whatever its label (it takes the new label instead); else the
    innermost anchored one around them with `label` (any label when None: "highlight these
    words", and they are). Words inside a highlight of another label make a highlight of their
    own, which the window shows on top ("Highlights may overlap"); one of the same label inside
    it was an invisible second card, and `highlight add` of a passage inside #5 made one.
    """
    start, end = span
    same = [h for h in highlights if (h.start, h.end) == span]
    if same:
        return same[0]
    around = [h for h in highlights if h.anchor_status is AnchorStatus.ANCHORED and h.start <= start
              and end <= h.end and label in (None, h.label)]  # fmt: skip
    return min(around, key=lambda h: (h.end - h.start, h.id), default=None)
