"""Tags: free-form labels on sources ("Japan", "Client X"), case-insensitively unique.

A tag belongs to every source that carries it, live or in the bin: renaming it renames it on
all of them, so a source restored from the bin comes back under the new name, and deleting it
takes it off all of them, so a restored source does not bring a deleted tag back.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections.abc import Iterable, Sequence

import sqlite_utils

from reader.core.changes import Changes
from reader.core.models import Tag
from reader.core.store.connection import now, write_transaction


def clean_tag(name: str) -> str:
    """Tags are one trimmed line; inner white space is kept ("Client X") but collapsed, control
    characters become spaces, and a name must have something visible in it. NFC: "Müller" with
    a combining mark (pasted, or a macOS file name) was another tag than the "Müller" typed."""
    name = unicodedata.normalize("NFC", name)
    cleaned = " ".join("".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in name).split())
    if not any(unicodedata.category(ch)[0] not in "CZ" for ch in cleaned):
        raise ValueError("a tag needs a name")  # also one of only invisible characters
    if len(cleaned) > 100:
        raise ValueError("a tag name is at most 100 characters")
    return cleaned


def stored_tag(db: sqlite_utils.Database, name: str) -> str:
    """The name of the tag that is `name` in any case, as the library spells it; else `name`
    cleaned. SQLite's NOCASE folds only A–Z, so "Öl" and "öl" were two tags (and `--tag öl`
    did not find "Öl"): a tag is found by its Unicode case-folded name here, among the few the
    library has, before SQLite compares it."""
    try:
        cleaned = clean_tag(name)
    except ValueError:
        return name
    wanted = cleaned.casefold()
    for (stored,) in db.execute("SELECT name FROM tags"):
        if unicodedata.normalize("NFC", str(stored)).casefold() == wanted:  # one stored before NFC too
            return str(stored)
    return cleaned


def closest_tag(names: Iterable[str], name: str) -> str | None:
    """The one of the library's tag `names` nearest to `name`, a tag it lacks, as the library
    spells it; None with none near. One rule for the command line's "did you mean" and the
    window's search line, which had each its own copy. difflib's ratio on the case-folded
    (NFC) names: enough for the tens of tags a library has."""
    spelled = {unicodedata.normalize("NFC", tag).casefold(): tag for tag in names}
    close = difflib.get_close_matches(unicodedata.normalize("NFC", name).casefold(), list(spelled), n=1, cutoff=0.6)
    return spelled[close[0]] if close else None


def attach_tags(db: sqlite_utils.Database, source_ids: Sequence[int], names: Iterable[str]) -> Changes:
    """Add tags to sources inside the caller's transaction; a tag the library has in another
    case is that tag (`stored_tag`)."""
    names = [stored_tag(db, clean_tag(n)) for n in names]
    if not names or not source_ids:
        return Changes()
    for name in names:
        # The tag's id, the row made first if no tag of that name (in any case) exists yet.
        tag_id = db.table("tags").lookup({"name": name}, {"created_at": now()})
        db.conn.executemany(
            "INSERT OR IGNORE INTO source_tags (source_id, tag_id) VALUES (?, ?)",
            [(source_id, tag_id) for source_id in source_ids],
        )
    return Changes(sources_updated=frozenset(source_ids), tags=True)


class TagRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def all(self) -> list[Tag]:
        """Every tag with the number of live sources carrying it, by name."""
        # Taggings counted on the tag index, minus those of deleted sources (CROSS JOIN makes
        # SQLite find those from the sources side): joining every tagging to its source to
        # test deleted_at costs 3-5× more at 100,000 sources.
        return [
            Tag(*row)
            for row in self.db.execute(
                "WITH gone AS (SELECT st.tag_id, count(*) AS n FROM sources s CROSS JOIN"
                " source_tags st ON st.source_id = s.id"
                " WHERE s.deleted_at IS NOT NULL GROUP BY st.tag_id)"
                " SELECT t.id, t.name,"
                " (SELECT count(*) FROM source_tags st WHERE st.tag_id = t.id) - coalesce(g.n, 0)"
                " FROM tags t LEFT JOIN gone g ON g.tag_id = t.id ORDER BY sort_key(t.name), t.id"
            )
        ]

    def names(self) -> list[str]:
        """The names of `all()`, without counting: cheap enough to ask on every article opened."""
        return [row[0] for row in self.db.execute("SELECT name FROM tags ORDER BY sort_key(name), id")]

    def of_sources(self, source_ids: Sequence[int]) -> dict[int, list[str]]:
        """The tags of each of these sources that carries any, in one query: the library reads
        those of its folded stories' reports with the list, not a query per row painted."""
        found: dict[int, list[str]] = {}
        for source_id, name in self.db.execute(
            "SELECT st.source_id, t.name FROM source_tags st JOIN tags t ON t.id = st.tag_id"
            " WHERE st.source_id IN (SELECT value FROM json_each(?))", (json.dumps(list(source_ids)),)):  # fmt: skip
            found.setdefault(int(source_id), []).append(str(name))
        return found

    def carriers(self, name: str) -> list[int]:
        """Every source carrying the tag `name` (any case), those in the bin included: what an
        undo of a rename or merge must give the tag back to."""
        return [row[0] for row in self.db.execute(
            "SELECT st.source_id FROM source_tags st JOIN tags t ON t.id = st.tag_id"
            " WHERE t.name = ? ORDER BY st.source_id", (stored_tag(self.db, clean_tag(name)),))]  # fmt: skip

    def rename(self, old: str, new: str) -> Changes:
        """Rename the tag `old` to `new` on every source, in one transaction.

        Into another existing tag (any case) the two merge, under that tag's spelling; a change
        of case only ("japan" → "Japan") renames the row itself. Saved searches of `old` follow.
        Tags are matched by a join, not through the search index, so the index needs no update.
        """
        old, new = stored_tag(self.db, clean_tag(old)), clean_tag(new)
        if new.casefold() != old.casefold():  # into another tag, in its spelling; else a re-casing
            new = stored_tag(self.db, new)
        with write_transaction(self.db):
            found = self.db.execute("SELECT id FROM tags WHERE name = ?", (old,)).fetchone()
            if found is None:
                raise ValueError(f"no tag “{old}”")
            old_id = found[0]
            carriers = self.carriers(old)
            into = self.db.execute("SELECT id FROM tags WHERE name = ? AND id != ?", (new, old_id)).fetchone()
            if into is None:
                self.db.execute("UPDATE tags SET name = ? WHERE id = ?", (new, old_id))
            else:
                self.db.execute(
                    "INSERT OR IGNORE INTO source_tags (source_id, tag_id)"
                    " SELECT source_id, ? FROM source_tags WHERE tag_id = ?", (into[0], old_id))  # fmt: skip
                self.db.execute("DELETE FROM source_tags WHERE tag_id = ?", (old_id,))
                self.db.execute("DELETE FROM tags WHERE id = ?", (old_id,))
            final = self.db.execute("SELECT name FROM tags WHERE id = ?", (into[0] if into else old_id,)).fetchone()[0]
            # Saved searches of the tag follow it: "Enrgie, unread" found nothing once renamed.
            retagged = self.db.execute(
                "UPDATE saved_searches SET tag = ? WHERE tag = ? COLLATE NOCASE", (final, old)).rowcount  # fmt: skip
        return Changes(sources_updated=frozenset(carriers), tags=True, saved_searches=retagged > 0)

    def delete(self, name: str) -> Changes:
        """Take the tag `name` (any case) off every source, those in the bin too, and forget it,
        in one transaction. `carriers(name)` asked first is what an undo gives it back to.
        Saved searches of the tag are kept: they find nothing until the tag is used again."""
        name = stored_tag(self.db, clean_tag(name))
        with write_transaction(self.db):
            found = self.db.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
            if found is None:
                raise ValueError(f"no tag “{name}”")
            carriers = self.carriers(name)
            self.db.execute("DELETE FROM tags WHERE id = ?", (found[0],))  # its taggings cascade
        return Changes(sources_updated=frozenset(carriers), tags=True)

    def add(self, source_ids: Sequence[int], name: str) -> Changes:
        with write_transaction(self.db):
            return attach_tags(self.db, source_ids, [name])

    def remove(self, source_ids: Sequence[int], name: str) -> Changes:
        """Take a tag off sources; a tag no source carries any more is forgotten."""
        name = stored_tag(self.db, clean_tag(name))
        with write_transaction(self.db):
            row = self.db.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()
            if row is None:
                return Changes()
            marks = ",".join("?" * len(source_ids))
            self.db.execute(
                f"DELETE FROM source_tags WHERE tag_id = ? AND source_id IN ({marks})",
                (row[0], *source_ids),
            )
            self.db.execute(
                "DELETE FROM tags WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM source_tags WHERE tag_id = ?)",
                (row[0], row[0]),
            )
        return Changes(sources_updated=frozenset(source_ids), tags=True)
