"""One person of the library under a middle name written or left out.

Within a text, "Anna Veronika Wendland" and "Anna Wendland" are one person (the entity rules
merge them); across sources they were two rows, since the index's key is the whole name:
"Owen Dempsey" in one article, "Owen John Dempsey" in another. A person found under a key of
no row joins the one person of the library with the same first name and surname whose middle
words agree with theirs (none on one side, or the same initials: "Owen J. Dempsey"), and the
row takes the longer name, as the rules name a person by the longest form a text writes. Two
first names never join ("Xianying Liu" and "Yang Liu"), nor two different middle names, nor
a name that fits two people of the library.
"""

from __future__ import annotations

import sqlite3


def same_person(conn: sqlite3.Connection, key: str, name: str) -> int | None:
    """The row of the one other person `key` names with or without middle words; its name
    becomes `name` when that is the fuller one."""
    words = key.split()
    if len(words) < 2:
        return None
    rows = conn.execute(
        "SELECT id, name FROM entities WHERE kind = 'person' AND surname = ? AND key != ?",
        (words[-1], key),
    ).fetchall()
    fits = [(int(i), str(n)) for i, n in rows if _fits(words, str(n).casefold().split())]
    if len(fits) != 1:
        return None
    row_id, known = fits[0]
    if len(name.split()) > len(known.split()):
        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, row_id))
    return row_id


def _fits(words: list[str], other: list[str]) -> bool:
    """Same first name and surname, middle words of one side only or with the same initials."""
    if len(other) < 2 or other[0] != words[0] or other[-1].strip(".,") != words[-1].strip(".,"):
        return False
    middles, others = words[1:-1], other[1:-1]
    if middles and others:
        return [w[0] for w in middles] == [w[0] for w in others]
    return bool(middles or others)
