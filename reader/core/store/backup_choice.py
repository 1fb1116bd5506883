"""Which backup to bring back after damage or loss: the newest that verifies and holds anything.

The day's backup is taken before that day's first import, so a new library's only backup may
hold nothing. "Restore the newest backup" once picked exactly that and replaced a damaged
library of five sources with an empty one: the damaged file was kept aside, but the user saw
their work gone. So the newest backup *worth* restoring skips the empty ones, and when every
good backup is empty the caller is told which they are, to say so instead of restoring one.
Nor is a library a restore set aside (`before-restore-…`) a backup to choose: after a restore
it is the newest file in the folder, and `restore --newest` brought back the very library the
user had just replaced. It stays restorable by name, and the caller is told it was passed over.
The window's dialogs and `briefing restore --newest` ask here, so both choose alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.store.backup import Backup, BackupError, list_backups, verify


@dataclass(frozen=True, slots=True)
class RestoreChoice:
    """`newest`: the newest good backup holding anything (None if there is none); `empty`: the
    good backups newer than it (all of them when there is none) that hold nothing; `set_aside`:
    the readable libraries set aside by a restore that are newer than it (all when none)."""

    newest: Backup | None
    empty: tuple[Backup, ...]
    set_aside: tuple[Backup, ...]


def restore_choice(db_path: Path) -> RestoreChoice:
    """Look through the library's backups, newest first, verifying each until one holds
    something. Counts are read from each backup on a read-only connection."""
    empty: list[Backup] = []
    set_aside: list[Backup] = []
    for backup in list_backups(db_path):
        if backup.counts is None:
            continue
        if backup.kept_aside:
            set_aside.append(backup)
            continue
        try:
            held = verify(backup.path)
        except BackupError:
            continue
        if held.empty:
            empty.append(backup)
            continue
        return RestoreChoice(backup, tuple(empty), tuple(set_aside))
    return RestoreChoice(None, tuple(empty), tuple(set_aside))


def way_back(choice: RestoreChoice) -> Backup | None:
    """What the window's damage and missing-library dialogs offer to restore: the chosen backup,
    else — no backup holds anything — the newest library a restore set aside that verifies and
    holds something. It is the user's own library from before that restore, and the only way
    back left; `restore --newest` names it instead, to be restored by name."""
    if choice.newest is not None:
        return choice.newest
    for backup in choice.set_aside:
        try:
            if not verify(backup.path).empty:
                return backup
        except BackupError:
            continue
    return None
