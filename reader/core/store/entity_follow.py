"""A user's correction follows its entity when newer rules name the same words anew.

Corrections are kept by the kind and key (the normalised name) of the row they were made on
(`entity_corrections`), so they hold when the index is built again and rows get new ids. Newer
rules may find the same words under another name or kind, though ("Apecs" → "Apec", the
"person" "Liberaldemokratischen Partei" → the organisation "Liberaldemokratische Partei"):
re-indexed, a source's mentions went to a row of the new key, the corrected row lost its last
source and was deleted, and its correction was left on nothing — an entry the user hid was
listed again, a kind change was gone, and an entry merged into one the rules renamed was listed
apart again under the old name.

So when a source is read again with its text and teaser as they were (only the rules changed,
so its offsets still mean the same words), each row that carries a correction or that
corrections point to (a merge's entry, a kind change's), and that the new rules no longer find
in the source, is followed to the row that now holds its places there: one whose every mention
in the source lies on one of the old row's, covering at least half of them. That row takes the
correction (unless it has one of its own), and merges into the old row point to it.

A correction whose row is gone for another reason (its sources deleted) stays, by name: the
entry is corrected again when a source names it again, as a source imported again must be.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

from reader.core.store.entity_corrections import Correction, insert
from reader.core.store.entity_groups import Identity
from reader.core.store.entity_parts import Span

# An old row's identity and its places in one source, by its row id.
Followed = dict[int, tuple[Identity, set[Span]]]

_TRACKED = """
SELECT m.entity_id, e.kind, e.key, m.part, m.start, m."end" FROM entity_mentions m
JOIN entities e ON e.id = m.entity_id
WHERE m.source_id = ? AND EXISTS (SELECT 1 FROM entity_corrections c
    WHERE (c.kind = e.kind AND c.key = e.key) OR (c.to_kind = e.kind AND c.to_key = e.key))
"""


def tracked(conn: sqlite3.Connection, source_id: int, text_hash: str, teaser: str | None) -> Followed:
    """Before a source is indexed again: the places of its rows that corrections concern, when
    its text (`text_hash`, with the rules' version after the colon) and teaser are those indexed
    before; else nothing (other text: its offsets name other words)."""
    before = conn.execute("SELECT text_hash, teaser FROM entity_indexed WHERE source_id = ?", (source_id,)).fetchone()
    if before is None or str(before[0]).rsplit(":", 1)[0] != text_hash.rsplit(":", 1)[0] or before[1] != teaser:
        return {}
    found: Followed = {}
    for entity_id, kind, key, part, start, end in conn.execute(_TRACKED, (source_id,)):
        found.setdefault(int(entity_id), ((str(kind), str(key)), set()))[1].add((str(part), int(start), int(end)))
    return found


def follow(conn: sqlite3.Connection, before: Followed, now_found: Mapping[int, Sequence[Span]]) -> None:
    """After the source's new rows are stored (`now_found`: row id → its places in the
    source): each old row of `before` the rules no longer find here hands its correction on."""
    rows = {i: set(s) for i, s in now_found.items()} if before else {}
    for old_id, (identity, places) in before.items():
        if old_id in now_found:
            continue
        heir = _heir(places, rows)
        if heir is not None:
            row = conn.execute("SELECT kind, key, name FROM entities WHERE id = ?", (heir,)).fetchone()
            _carry(conn, identity, (str(row[0]), str(row[1])), str(row[2]))


def _heir(places: set[Span], rows: Mapping[int, set[Span]]) -> int | None:
    """The row whose every place lies on one of `places` and that covers most of them (half
    at least), or None."""
    best, covered_most = None, 0
    for row_id, spans in rows.items():
        if not all(any(_overlap(s, p) for p in places) for s in spans):
            continue
        covered = sum(1 for p in places if any(_overlap(p, s) for s in spans))
        if covered * 2 >= len(places) and covered > covered_most:
            best, covered_most = row_id, covered
    return best


def _overlap(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _carry(conn: sqlite3.Connection, old: Identity, new: Identity, new_name: str) -> None:
    """The correction of row `old` kept for row `new` too (unless it has its own), and
    corrections pointing to `old`, or to `old` under the kind the user gave it, point to `new`."""
    own = conn.execute(
        "SELECT hidden, to_kind, to_key, to_name FROM entity_corrections WHERE kind = ? AND key = ?", old
    ).fetchone()
    pointed = [old]
    if own is not None:
        hidden, to_kind, to_key, to_name = bool(own[0]), own[1], own[2], own[3]
        kind_changed = to_key == old[1]
        if kind_changed:  # shown as itself under the user's kind: so is the new row
            pointed.append((str(to_kind), old[1]))
            to_key = new[1]
        merged_into_it = not kind_changed and (to_kind, to_key) == new  # the rules agree: one row now
        if not merged_into_it and not conn.execute(
            "SELECT 1 FROM entity_corrections WHERE kind = ? AND key = ?", new
        ).fetchone():
            insert(conn, Correction(*new, new_name, hidden, to_kind, to_key, to_name))
    for kind, key in pointed:
        conn.execute(
            "UPDATE entity_corrections SET to_kind = ?, to_key = ? WHERE to_kind = ? AND to_key = ?"
            " AND NOT (kind = ? AND key = ?)",
            (kind if (kind, key) != old else new[0], new[1], kind, key, *old),
        )
