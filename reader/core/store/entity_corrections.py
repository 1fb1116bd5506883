"""The user's corrections to the entity index: "Not a name", another kind, one entry merged
into another — and taking each back.

The rules get a third of the organisations wrong on unseen text (a product, a book title,
"Touchscreen") and split some people ("Mike Ford" beside "John M. Ford"); the user corrects
what they see. A correction is stored per index row the listed entry stands for, keyed by the
row's kind and key (`entity_schema.create_entity_corrections`), so it holds when the index is
built again — after new rules, or a source imported again — and the rows get new ids.

`made` lists every correction, also those kept by name for an entry no source names now
(`entity_follow`), which the Entities view showed nowhere, and `dropping` plans taking some back.

Each command is planned first (`Edit`: every touched row's stored correction before and
after, read without writing) and then written with `put(edit.after)`; `put(edit.before)`
takes it back exactly, which is what the window's undo does. Writing refuses a read-only or
damaged library as every write does: its connection cannot write (`Store.open`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlite_utils

from reader.core.changes import Changes
from reader.core.entities import EntityKind
from reader.core.store.connection import now, write_transaction
from reader.core.store.entity_groups import LIVE, Groups, Identity, Member, load, members


@dataclass(frozen=True, slots=True)
class Correction:
    """What is stored for one index row: `hidden` ("Not a name"), and the identity it is shown
    as (`to_kind`, `to_key`; named `to_name` when corrected), or None: its own."""

    kind: str
    key: str
    name: str
    hidden: bool = False
    to_kind: str | None = None
    to_key: str | None = None
    to_name: str | None = None


Stored = tuple[Identity, Correction | None]  # a row's (kind, key) and its correction, or none


@dataclass(frozen=True, slots=True)
class Edit:
    """A planned correction: each touched row's stored correction before and after."""

    before: tuple[Stored, ...]
    after: tuple[Stored, ...]

    def __bool__(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True, slots=True)
class Made:
    """One stored correction, and whether a listed source names its entry now (`present`;
    False: kept by name for when one does again)."""

    correction: Correction
    present: bool
    made_at: str

    @property
    def identity(self) -> Identity:
        return (self.correction.kind, self.correction.key)

    @property
    def kind_changed(self) -> bool:
        """Shown as itself under another kind (rather than merged into another entry)."""
        c = self.correction
        return c.to_kind is not None and c.to_key == c.key and c.to_kind != c.kind

    @property
    def merged(self) -> bool:
        c = self.correction
        return c.to_key is not None and c.to_key != c.key


_MADE = f"""
SELECT c.kind, c.key, c.name, c.hidden, c.to_kind, c.to_key, c.to_name, c.made_at,
    EXISTS (SELECT 1 FROM entities e JOIN entity_sources es ON es.entity_id = e.id
            WHERE e.kind = c.kind AND e.key = c.key AND {LIVE})
FROM entity_corrections c ORDER BY c.made_at DESC, c.name COLLATE NOCASE
"""


def _stored(member: Member) -> Stored:
    """The row's correction exactly as stored, so that undo puts back what was there."""
    if not member.corrected:
        return (member.own, None)
    return (member.own, Correction(member.kind, member.key, member.name, member.hidden,
                                   member.to_kind, member.to_key, member.to_name))  # fmt: skip


def _wanted(member: Member, hidden: bool, shown_as: Identity, name: str | None, keep_name: bool = False) -> Stored:
    """The correction that makes `member` hidden or not and shown as `shown_as` (None when
    that is how the rules have it: nothing to keep). `keep_name`: a row shown as itself keeps
    the name the user saw when they gave it its kind, which newer rules found it as too
    (`entity_follow`) — hiding and restoring it changes no name."""
    if shown_as == member.own and not (keep_name and member.to_kind and member.to_name):
        return (member.own, Correction(member.kind, member.key, member.name, True) if hidden else None)
    return (member.own, Correction(member.kind, member.key, member.name, hidden, shown_as[0], shown_as[1], name))


def insert(conn: sqlite3.Connection, c: Correction) -> None:
    """Store `c` for its row (which has none): the user's commands, and `entity_follow` handing
    one on to the row newer rules found the words as."""
    conn.execute(
        "INSERT INTO entity_corrections (kind, key, name, hidden, to_kind, to_key, to_name, made_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (c.kind, c.key, c.name, int(c.hidden), c.to_kind, c.to_key, c.to_name, now()),
    )


