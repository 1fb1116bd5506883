"""Stories: which sources report the same event, as the grouping found them or the user set them.

Three tables (migration `create_stories`): `stories` (one row per group), `story_members` (a
source's story, and whether the user put it there or took it out by hand — such a source is
never moved by automatic grouping again) and `story_profiles` (each source's grouping evidence
as JSON, computed once on import by `reader.core.stories`, which owns its meaning; this module
only keeps it). A story is shown only while at least two of its members are live sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import sqlite_utils

from reader.core.changes import Changes
from reader.core.store.connection import chunks, now, write_transaction

# A source's membership: (story id or None, set by hand); None: no row at all.
Membership = tuple[int | None, bool] | None

_LIVE_STORIES = """
SELECT m.story_id, m.source_id FROM story_members m JOIN sources s ON s.id = m.source_id
WHERE m.story_id IS NOT NULL AND s.deleted_at IS NULL AND m.story_id IN (
    SELECT m2.story_id FROM story_members m2 JOIN sources s2 ON s2.id = m2.source_id
    WHERE s2.deleted_at IS NULL AND m2.story_id IS NOT NULL
    GROUP BY m2.story_id HAVING count(*) >= 2)
ORDER BY m.story_id, coalesce(s.published, substr(s.imported_at, 1, 10)), s.id
"""


@dataclass(frozen=True, slots=True)
class ProfileText:
    """What a profile is computed from."""

    source_id: int
    title: str
    teaser: str | None
    text: str
    lang: str | None
    published: str | None


def create_stories(db: sqlite_utils.Database) -> None:
    """Migration: the story tables. Raw SQL because a member or profile row must go with its
    source (ON DELETE CASCADE), which sqlite-utils' `create_table` cannot declare; without it a
    purged source's id, reused by SQLite, would inherit the purged one's story."""
    db.executescript(
        """
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        CREATE TABLE story_members (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            story_id INTEGER REFERENCES stories (id) ON DELETE CASCADE,
            by_hand INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX story_members_story ON story_members (story_id);
        CREATE TABLE story_profiles (
            source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
            profile TEXT NOT NULL
        );
        """
    )


def add_story_rules(db: sqlite_utils.Database) -> None:
    """Migration: `story_rules`, the version of the grouping rules the stored groups were
    formed by (`stories.RULES_VERSION`), one row; none in a library grouped before it was kept,
    so its groups are formed anew by today's rules on the next import (`stories.group_new`)."""
    db.executescript("CREATE TABLE story_rules (version INTEGER NOT NULL);")


class StoryRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # -- profiles ---------------------------------------------------------------------------

    def texts_without_profile(self, ids: Sequence[int] | None = None) -> list[ProfileText]:
        """Live sources (of `ids`, or all) that have no profile yet, with their text."""
        sql = (
            "SELECT s.id, s.title, s.teaser, c.reading_text, s.lang, s.published FROM sources s"
            " JOIN source_content c ON c.source_id = s.id"
            " WHERE s.deleted_at IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM story_profiles p WHERE p.source_id = s.id)"
        )
        if ids is None:
            return [ProfileText(*row) for row in self.db.execute(sql)]
        found: list[ProfileText] = []
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            found += [ProfileText(*r) for r in self.db.execute(f"{sql} AND s.id IN ({marks})", chunk)]
        return found

    def save_profiles(self, profiles: Iterable[tuple[int, str]]) -> None:
        with write_transaction(self.db):
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO story_profiles (source_id, profile) VALUES (?, ?)",
                list(profiles),
            )

    def profiles(
        self, between: tuple[str, str] | None = None, ids: Sequence[int] | None = None
    ) -> list[tuple[int, str | None, str]]:
        """(source id, published, profile JSON) of live sources not placed by hand: those
        published between two dates ("2025-10-25", "2025-10-31", inclusive), or of `ids`, or all.
        """
        sql = (
            "SELECT s.id, s.published, p.profile FROM story_profiles p"
            " JOIN sources s ON s.id = p.source_id"
            " LEFT JOIN story_members m ON m.source_id = s.id"
            " WHERE s.deleted_at IS NULL AND coalesce(m.by_hand, 0) = 0"
        )
        if between is not None:
            rows = self.db.execute(
                f"{sql} AND s.published >= ? AND s.published < ?",
                (between[0], between[1] + "~"),
            ).fetchall()
        elif ids is not None:
            rows = []
            for chunk in chunks(ids):
                marks = ",".join("?" * len(chunk))
                rows += self.db.execute(f"{sql} AND s.id IN ({marks})", chunk).fetchall()
        else:
            rows = self.db.execute(sql).fetchall()
        return [(int(r[0]), r[1], str(r[2])) for r in rows]

    def profile_rows(self) -> Iterator[tuple[int, str]]:
        """(source id, profile JSON) of every live source, what term weights are counted over:
        read row by row, so a large library's profiles are never all in memory at once."""
        for source_id, profile in self.db.execute(
            "SELECT p.source_id, p.profile FROM story_profiles p JOIN sources s ON s.id = p.source_id"
            " WHERE s.deleted_at IS NULL"
        ):
            yield int(source_id), str(profile)

    # -- the rules the groups were formed by ------------------------------------------------

    def rules_version(self) -> int:
        """The grouping rules' version the stored groups were formed by, 0 if not known."""
        row = self.db.execute("SELECT max(version) FROM story_rules").fetchone()
        return int(row[0] or 0)

    def set_rules_version(self, version: int) -> None:
        with write_transaction(self.db):
            self.db.execute("DELETE FROM story_rules")
            self.db.execute("INSERT INTO story_rules (version) VALUES (?)", (version,))

    # -- reading stories --------------------------------------------------------------------

    def stories(self) -> dict[int, list[int]]:
        """Every story with two or more live members: story id → member ids, oldest first."""
        found: dict[int, list[int]] = {}
        for story_id, source_id in self.db.execute(_LIVE_STORIES):
            found.setdefault(int(story_id), []).append(int(source_id))
        return found

    def story_of(self, ids: Sequence[int] | None = None) -> dict[int, int]:
        """Source id → its story's id, for sources (of `ids`) in a story shown as one."""
        wanted = None if ids is None else set(ids)
        return {
            source_id: story_id
            for story_id, members in self.stories().items()
            for source_id in members
            if wanted is None or source_id in wanted
        }

    def memberships(self, ids: Iterable[int]) -> dict[int, Membership]:
        """The membership row of each source in `ids` (None where it has none)."""
        ids = list(ids)
        found: dict[int, Membership] = dict.fromkeys(ids)
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            for source_id, story_id, by_hand in self.db.execute(
                f"SELECT source_id, story_id, by_hand FROM story_members WHERE source_id IN ({marks})",
                chunk,
            ):
                found[int(source_id)] = (story_id, bool(by_hand))
        return found

    def members_of(self, story_ids: Iterable[int]) -> list[int]:
        """Every source (live or in the bin) whose membership row names one of `story_ids`."""
        ids = list(story_ids)
        found: list[int] = []
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            found += [
                int(r[0])
                for r in self.db.execute(
                    f"SELECT source_id FROM story_members WHERE story_id IN ({marks})", chunk
                )
            ]
        return found

    def placed_by_hand(self, story_ids: Iterable[int | None]) -> dict[int, tuple[int, bool]]:
        """Source id → (story id, live) for the members of `story_ids` placed by hand, those in
        the bin too (live False): whether a story is still the user's (`stories.release`)."""
        ids = [i for i in story_ids if i is not None]
        found: dict[int, tuple[int, bool]] = {}
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            for source_id, story_id, live in self.db.execute(
                "SELECT m.source_id, m.story_id, s.deleted_at IS NULL FROM story_members m"
                f" JOIN sources s ON s.id = m.source_id WHERE m.by_hand = 1 AND m.story_id IN ({marks})",
                chunk,
            ):
                found[int(source_id)] = (int(story_id), bool(live))
        return found

    # -- writing ----------------------------------------------------------------------------

    def set_memberships(self, rows: Mapping[int, Membership]) -> Changes:
        """Write memberships as given (None removes the row): grouping, by-hand edits, undo."""
        with write_transaction(self.db):
            self._write(rows)
        return Changes(stories=True)

    def new_story(self) -> int:
        with write_transaction(self.db):
            cursor = self.db.execute("INSERT INTO stories (created_at) VALUES (?)", (now(),))
        return int(cursor.lastrowid or 0)

    def _write(self, rows: Mapping[int, Membership]) -> None:
        stamp = now()
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO stories (id, created_at) VALUES (?, ?)",
            {(m[0], stamp) for m in rows.values() if m is not None and m[0] is not None},
        )
        self.db.conn.executemany(
            "DELETE FROM story_members WHERE source_id = ?",
            [(source_id,) for source_id, m in rows.items() if m is None],
        )
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO story_members (source_id, story_id, by_hand) VALUES (?, ?, ?)",
            [(source_id, m[0], int(m[1])) for source_id, m in rows.items() if m is not None],
        )
        # The highest id stays, members or not: SQLite numbers a new row one past the highest,
        # and a story number given again would take in the members a window's undo puts back
        # under the number they had (a join emptied story 18, an import's new story got 18).
        self.db.execute(
            "DELETE FROM stories WHERE id < (SELECT max(id) FROM stories) AND NOT EXISTS"
            " (SELECT 1 FROM story_members m WHERE m.story_id = stories.id)"
        )
