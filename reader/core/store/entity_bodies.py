"""One organisation of the library under two spellings: with the English article or without
("The Verge", "Verge"), its words joined by hyphens or apart ("Fridays-for-Future", "Fridays
for Future"), with its legal form or without ("Google Inc.", "Google"; "RWE AG", "RWE";
"SoftBank Group Corp", "SoftBank").

The rules key an organisation by its name as written, and a text that uses both spellings
merges them itself; across sources they were two rows. Each row keeps its `form`: its key
without a leading article, hyphens read as spaces and each word without the inflection the
rules strip from words before the last (`case_stem`: "Instituts" → "Institut"; a place's "s"
stays, "Dallas", "Texas"; any other word's goes, "Times" → "tim"), and without the legal forms
that end it (`without_legal_form`: "Inc.", "AG", "Co.", "Corp", "Group"). An organisation found under
a key of no row named under these rules joins the one row of that form (shown as `_better`
says), or else the one row the library already shows by the same name (`ShownNames`: "VW"
keyed "vw" in one source and "volkswagen" in another, where the text also wrote
"Volkswagen"; "Dick Clark Productions" cut from "Big Machine and Dick Clark Productions"
under that run's key) — two rows of one name were two entries the user could not tell apart,
and the window counted rows where a count of names was three fewer; a user's correction of a
row named under older rules that so joins another moves to that row's key (`moved`), unless
that row has one of its own or it merged the two.
"""

from __future__ import annotations

import sqlite3

from reader.core.entities import case_stem, without_legal_form


def form(kind: str, key: str) -> str | None:
    """The spelling-free form of an organisation's key; None for other kinds."""
    if kind != "org":
        return None
    words = key.replace("-", " ").split()
    if len(words) > 1 and words[0] == "th":  # "th verge": the key of "The Verge"
        words = words[1:]
    kept = without_legal_form(words)
    stems = [case_stem(w) for w in kept]
    if len(kept) < len(words):
        # the word that stood before the legal form is stemmed already, as the rules stem each
        # word before the last: stemmed again, "Tyvak Nano-Satellite Systems Inc" ("system
        # inc") read "syst" and stayed apart from "Tyvak Nano-Satellite Systems" ("system"),
        # and "Siemens AG" ("siemen ag": "siem") from "Siemens" ("siemen")
        stems[-1] = kept[-1]
    return " ".join(stems)


class ShownNames:
    """The organisations named under `rules`, by the name the library shows: read once per
    indexing run, when first asked, and kept as rows are named. Asking the table for a name at
    each new key scanned every organisation (no index holds names: 17 ms a key at 14,000)."""

    def __init__(self, conn: sqlite3.Connection, rules: int) -> None:
        self._conn, self._rules = conn, rules
        self._ids: dict[str, set[int]] | None = None

    def one(self, name: str) -> int | None:
        """The one row shown as `name`; None when none or several are."""
        if self._ids is None:
            self._ids = {}
            for row_id, shown in self._conn.execute(
                "SELECT id, name FROM entities WHERE kind = 'org' AND rules = ?", (self._rules,)
            ):
                self._ids.setdefault(str(shown), set()).add(int(row_id))
        ids = self._ids.get(name, set())
        return next(iter(ids)) if len(ids) == 1 else None

    def named(self, row_id: int, name: str, was: str | None = None, kind: str = "org") -> None:
        """Row `row_id` (of `kind`: only an organisation's is kept) is shown as `name` now (as
        `was` before)."""
        if self._ids is None or kind != "org":
            return  # read from the table when first asked
        if was is not None:
            self._ids.get(was, set()).discard(row_id)
        self._ids.setdefault(name, set()).add(row_id)


def same_body(
    conn: sqlite3.Connection, key: str, name: str, rules: int, shown: ShownNames | None = None
) -> int | None:
    """The one organisation named under `rules` whose form is `key`'s, shown by the better
    of the two names; else the one `shown` by `name` itself."""
    rows = conn.execute(
        "SELECT id, name FROM entities WHERE kind = 'org' AND form = ? AND key != ? AND rules = ? LIMIT 2",
        (form("org", key), key, rules),
    ).fetchall()
    if len(rows) != 1:
        return shown.one(name) if shown is not None else None
    if _better(name, str(rows[0][1])):
        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, rows[0][0]))
        if shown is not None:
            shown.named(int(rows[0][0]), name, str(rows[0][1]))
    return int(rows[0][0])


def _better(name: str, shown: str) -> bool:
    """`name` shows the organisation better than `shown`: with the article it calls itself by
    ("The Verge"), or, neither having one, shorter: without a German case ending ("Linke",
    not "Linken"); of two as long ("Fridays-for-Future"), the first stays."""
    if name.startswith("The ") != shown.startswith("The "):
        return name.startswith("The ")
    return len(name) < len(shown)


def moved(conn: sqlite3.Connection, kind: str, key: str, target: int) -> None:
    """The correction of row (`kind`, `key`), which joined row `target`, kept for `target`."""
    row = conn.execute("SELECT kind, key FROM entities WHERE id = ?", (target,)).fetchone()
    if row is None or (str(row[0]), str(row[1])) == (kind, key):
        return
    to = (str(row[0]), str(row[1]))
    if conn.execute("SELECT 1 FROM entity_corrections WHERE kind = ? AND key = ?", to).fetchone():
        conn.execute("DELETE FROM entity_corrections WHERE kind = ? AND key = ?", (kind, key))
        return
    conn.execute(
        "DELETE FROM entity_corrections WHERE kind = ? AND key = ? AND to_kind = ? AND to_key = ? AND NOT hidden",
        (kind, key, *to),
    )  # "Verge" merged into "The Verge": now one row, nothing to keep
    conn.execute("UPDATE entity_corrections SET key = ? WHERE kind = ? AND key = ?", (to[1], kind, key))
    # a kind changed keeps the key; a merge into the row that joined points to its new key
    conn.execute("UPDATE entity_corrections SET to_key = ? WHERE to_key = ? AND kind = ?", (to[1], key, kind))
