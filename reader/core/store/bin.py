"""The bin: the sources a user deleted, listed, brought back or deleted for good.

Deleting a source only stamps `sources.deleted_at` (`SourceRepo.delete_many`), so everything it
holds — highlights, annotations, its note, tags, its story, the entities it names — waits here
until the user brings it back or empties the bin. The window's File ▸ Bin… and `briefing bin`
both read and change it through this repository.

The library holds an article once (its file's and its text's fingerprints are unique), so a
restore can never make a duplicate. Importing an article again while it lies in the bin brings
the binned copy back when it holds the user's work (`BinnedSource.holds_work`, `bring_back`):
purged for a fresh copy, its highlights, annotations, note, tags, edited details and the story
the user put it in were lost without a word. One holding nothing of the user's is replaced fresh (`SourceRepo.add_in_transaction`); a restore asked for it afterwards — from a
dialog opened before, or a number typed from an old listing — finds it no longer in the bin and
says so (`Restorable.missing`) rather than failing or bringing back something else.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils

from reader.core.changes import Changes
from reader.core.models import FromBin, and_listed
from reader.core.store import search_index
from reader.core.store.connection import chunks, write_transaction
from reader.core.store.revision_rows import CAME_IN_SQL
from reader.core.store.source_table import NOTE_HAS_WORDS


@dataclass(frozen=True)
class BinnedSource:
    """One deleted source as the bin lists it."""

    id: int
    title: str
    site_name: str | None
    agency: str | None
    published: str | None
    deleted_at: str
    highlights: int  # live highlights (one deleted before the source is not counted)
    annotations: int  # of those, the ones with an annotation written
    has_note: bool  # a note with words in it, as the library list's ✎
    tags: int
    edited: bool  # its details (title, outlet, date …) or its text's parts edited since it came in
    by_hand: bool  # joined to a story or split from one by the user
    in_story: bool  # in any story: a story step's undo would write its membership back

    @property
    def holds_work(self) -> bool:
        """Whether it holds the user's own work: what deleting it for good loses and what an
        import of its article brings back rather than replacing. Entity corrections are not the
        source's: they are kept by name in the index (`entity_follow`) and hold for a fresh copy."""
        return bool(self.highlights or self.has_note or self.tags or self.edited or self.by_hand)

    @property
    def outlet(self) -> str:
        """Who ran it, as the library's Outlet column says: the outlet, else the agency."""
        return self.site_name or self.agency or ""


@dataclass(frozen=True)
class Restorable:
    """What asking to restore `ids` would do: which come back, which stay and why."""

    ids: tuple[int, ...] = ()  # in the bin: these are restored
    missing: tuple[int, ...] = ()  # not in the bin (never were, restored or purged meanwhile)


_LIST_SQL = f"""
SELECT s.id, s.title, s.site_name, s.agency, s.published, s.deleted_at,
       (SELECT count(*) FROM highlights h WHERE h.source_id = s.id AND h.deleted_at IS NULL),
       (SELECT count(*) FROM highlights h WHERE h.source_id = s.id AND h.deleted_at IS NULL
          AND trim(h.annotation) != ''),
       EXISTS (SELECT 1 FROM notes n WHERE n.source_id = s.id AND {NOTE_HAS_WORDS}),
       (SELECT count(*) FROM source_tags st WHERE st.source_id = s.id),
       s.updated_at > {CAME_IN_SQL},
       EXISTS (SELECT 1 FROM story_members m WHERE m.source_id = s.id AND m.by_hand = 1),
       EXISTS (SELECT 1 FROM story_members m WHERE m.source_id = s.id)
FROM sources s WHERE s.deleted_at IS NOT NULL
"""


