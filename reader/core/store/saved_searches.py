"""Saved searches: a search and the library's filters kept under a name ("Japan, unread").

A saved search stores what the user typed and chose, not the sources it found: applied again it
finds what the library holds now, as Calibre's and Zotero's saved searches do. The query text is
kept as typed, even if it no longer parses (say, a label renamed since): whoever runs it
reports that the search is invalid, as the search box does. Names are case-insensitively unique.
A search narrowed to the sources naming an entity keeps that entity's id and name (see
`reader.core.search.saved_entity_id` for why both).

Table `saved_searches` (migrations `create_saved_searches`, `add_saved_search_entity`: saved
searches from before it have no entity and read as before).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from reader.core.changes import Changes
from reader.core.store.connection import now, write_transaction
from reader.core.text import name_key

MAX_NAME = 100
_COLUMNS = "id, name, query, tag, outlet, author, lang, unread_only, entity_id, entity_name"


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A named search: query text plus the library's tag and filters (None: not narrowed)."""

    id: int
    name: str
    query: str = ""
    tag: str | None = None
    outlet: str | None = None
    author: str | None = None
    lang: str | None = None
    unread_only: bool = False
    entity_id: int | None = None  # only the sources naming this entity (View ▸ Entities)
    entity_name: str | None = None


class DuplicateSavedSearchError(ValueError):
    """Another saved search already has this name (in any case)."""


def clean_search_name(name: str) -> str:
    """A saved search's name is one trimmed line, shown in the library pane and typed in the CLI."""
    cleaned = unicodedata.normalize("NFC", " ".join(name.split()))
    if not cleaned:
        raise ValueError("a saved search needs a name")
    if len(cleaned) > MAX_NAME:
        raise ValueError(f"a saved search's name is at most {MAX_NAME} characters")
    return cleaned


def create_saved_searches(db: sqlite_utils.Database) -> None:
    """Migration: the saved searches table."""
    db.executescript(
        """
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
        );
        """
    )


def add_saved_search_entity(db: sqlite_utils.Database) -> None:
    """Migration: a saved search may keep the entity the library was narrowed to."""
    db.executescript(
        """
        ALTER TABLE saved_searches ADD COLUMN entity_id INTEGER;
        ALTER TABLE saved_searches ADD COLUMN entity_name TEXT;
        """
    )


def _saved(row: Sequence[Any]) -> SavedSearch:
    entity_id = int(row[8]) if row[8] is not None else None
    return SavedSearch(int(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]), entity_id, row[9])


_CHANGED = Changes(saved_searches=True)


class SavedSearchRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def all(self) -> list[SavedSearch]:
        """Every saved search, by name."""
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM saved_searches ORDER BY name COLLATE NOCASE, id")
        return [_saved(row) for row in rows]

    def get(self, saved_id: int) -> SavedSearch | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM saved_searches WHERE id = ?", (saved_id,)).fetchone()
        return _saved(row) if row else None

    def find(self, name: str) -> SavedSearch | None:
        """The saved search called `name` (`name_key`: in any case and spacing), among the few there are."""
        return next(iter(self.named(name)), None)

    def named(self, name: str) -> list[SavedSearch]:
        """Every saved search called `name` (`name_key`), by id: one at most, but a library made
        before names matched beyond A–Z can hold "Öl" and "öl", which `find` alone picks from."""
        wanted = name_key(name)
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM saved_searches ORDER BY id")
        return [_saved(row) for row in rows if name_key(row[1]) == wanted]

    def add(self, search: SavedSearch) -> tuple[SavedSearch, Changes]:
        """Save `search` under its name (its id is ignored unless restoring: see `restore`)."""
        return self._insert(search, keep_id=False)

    def restore(self, search: SavedSearch) -> Changes:
        """Bring a deleted saved search back with its own id (undo of delete)."""
        return self._insert(search, keep_id=True)[1]

    def _insert(self, search: SavedSearch, *, keep_id: bool) -> tuple[SavedSearch, Changes]:
        name = clean_search_name(search.name)
        with write_transaction(self.db):
            self._refuse_taken(name, None)
            cursor = self.db.execute(
                "INSERT INTO saved_searches (id, name, query, tag, outlet, author, lang, unread_only,"
                " entity_id, entity_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (search.id if keep_id else None, name, search.query.strip(), search.tag, search.outlet,
                 search.author, search.lang, int(search.unread_only), search.entity_id,
                 search.entity_name if search.entity_id is not None else None, now()),  # fmt: skip
            )
            saved_id = int(cursor.lastrowid or 0)
        stored = self.get(saved_id)
        assert stored is not None
        return stored, _CHANGED

    def replace(self, search: SavedSearch) -> Changes:
        """Give the saved search with `search`'s id everything of `search` (name, query, tag,
        filters, entity) in one write: a search edited in the window, undone by replacing it
        with the old one. Deleting and re-adding it could lose it between the two writes."""
        name = clean_search_name(search.name)
        with write_transaction(self.db):
            self._refuse_taken(name, search.id)
            self.db.execute(
                "UPDATE saved_searches SET name = ?, query = ?, tag = ?, outlet = ?, author = ?, lang = ?,"
                " unread_only = ?, entity_id = ?, entity_name = ? WHERE id = ?",
                (name, search.query.strip(), search.tag, search.outlet, search.author, search.lang,
                 int(search.unread_only), search.entity_id,
                 search.entity_name if search.entity_id is not None else None, search.id),  # fmt: skip
            )
        return _CHANGED

    def rename(self, saved_id: int, name: str) -> Changes:
        name = clean_search_name(name)
        with write_transaction(self.db):
            self._refuse_taken(name, saved_id)
            self.db.execute("UPDATE saved_searches SET name = ? WHERE id = ?", (name, saved_id))
        return _CHANGED

    def delete(self, saved_id: int) -> Changes:
        with write_transaction(self.db):
            self.db.execute("DELETE FROM saved_searches WHERE id = ?", (saved_id,))
        return _CHANGED

    def _refuse_taken(self, name: str, own_id: int | None) -> None:
        taken = next((s for s in self.named(name) if s.id != own_id), None)
        if taken is not None:
            raise DuplicateSavedSearchError(f"there is already a saved search called “{taken.name}”")
