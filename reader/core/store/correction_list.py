"""The user's entity corrections as a list, each one to be taken back — the orphaned ones too.

A correction is kept under the kind and key of the row it was made on (`entity_corrections`),
and one whose row is gone (its sources deleted, or newer rules that found nothing to hand it on
to, `entity_follow`) is kept by name, so that it holds again when a source names it again. The
Entities view showed such a correction nowhere, so it could not be seen or removed: an entry
hidden by mistake, its articles deleted, came back hidden on its next import with no way to
see why. `made` lists every correction, saying which entry it concerns now (none: orphaned);
`dropping` plans taking corrections back as an `Edit`, written and undone with
`EntityCorrections.put` like every other correction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils

from reader.core.store.entity_corrections import Correction, Edit
from reader.core.store.entity_groups import LIVE, Identity


@dataclass(frozen=True, slots=True)
class Made:
    """One stored correction and whether a listed source names its entry now (`present`;
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


def made(db: sqlite_utils.Database) -> list[Made]:
    """Every correction the user made, newest first. A correction that is stored but changes
    nothing (shown as its own identity, not hidden) is left out: there is nothing to undo."""
    found = []
    for kind, key, name, hidden, to_kind, to_key, to_name, made_at, present in db.execute(_MADE):
        correction = Correction(str(kind), str(key), str(name), bool(hidden), to_kind, to_key, to_name)
        entry = Made(correction, bool(present), str(made_at or ""))
        if correction.hidden or entry.kind_changed or entry.merged:
            found.append(entry)
    return found


def dropping(db: sqlite_utils.Database, identities: Sequence[Identity]) -> Edit:
    """Taking back the corrections made on `identities`: the rows list as the rules have them
    again. `put(edit.before)` puts each back as it was."""
    wanted = set(identities)
    before = tuple((m.identity, m.correction) for m in made(db) if m.identity in wanted)
    return Edit(before, tuple((identity, None) for identity, _c in before))
