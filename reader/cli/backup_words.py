"""How `briefing` speaks of backups: what one holds, when it was taken, and which command
brings the library back — said alike by `backups`, `restore` and the refusals of a damaged or
missing library, all choosing through the core's `restore_choice` as the window does.
"""

from __future__ import annotations

from datetime import UTC
from pathlib import Path
from typing import Any

from reader.cli.common import counted
from reader.core.store import Backup, Counts, backups_dir, list_backups, restore_choice


def held(counts: Counts) -> str:
    """What a backup holds, each count in its number: "1 notes" read as a slip."""
    return (f"{counted(counts.sources, 'source')}, {counted(counts.highlights, 'highlight')}, "
            f"{counted(counts.notes, 'note')}")  # fmt: skip


def taken(backup: Backup) -> str:
    """When it was taken, to the minute, as the list shows it."""
    return f"{backup.taken:%Y-%m-%d %H:%M}"


def described(backup: Backup) -> str:
    """One line of `briefing backups`: an empty backup says so, as restoring it brings nothing."""
    what = held(backup.counts) if backup.counts else "cannot be read"
    if backup.counts is not None and backup.counts.empty:
        what += " (empty)"
    kind = "  (library before a restore)" if backup.kept_aside else ""
    return f"{taken(backup)}  {backup.size / 1_048_576:7.1f} MB  {what}  {backup.path}{kind}"


def backup_json(backup: Backup) -> dict[str, Any]:
    """One backup as `backups --json` gives it: what the line says, as a script reads it. Its
    time in UTC, as every time `--json` prints (the line and the file's name give the local
    time); its size in bytes; the counts null for a file that cannot be read as a library."""
    counts = backup.counts
    return {
        "path": str(backup.path),
        "taken": backup.taken.astimezone(UTC).isoformat(timespec="seconds"),
        "size": backup.size,
        "sources": None if counts is None else counts.sources,
        "highlights": None if counts is None else counts.highlights,
        "notes": None if counts is None else counts.notes,
        "before_restore": backup.kept_aside,
    }


def every_one_empty(backups: tuple[Backup, ...]) -> str:
    """The refusal of `restore --newest` when each good backup holds nothing, naming them."""
    named = "; ".join(f"{taken(b)} {b.path}" for b in backups)
    return (f"every good backup holds nothing (0 sources, 0 highlights, 0 notes), so restoring "
            f"one would leave an empty library; nothing was changed. The backups: {named}. To "
            "restore one all the same, name it: `briefing restore FILE`")  # fmt: skip


def set_aside(backups: tuple[Backup, ...]) -> str:
    """The libraries set aside by a restore that `--newest` passes over, and how to bring the
    newest back all the same (by name): they are the user's own, not backups to choose."""
    older = len(backups) - 1
    more = f" (and {counted(older, 'older one')})" if older else ""
    return (f"the library set aside by the restore of {taken(backups[0])}{more}; to bring it back, "
            f"name it: `briefing restore {backups[0].path}`")  # fmt: skip


def restore_advice(db_path: Path) -> str:
    """What to do about a damaged library, as the last words of the refusal: the backup
    `restore --newest` would bring back (its date and contents), or, when no backup holds
    anything, that there is nothing to restore and the window can still read the file."""
    choice = restore_choice(db_path)
    if choice.newest is not None and choice.newest.counts is not None:
        return (f"`briefing restore --newest` brings back the backup taken {taken(choice.newest)} "
                f"({held(choice.newest.counts)}); `briefing backups` lists them all.")  # fmt: skip
    keep = ("Keep the file as it is: the window (`briefing-reader`) offers to open it read-only, "
            "to export what can still be read; moving the file away starts a new, empty library.")  # fmt: skip
    if choice.empty:
        return f"Its backups hold nothing (no source, highlight or note), so there is none worth restoring. {keep}"
    if choice.set_aside:
        return f"There is no backup of it to restore, only {set_aside(choice.set_aside)}. {keep}"
    if list_backups(db_path):
        return f"None of its backups in {backups_dir(db_path)} can be read. {keep}"
    return f"There is no backup of it to restore (none in {backups_dir(db_path)}). {keep}"


def missing_advice(db_path: Path) -> str:
    """What to do about a library that is gone while its backups are there: the backup to
    bring back, if one holds anything, and how to start anew on purpose."""
    choice = restore_choice(db_path)
    anew = f"To start a new, empty library there instead, move {backups_dir(db_path)} away first."
    if choice.newest is not None and choice.newest.counts is not None:
        return (f"`briefing restore --newest` brings back the backup taken {taken(choice.newest)} "
                f"({held(choice.newest.counts)}; `briefing backups` lists them all). {anew}")  # fmt: skip
    if choice.empty:
        return f"none of them holds anything (no source, highlight or note) to restore. {anew}"
    if choice.set_aside:
        return f"none of them is a backup, only {set_aside(choice.set_aside)}. {anew}"
    return f"none of them can be read. {anew}"
