"""What another process changed in the library, as a `Changes` value the window's panes know.

A window open on a library sees nothing another process commits (a `briefing` command in a
terminal): SQLite tells a connection only *that* some other connection committed
(`PRAGMA data_version`, `data_version`), not what. A `Fingerprint` is a hash of each thing the
window shows — a source's metadata, its highlights, its note, its tags; a briefing with its
items; the saved searches, the stories, the entity corrections — and `Fingerprint.diff` turns
two of them into the `Changes` the panes already reload from, so a terminal's change reaches
them through the same paths as the window's own.

Hashes of the stored values, not `updated_at` stamps: those are to the second, and a note set
in a terminal within the second of the window's last save would have gone unseen. A source's
read state is a part of its own (read or not, not `opened_at`'s stamp) told as `Changes.read`:
a source another window opened or marked unread shows it in the list's dot and the counts,
without rebuilding the open article or clearing the undo history as an edit would. `retake`
re-reads only what the window's own change touched, so its own edits never count as another's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlite_utils

from reader.core.changes import Changes
from reader.core.store.connection import chunks

Hashes = dict[int, int]


def data_version(db: sqlite_utils.Database) -> int:
    """A number that changes when another connection has committed since the last call
    (SQLite's `PRAGMA data_version`; the connection's own commits leave it as it was)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def _grouped(rows: Iterable[Sequence[object]]) -> Hashes:
    """Rows whose first value is a key, hashed per key (rows of a key must come together)."""
    grouped: dict[int, list[tuple[object, ...]]] = {}
    for row in rows:
        grouped.setdefault(int(row[0]), []).append(tuple(row[1:]))  # type: ignore[call-overload]
    return {key: hash(tuple(values)) for key, values in grouped.items()}


def _where(column: str, ids: list[int] | None) -> tuple[str, list[int]]:
    return ("", []) if ids is None else (f" AND {column} IN ({', '.join('?' * len(ids))})", ids)


# Each keyed part: the SQL of its rows (key first, ordered by key), with `{where}` narrowing it
# to some keys. A source's every column but its read state (`{columns}`: a migration may add
# one, as it did the agency), and the read state apart; sources in the bin count as gone, as
# the window shows them.
_PARTS: dict[str, tuple[str, str]] = {
    "sources": ("SELECT id, {columns} FROM sources WHERE deleted_at IS NULL{where} ORDER BY id", "id"),
    "read": ("SELECT id, opened_at IS NOT NULL FROM sources WHERE deleted_at IS NULL{where} ORDER BY id", "id"),
    # the bin's sources, so one deleted for good elsewhere is told as `purged` (the open bin lists them)
    "bin": ("SELECT id, deleted_at FROM sources WHERE deleted_at IS NOT NULL{where} ORDER BY id", "id"),
    "highlights": ('SELECT source_id, id, start, "end", label, annotation, anchor_status, deleted_at '
                   "FROM highlights WHERE 1{where} ORDER BY source_id, id", "source_id"),  # fmt: skip
    "notes": ("SELECT source_id, body FROM notes WHERE 1{where} ORDER BY source_id", "source_id"),
    "source_tags": ("SELECT source_id, tag_id FROM source_tags WHERE 1{where} ORDER BY source_id, tag_id",
                    "source_id"),  # fmt: skip
    "briefings": ("SELECT b.id, b.name, i.id, i.position, i.kind, i.text, i.highlight_id FROM briefings b "
                  "LEFT JOIN briefing_items i ON i.briefing_id = b.id WHERE 1{where} ORDER BY b.id, i.id",
                  "b.id"),  # fmt: skip
}
# The whole-library parts: one hash each, read again whenever their flag is set.
_WHOLE: dict[str, str] = {
    "tags": "SELECT id, name FROM tags ORDER BY id",
    "saved_searches": "SELECT * FROM saved_searches ORDER BY id",
    "stories": "SELECT source_id, story_id FROM story_members ORDER BY source_id",
    "entities": "SELECT * FROM entity_corrections ORDER BY kind, key",
}


@dataclass
class Fingerprint:
    """Hashes of what the window shows of the library (see the module's docstring)."""

    keyed: dict[str, Hashes] = field(default_factory=dict)
    whole: dict[str, int] = field(default_factory=dict)

    @classmethod
    def take(cls, db: sqlite_utils.Database) -> Fingerprint:
        """Read the whole library's hashes in one read transaction (a consistent picture)."""
        with _reading(db):
            keyed = {name: _keyed(db, name, None) for name in _PARTS}
            whole = {name: _whole(db, name) for name in _WHOLE}
        return cls(keyed, whole)

    def retake(self, db: sqlite_utils.Database, changes: Changes) -> None:
        """Read again only what `changes` (the window's own) touched."""
        touched = changes.sources_added | changes.sources_removed | changes.purged
        wanted: dict[str, frozenset[int]] = {
            "sources": touched | changes.sources_updated,
            "read": touched | changes.sources_updated | changes.read,
            "bin": touched,
            "highlights": touched | changes.highlights | changes.sources_updated,
            "notes": touched | changes.notes,
            "source_tags": touched | changes.sources_updated,
            "briefings": changes.briefings,
        }
        with _reading(db):
            for name, ids in wanted.items():
                for some in chunks(sorted(ids)):
                    hashes = self.keyed.setdefault(name, {})
                    for key in some:
                        hashes.pop(key, None)
                    hashes.update(_keyed(db, name, some))
            for name in _WHOLE:
                # a source deleted for good takes its story membership along (ON DELETE CASCADE)
                if getattr(changes, name) or (name == "tags" and touched) or (name == "stories" and changes.purged):
                    self.whole[name] = _whole(db, name)

    def diff(self, newer: Fingerprint) -> Changes:
        """What changed from this fingerprint to `newer`, as the panes are told of a change."""
        def changed(name: str) -> frozenset[int]:
            old, new = self.keyed.get(name, {}), newer.keyed.get(name, {})
            return frozenset(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))

        old_ids, new_ids = set(self.keyed.get("sources", {})), set(newer.keyed.get("sources", {}))
        purged = set(self.keyed.get("bin", {})) - set(newer.keyed.get("bin", {})) - new_ids
        retagged = changed("source_tags")
        flags = {name: self.whole.get(name) != newer.whole.get(name) for name in _WHOLE}
        return Changes(
            sources_added=frozenset(new_ids - old_ids),
            sources_removed=frozenset(old_ids - new_ids),
            sources_updated=frozenset((changed("sources") | retagged) & old_ids & new_ids),
            highlights=changed("highlights"),
            notes=changed("notes"),
            tags=flags["tags"] or bool(retagged),
            briefings=changed("briefings"),
            saved_searches=flags["saved_searches"],
            stories=flags["stories"],
            entities=flags["entities"],
            read=changed("read") & old_ids & new_ids,
            purged=frozenset(purged),
        )


def _keyed(db: sqlite_utils.Database, name: str, ids: list[int] | None) -> Hashes:
    sql, column = _PARTS[name]
    where, params = _where(column, ids)
    columns = ""  # read (PRAGMA table_info) for the sources' part only, not for each of the five
    if name == "sources":
        columns = ", ".join(f'"{c}"' for c in db["sources"].columns_dict if c not in ("id", "opened_at"))
    return _grouped(db.execute(sql.format(where=where, columns=columns), params))


def _whole(db: sqlite_utils.Database, name: str) -> int:
    return hash(tuple(tuple(row) for row in db.execute(_WHOLE[name])))


@contextmanager
def _reading(db: sqlite_utils.Database) -> Iterator[None]:
    """One read transaction around several SELECTs (none when one is already open)."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")
