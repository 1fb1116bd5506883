"""One person of the library under a middle name written or left out.

Within a text, "Anna Veronika Wendland" and "Anna Wendland" are one person (the entity rules
merge them); across sources they were two rows, since the index's key is the whole name:
"Owen Dempsey" in one article, "Owen John Dempsey" in another. A person found under a key of
no row named under these rules joins the one person of the library so named with the same
first name and surname whose middle words agree with theirs (none on one side, or the same
initials: "Owen J. Dempsey"), both as the row is named and as it is keyed. Two first names
never join ("Xianying Liu" and "Yang Liu"), nor two different middle names, nor a name that
fits two people of the library. Rows named under older rules are left out, so a library indexed
again after new rules merges as one built afresh does (their rows go when no source names them
any more).

The row is named by the fullest form the library's texts use (`fuller`: the most words, then a
middle name written out rather than its initial), whatever order the sources came in. It used
to keep the plainer form, which lost the middle name a formal mention gives, and of two as
long the one indexed first: "Owen J. Dempsey" named the row when imported before "Owen John
Dempsey", and did not when imported after it. A name the user gave the entry (its kind changed: the name they saw
then, kept with the correction) is stored apart and still wins.
"""

from __future__ import annotations

import sqlite3


def joined(conn: sqlite3.Connection, key: str, name: str, rules: int, stale: int | None) -> int | None:
    """The row of the library's person (named under `rules`) a person found as `key` is, or
    None: a new one. A surname alone ("Takaichi") is the one person whose full name ends with
    it; a full name takes a surname indexed alone first, unless another full name ends with it
    too or the user corrected the surname's row (hidden, another kind, merged: the full name
    taking its key left the correction on nothing, and the surname's entry listed again as the
    rules had it); a middle name written or left out is `_same_person`. `stale` is the row of `key`
    named under older rules, if any: a lone surname's row joining it moves its sources there
    (the key is taken), as a library built afresh would have them."""
    words = key.split()
    if len(words) == 1:
        full = conn.execute(
            "SELECT id FROM entities WHERE surname = ? AND kind = 'person' AND rules = ? LIMIT 2", (key, rules)
        ).fetchall()
        return int(full[0][0]) if len(full) == 1 else None
    surname = words[-1]
    alone = conn.execute(  # a lone surname the user corrected stays as they have it
        "SELECT id FROM entities WHERE kind = 'person' AND key = ? AND rules = ?"
        " AND NOT EXISTS (SELECT 1 FROM entity_corrections c WHERE c.kind = 'person' AND c.key = ?)",
        (surname, rules, surname),
    ).fetchone()
    if alone and not conn.execute(
        "SELECT 1 FROM entities WHERE surname = ? AND kind = 'person' AND rules = ? LIMIT 1", (surname, rules)
    ).fetchone():  # "Takaichi" first, now "Sanae Takaichi" (asked only when a lone surname is)
        # an entry merged into "Takaichi" now is one with "Sanae Takaichi"
        conn.execute("UPDATE entity_corrections SET to_key = ? WHERE to_kind = 'person' AND to_key = ?", (key, surname))
        if stale is None:
            conn.execute(
                "UPDATE entities SET key = ?, name = ?, surname = ? WHERE id = ?", (key, name, surname, alone[0])
            )
            return int(alone[0])
        for table in ("entity_sources", "entity_mentions"):
            conn.execute(f"UPDATE OR IGNORE {table} SET entity_id = ? WHERE entity_id = ?", (stale, alone[0]))
        conn.execute("DELETE FROM entities WHERE id = ?", (alone[0],))
        conn.execute("UPDATE entities SET name = ?, surname = ?, rules = ? WHERE id = ?", (name, surname, rules, stale))
        return stale
    return _same_person(conn, key, name, rules)


def _same_person(conn: sqlite3.Connection, key: str, name: str, rules: int) -> int | None:
    """The row of the one other person (named under `rules`) `key`, a name of two words or
    more, names with or without middle words; its name becomes `name` when that is `fuller`."""
    words = key.split()
    rows = conn.execute(
        "SELECT id, name, key FROM entities WHERE kind = 'person' AND surname = ? AND key != ? AND rules = ?",
        (words[-1], key, rules),
    ).fetchall()
    fits = [
        (int(i), str(n)) for i, n, k in rows
        if _fits(words, str(n).casefold().split()) and _fits(words, str(k).split())
    ]  # fmt: skip
    if len(fits) != 1:
        return None
    row_id, known = fits[0]
    if fuller(name, known):
        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, row_id))
    return row_id


def fuller(name: str, known: str) -> bool:
    """`name` is the fuller form of one person than `known`: more words ("Owen John Dempsey",
    not "Owen Dempsey"), then more letters (a middle name written out, not its initial), then,
    of two as full, the first in the alphabet — a total order, so the form a row ends with does
    not depend on the order its sources were indexed in."""
    return (len(name.split()), len(name), known) > (len(known.split()), len(known), name)


def _fits(words: list[str], other: list[str]) -> bool:
    """Same first name and surname, and middle words of one side only, or of neither, or with
    the same initials."""
    if len(other) < 2 or other[0] != words[0] or other[-1].strip(".,") != words[-1].strip(".,"):
        return False
    middles, others = words[1:-1], other[1:-1]
    if middles and others:
        return [w[0] for w in middles] == [w[0] for w in others]
    return True