class BinRepo:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def contents(self, ids: Iterable[int] | None = None) -> list[BinnedSource]:
        """The bin's sources (or those of `ids` still in it), the newest deletion first."""
        order = " ORDER BY s.deleted_at DESC, s.id DESC"
        if ids is None:
            rows = list(self.db.execute(_LIST_SQL + order))
        else:
            rows = []
            for chunk in chunks(list(ids)):
                marks = ",".join("?" * len(chunk))
                rows += self.db.execute(f"{_LIST_SQL} AND s.id IN ({marks}){order}", chunk).fetchall()
            rows.sort(key=lambda r: (r[5], r[0]), reverse=True)
        return [BinnedSource(int(r[0]), str(r[1]), r[2], r[3], r[4], str(r[5]), int(r[6]), int(r[7]),
                             bool(r[8]), int(r[9]), bool(r[10]), bool(r[11]), bool(r[12])) for r in rows]  # fmt: skip

    def restorable(self, ids: Sequence[int]) -> Restorable:
        """Sort `ids` into those a restore brings back and those no longer in the bin."""
        binned = {entry.id for entry in self.contents(ids)}
        asked = list(dict.fromkeys(ids))
        return Restorable(tuple(i for i in asked if i in binned), tuple(i for i in asked if i not in binned))

    def restore(self, ids: Sequence[int]) -> tuple[Restorable, Changes]:
        """Bring back those of `ids` that `restorable` lets come back, in one transaction."""
        with write_transaction(self.db):
            plan = self.restorable(ids)
            for source_id in plan.ids:
                take_out(self.db, source_id)
        return plan, out_of_bin(plan.ids) if plan.ids else Changes()

    def with_work_by_revision(self, content_hash: str, body_hash: str) -> tuple[int, str, bool] | None:
        """(id, title, True), as `SourceRepo.find_duplicate` gives, of a binned source holding
        the user's work that has this file or body as an earlier version: importing that
        version again brings it back (`bring_back`), as its current text would — a live
        source's earlier version is a duplicate; imported as new, it left the work in the bin
        beside a second copy of the article."""
        rows = self.db.execute(
            "SELECT DISTINCT s.id, s.title FROM source_revisions r JOIN sources s ON s.id = r.source_id"
            " AND s.deleted_at IS NOT NULL WHERE r.content_hash = ? OR r.body_hash = ? ORDER BY s.id DESC",
            (content_hash, body_hash),
        ).fetchall()
        return next(((int(r[0]), str(r[1]), True) for r in rows if _work(self.db, int(r[0]))), None)

    def purge(
        self, ids: Sequence[int] | None = None, asked: Sequence[BinnedSource] | None = None
    ) -> tuple[list[BinnedSource], Changes]:
        """Delete for good those of `ids` in the bin (every one of it: None) — the source with
        its text, highlights, annotations, note, tag links, story membership, entity mentions,
        earlier versions and search rows; briefings lose the items quoting its highlights.
        What went, as the bin listed it, and the changes: `purged`, and the briefings that
        lost quotes — no pane showed a binned source, its tags or its story, so none reloads
        (the tags stay, as a tag on no source does). A source not in the bin is left.

        `asked`: the sources as a question named them. One the bin lists otherwise now —
        restored, worked on and deleted again while the question stood (another window,
        `briefing`) — is left too: the user agreed to lose what was named, not what came since."""
        with write_transaction(self.db):
            gone = self.contents(ids)
            if asked is not None:
                named = set(asked)
                gone = [entry for entry in gone if entry in named]
            briefings: set[int] = set()
            for entry in gone:
                briefings |= {int(r[0]) for r in self.db.execute(
                    "SELECT DISTINCT bi.briefing_id FROM briefing_items bi JOIN highlights h"
                    " ON h.id = bi.highlight_id WHERE h.source_id = ?", (entry.id,))}  # fmt: skip
                purge_source(self.db, entry.id)
        return gone, Changes(purged=frozenset(entry.id for entry in gone), briefings=frozenset(briefings))


