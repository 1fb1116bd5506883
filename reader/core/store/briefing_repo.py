"""Briefings in the library: create, rename, delete, and their ordered items.

Item positions stay 0-based and contiguous in every briefing, so "move to position 3" means
what the composer shows. Every mutation returns `Changes(briefings={id})`, and each has an
inverse (`delete`/`restore`, `remove_item`/`insert_item`, `move_item` back) for the window's undo.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import sqlite_utils

from reader.core.briefing_model import Briefing, BriefingItem, BriefingSnapshot, ItemKind
from reader.core.changes import Changes
from reader.core.store.connection import ChangedElsewhereError, now, write_transaction
from reader.core.text import name_key

_BRIEFING_SQL = (
    "SELECT b.id, b.name, b.created_at, b.updated_at,"
    " (SELECT count(*) FROM briefing_items i WHERE i.briefing_id = b.id) FROM briefings b"
)
_ITEM_COLUMNS = "id, briefing_id, position, kind, text, highlight_id"
MAX_NAME = 200


def clean_name(name: str) -> str:
    """A briefing name is one trimmed line: it becomes a document title and a file name."""
    cleaned = unicodedata.normalize("NFC", " ".join(name.split()))
    if not cleaned:
        raise ValueError("a briefing needs a name")
    if len(cleaned) > MAX_NAME:
        raise ValueError(f"a briefing name is at most {MAX_NAME} characters")
    return cleaned


def item_text(kind: ItemKind, text: str) -> str:
    """The words as a heading or text item stores them: a heading is one line with text."""
    if kind is not ItemKind.HEADING:
        return text
    heading = " ".join(text.split())
    if not heading:
        raise ValueError("a heading needs text")
    return heading


def _item(row: Sequence[Any]) -> BriefingItem:
    return BriefingItem(
        id=int(row[0]),
        briefing_id=int(row[1]),
        position=int(row[2]),
        kind=ItemKind(row[3]),
        text=str(row[4]),
        highlight_id=None if row[5] is None else int(row[5]),
    )


class BriefingRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------

    def all(self) -> list[Briefing]:
        """Every briefing, most recently changed first."""
        rows = self.db.execute(f"{_BRIEFING_SQL} ORDER BY b.updated_at DESC, b.id DESC")
        return [Briefing(*row) for row in rows]

    def get(self, briefing_id: int) -> Briefing | None:
        row = self.db.execute(f"{_BRIEFING_SQL} WHERE b.id = ?", (briefing_id,)).fetchone()
        return Briefing(*row) if row else None

    def find(self, name: str) -> Briefing | None:
        """The briefing called `name` (`name_key`: in any case and spacing), as the CLI addresses them."""
        found = self._named(name)
        return self.get(found[0]) if found else None

    def named(self, name: str) -> list[Briefing]:
        """Every briefing called `name` (`name_key`), by id: one at most, but a library made before
        names matched beyond A–Z can hold "Öl-Markt" and "öl-markt", which `find` alone picks from."""
        return [b for b in map(self.get, self._named(name)) if b is not None]

    def _named(self, name: str) -> list[int]:
        """The ids of the briefings whose name is `name`'s (`name_key`), among the few there are."""
        wanted = name_key(name)
        rows = self.db.execute("SELECT id, name FROM briefings ORDER BY id")
        return [int(i) for i, n in rows if name_key(n) == wanted]

    def items(self, briefing_id: int) -> list[BriefingItem]:
        """The briefing's items in order."""
        rows = self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM briefing_items WHERE briefing_id = ? ORDER BY position",
            (briefing_id,),
        )
        return [_item(row) for row in rows]

    def item(self, item_id: int) -> BriefingItem | None:
        row = self.db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM briefing_items WHERE id = ?", (item_id,)
        ).fetchone()
        return _item(row) if row else None

    def snapshot(self, briefing_id: int) -> BriefingSnapshot:
        briefing = self.get(briefing_id)
        if briefing is None:
            raise KeyError(f"no briefing #{briefing_id}")
        return BriefingSnapshot(briefing, tuple(self.items(briefing_id)))

    # -- briefings --------------------------------------------------------------------------

    def create(self, name: str) -> tuple[Briefing, Changes]:
        name = clean_name(name)
        with write_transaction(self.db):
            self._refuse_taken(name, None)
            stamp = now()
            cursor = self.db.execute(
                "INSERT INTO briefings (name, created_at, updated_at) VALUES (?, ?, ?)",
                (name, stamp, stamp),
            )
            briefing_id = int(cursor.lastrowid or 0)
        briefing = self.get(briefing_id)
        assert briefing is not None
        return briefing, Changes(briefings=frozenset({briefing_id}))

    def rename(self, briefing_id: int, name: str) -> Changes:
        name = clean_name(name)
        with write_transaction(self.db):
            self._refuse_taken(name, briefing_id)
            self._require(briefing_id)
            self.db.execute(
                "UPDATE briefings SET name = ?, updated_at = ? WHERE id = ?",
                (name, now(), briefing_id),
            )
        return Changes(briefings=frozenset({briefing_id}))

    def delete(self, briefing_id: int) -> Changes:
        """Delete a briefing and its items (take a `snapshot` first to be able to undo)."""
        with write_transaction(self.db):
            self._require(briefing_id)
            self.db.execute("DELETE FROM briefings WHERE id = ?", (briefing_id,))
        return Changes(briefings=frozenset({briefing_id}))

    def restore(self, snapshot: BriefingSnapshot) -> Changes:
        """Put a deleted briefing back exactly as it was, with the same ids."""
        b = snapshot.briefing
        with write_transaction(self.db):
            self.db.execute(
                "INSERT INTO briefings (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (b.id, b.name, b.created_at, b.updated_at),
            )
            for item in snapshot.items:
                self._insert_row(item)
        return Changes(briefings=frozenset({b.id}))

    # -- items ------------------------------------------------------------------------------

    def add_highlights(
        self, briefing_id: int, highlight_ids: Sequence[int], position: int | None = None
    ) -> tuple[list[BriefingItem], Changes]:
        """Add highlights in the order given, at `position` (default: the end)."""
        added: list[int] = []
        with write_transaction(self.db):
            at = self._open_gap(briefing_id, position, len(highlight_ids))
            for offset, highlight_id in enumerate(highlight_ids):
                if not self._highlight_exists(highlight_id):
                    raise KeyError(f"no highlight #{highlight_id}")
                kind = ItemKind.HIGHLIGHT
                added.append(self._insert(briefing_id, at + offset, kind, "", highlight_id))
        items = [self.item(i) for i in added]
        return [i for i in items if i is not None], Changes(briefings=frozenset({briefing_id}))

    def not_quoted(self, briefing_id: int, highlight_ids: Sequence[int]) -> list[int]:
        """The highlights, once each and in order, that the briefing does not quote yet: what
        adding them adds (the window's B pressed twice, or a script run twice, quoted the same
        passage twice)."""
        quoted = {item.highlight_id for item in self.items(briefing_id)}
        return [i for i in dict.fromkeys(highlight_ids) if i not in quoted]

    def add_heading(
        self, briefing_id: int, text: str, position: int | None = None
    ) -> tuple[BriefingItem, Changes]:
        return self._add_text_item(briefing_id, ItemKind.HEADING, item_text(ItemKind.HEADING, text), position)

    def add_text(
        self, briefing_id: int, text: str, position: int | None = None
    ) -> tuple[BriefingItem, Changes]:
        return self._add_text_item(briefing_id, ItemKind.TEXT, text, position)

    def update_item_text(self, item_id: int, text: str, expected: str | None = None) -> Changes:
        """Change a heading's or a text item's words (a highlight's words are the highlight's).
        With `expected` (the text the composer's editor loaded) only while the stored text is
        still that, checked in the same transaction: else `ChangedElsewhereError` with it."""
        with write_transaction(self.db):
            item = self._require_item(item_id)
            if item.kind is ItemKind.HIGHLIGHT:
                raise ValueError("a highlight's text is changed on the highlight itself")
            if expected is not None and item.text != expected:
                raise ChangedElsewhereError(item.text)
            text = item_text(item.kind, text)
            self.db.execute("UPDATE briefing_items SET text = ? WHERE id = ?", (text, item_id))
            self._touch(item.briefing_id)
        return Changes(briefings=frozenset({item.briefing_id}))

    def move_item(self, item_id: int, position: int) -> Changes:
        """Move an item to `position` (clamped), shifting the items in between."""
        with write_transaction(self.db):
            item = self._require_item(item_id)
            last = self._count(item.briefing_id) - 1
            target = max(0, min(position, last))
            if target > item.position:
                self._shift(item.briefing_id, item.position + 1, target, -1)
            elif target < item.position:
                self._shift(item.briefing_id, target, item.position - 1, +1)
            self.db.execute(
                "UPDATE briefing_items SET position = ? WHERE id = ?", (target, item_id)
            )
            self._touch(item.briefing_id)
        return Changes(briefings=frozenset({item.briefing_id}))

    def remove_item(self, item_id: int) -> Changes:
        with write_transaction(self.db):
            item = self._require_item(item_id)
            self.db.execute("DELETE FROM briefing_items WHERE id = ?", (item_id,))
            self._shift(item.briefing_id, item.position + 1, None, -1)
            self._touch(item.briefing_id)
        return Changes(briefings=frozenset({item.briefing_id}))

    def insert_item(self, item: BriefingItem) -> Changes:
        """Put a removed item back where it was, with its id (the undo of `remove_item`)."""
        with write_transaction(self.db):
            at = self._open_gap(item.briefing_id, item.position, 1)  # touches the briefing
            self._insert_row(item, position=at)
        return Changes(briefings=frozenset({item.briefing_id}))

    # -- helpers ----------------------------------------------------------------------------

    def _add_text_item(
        self, briefing_id: int, kind: ItemKind, text: str, position: int | None
    ) -> tuple[BriefingItem, Changes]:
        with write_transaction(self.db):
            at = self._open_gap(briefing_id, position, 1)
            item_id = self._insert(briefing_id, at, kind, text, None)
        item = self.item(item_id)
        assert item is not None
        return item, Changes(briefings=frozenset({briefing_id}))

    def _open_gap(self, briefing_id: int, position: int | None, size: int) -> int:
        """Make room for `size` items at `position` (clamped; None = the end); return it."""
        self._require(briefing_id)
        count = self._count(briefing_id)
        at = count if position is None else max(0, min(position, count))
        if at < count:
            self._shift(briefing_id, at, None, size)
        self._touch(briefing_id)
        return at

    def _shift(self, briefing_id: int, first: int, last: int | None, by: int) -> None:
        upper = "" if last is None else " AND position <= ?"
        params = (by, briefing_id, first) + (() if last is None else (last,))
        self.db.execute(
            "UPDATE briefing_items SET position = position + ?"
            f" WHERE briefing_id = ? AND position >= ?{upper}",
            params,
        )

    def _insert(
        self, briefing_id: int, position: int, kind: ItemKind, text: str, highlight_id: int | None
    ) -> int:
        cursor = self.db.execute(
            "INSERT INTO briefing_items (briefing_id, position, kind, text, highlight_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (briefing_id, position, str(kind), text, highlight_id),
        )
        return int(cursor.lastrowid or 0)

    def _insert_row(self, item: BriefingItem, position: int | None = None) -> None:
        self.db.execute(
            f"INSERT INTO briefing_items ({_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (item.id, item.briefing_id, item.position if position is None else position,
             str(item.kind), item.text, item.highlight_id),
        )  # fmt: skip

    def _count(self, briefing_id: int) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM briefing_items WHERE briefing_id = ?", (briefing_id,)
        ).fetchone()
        return int(row[0])

    def _touch(self, briefing_id: int) -> None:
        self.db.execute("UPDATE briefings SET updated_at = ? WHERE id = ?", (now(), briefing_id))

    def _require(self, briefing_id: int) -> None:
        row = self.db.execute("SELECT 1 FROM briefings WHERE id = ?", (briefing_id,)).fetchone()
        if row is None:
            raise KeyError(f"no briefing #{briefing_id}")

    def _require_item(self, item_id: int) -> BriefingItem:
        item = self.item(item_id)
        if item is None:
            raise KeyError(f"no briefing item #{item_id}")
        return item

    def _highlight_exists(self, highlight_id: int) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM highlights WHERE id = ? AND deleted_at IS NULL", (highlight_id,)
        ).fetchone()
        return row is not None

    def _refuse_taken(self, name: str, own_id: int | None) -> None:
        taken = next((i for i in self._named(name) if i != own_id), None)
        if taken is not None:
            raise ValueError(f"a briefing named “{name}” already exists")