class EntityCorrections:
    """Plans corrections of listed entries (ids as `EntityRepo.list` gives them) and writes them."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def hide(self, entity_ids: Sequence[int]) -> Edit:
        """ "Not a name": the entries leave the list, the who's who and the command line."""
        return self._plan(entity_ids, lambda m: _wanted(m, True, m.identity, m.to_name, keep_name=True))

    def restore(self, entity_ids: Sequence[int]) -> Edit:
        """Hidden entries listed again, as they were before (still merged, of their kind)."""
        return self._plan(entity_ids, lambda m: _wanted(m, False, m.identity, m.to_name, keep_name=True))

    def change_kind(self, entity_ids: Sequence[int], kind: EntityKind) -> Edit:
        """Each entry becomes one of `kind` (joining an entry of that kind and name, if any);
        back to the kind the rules gave it, nothing is kept."""
        groups = load(self.db)
        steps: list[Stored] = []
        for entity_id in entity_ids:
            shown = self._shown(groups, entity_id)
            if shown is None:
                continue
            identity, name = shown
            for member in members(self.db, groups, [entity_id]):
                steps.append(_wanted(member, member.hidden, (kind.value, identity[1]), name))
        return self._edit(groups, entity_ids, steps)

    def merge(self, entity_ids: Sequence[int], target_id: int) -> Edit:
        """The entries become names of `target_id`: their mentions count for it."""
        groups = load(self.db)
        target = self._shown(groups, target_id)
        if target is None:
            return Edit((), ())
        keep = set(groups.members(target_id))
        merged = [i for i in entity_ids if i not in keep]
        steps = [_wanted(m, m.hidden, target[0], target[1])
                 for m in members(self.db, groups, merged) if m.id not in keep]  # fmt: skip
        return self._edit(groups, merged, steps)

    def split(self, row_id: int) -> Edit:
        """A name merged into an entry (a row of its group) is an entry of its own again."""
        groups = load(self.db)
        found = [m for m in members(self.db, groups, [row_id]) if m.id == row_id]
        return self._edit(groups, [row_id], [_wanted(m, m.hidden, m.own, None) for m in found])

    def variants(self, entity_id: int) -> list[tuple[int, str]]:
        """The other names merged into the entry (row id, name as the rules found it)."""
        groups = load(self.db)
        rows = members(self.db, groups, [entity_id]) if entity_id in groups.shown else []
        return [(m.id, m.name) for m in rows if m.identity != m.own]

    def made(self) -> list[Made]:
        """Every correction the user made, newest first. One stored that changes nothing (shown as
        its own identity, not hidden) is left out: there is nothing to take back."""
        found = []
        for kind, key, name, hidden, to_kind, to_key, to_name, made_at, present in self.db.execute(_MADE):
            correction = Correction(str(kind), str(key), str(name), bool(hidden), to_kind, to_key, to_name)
            entry = Made(correction, bool(present), str(made_at or ""))
            if correction.hidden or entry.kind_changed or entry.merged:
                found.append(entry)
        return found

    def dropping(self, identities: Sequence[Identity]) -> Edit:
        """Taking back the corrections made on `identities`: the rows list as the rules have
        them again. `put(edit.before)` puts each back as it was."""
        wanted = set(identities)
        before = tuple((m.identity, m.correction) for m in self.made() if m.identity in wanted)
        return Edit(before, tuple((identity, None) for identity, _c in before))

    def put(self, stored: Sequence[Stored]) -> Changes:
        """Write planned corrections (`edit.after`), or take them back (`edit.before`)."""
        with write_transaction(self.db):
            for (kind, key), correction in stored:
                self.db.execute("DELETE FROM entity_corrections WHERE kind = ? AND key = ?", (kind, key))
                if correction is not None:
                    insert(self.db.conn, correction)
        return Changes(entities=True)

    def _plan(self, entity_ids: Sequence[int], wanted: Callable[[Member], Stored]) -> Edit:
        groups = load(self.db)
        return self._edit(groups, entity_ids, [wanted(m) for m in members(self.db, groups, entity_ids)])

    def _edit(self, groups: Groups, entity_ids: Sequence[int], after: list[Stored]) -> Edit:
        before = {own: stored for own, stored in map(_stored, members(self.db, groups, entity_ids))}
        changed = [(own, c) for own, c in after if before.get(own) != c]
        return Edit(tuple((own, before.get(own)) for own, _c in changed), tuple(changed))

    def _shown(self, groups: Groups, entity_id: int) -> tuple[Identity, str] | None:
        """The identity the entry is listed as, and its name there."""
        if (shown := groups.shown.get(groups.rep.get(entity_id, entity_id))) is not None:
            return shown.identity, shown.name
        row = self.db.execute("SELECT kind, key, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return ((str(row[0]), str(row[1])), str(row[2])) if row else None