@dataclass(frozen=True)
class Lost:
    """What deleting sources for good loses of the user's work, counted: the window's question
    and `briefing bin purge`'s name the same things (`BinnedSource.holds_work`)."""

    highlights: int = 0
    annotations: int = 0
    notes: int = 0
    tags: int = 0
    edited: int = 0  # sources whose details or text the user edited
    by_hand: int = 0  # sources the user joined to a story or split from one

    @classmethod
    def of(cls, entries: Iterable[BinnedSource]) -> Lost:
        listed = list(entries)
        return cls(sum(e.highlights for e in listed), sum(e.annotations for e in listed),
                   sum(e.has_note for e in listed), sum(e.tags for e in listed),
                   sum(e.edited for e in listed), sum(e.by_hand for e in listed))  # fmt: skip

    def english(self, one: bool = False) -> str:
        """ "3 highlights, 1 annotation, 2 notes, 4 tags, edits to 1 source and the story
        grouping of 1 source set by hand" (joined to a story or taken out of one: "put in a
        story" was untrue of the latter); of `one` source, "its note", "its edited details",
        "its story grouping set by hand" ("edits to 1 source" read as if another were meant).
        "" when nothing is lost."""
        def counted(n: int, noun: str) -> str:
            return f"{n} {noun}{'s' * (n != 1)}"

        parts = [counted(n, noun) for n, noun in ((self.highlights, "highlight"), (self.annotations, "annotation"))
                 if n]  # fmt: skip
        if self.notes:
            parts.append("its note" if one else counted(self.notes, "note"))
        parts += [counted(self.tags, "tag")] if self.tags else []
        if self.edited:
            parts.append("its edited details" if one else f"edits to {counted(self.edited, 'source')}")
        if self.by_hand:
            parts.append("its story grouping set by hand" if one else f"the story grouping of {counted(self.by_hand, 'source')} set by hand")
        return and_listed(parts) if parts else ""


def purge_source(db: sqlite_utils.Database, source_id: int) -> None:
    """Delete one source and all it holds (the caller holds the transaction). Its search rows
    go first; the rest follows the foreign keys' ON DELETE CASCADE (the connection turns them
    on): content, highlights (and the briefing items quoting them), note, tag links, story
    membership and profile, entity mentions, revisions, similar-source links."""
    search_index.unindex_source(db, source_id)
    db.execute("DELETE FROM sources WHERE id = ?", (source_id,))


def bring_back(db: sqlite_utils.Database, source_id: int, text_hash: str) -> FromBin | None:
    """Take a binned source out of the bin for an import of its article, when it holds the
    user's work (`BinnedSource.holds_work`) and say what it held; None (nothing written) when
    it holds none, to be replaced fresh. The caller holds the transaction. Its stored text
    stays: a live duplicate keeps its text too, and the file's can differ only where a
    duplicate may (case, spacing) or be an earlier version of it (`with_work_by_revision`),
    which `text_differs` says."""
    held = _work(db, source_id)
    if held is None:
        return None
    stored = db.execute("SELECT text_hash FROM sources WHERE id = ?", (source_id,)).fetchone()[0]
    take_out(db, source_id)
    return FromBin(held.highlights, held.annotations, held.has_note, held.tags, held.edited, held.by_hand,
                   stored != text_hash, held.deleted_at)  # fmt: skip


def _work(db: sqlite_utils.Database, source_id: int) -> BinnedSource | None:
    """The binned source as the bin lists it when it holds the user's work; None when it
    holds none or is not binned."""
    entry = BinRepo(db).contents([source_id])
    return entry[0] if entry and entry[0].holds_work else None


def out_of_bin(source_ids: Iterable[int]) -> Changes:
    """What sources leaving the bin change, however they leave: their tags count again, and
    the stories they belong to have them back (an open story shows them again)."""
    return Changes(sources_added=frozenset(source_ids), tags=True, stories=True)


def take_out(db: sqlite_utils.Database, source_id: int) -> None:
    """Take one source out of the bin, searchable again (the caller holds the transaction):
    Ctrl+Z on its Delete step, Restore in the bin, and an import of it all come this way."""
    db.execute("UPDATE sources SET deleted_at = NULL WHERE id = ?", (source_id,))
    search_index.reindex_source(db, source_id)
