"""`briefing check|backup|backups|restore`: the library kept sound, from a terminal.

`check` runs the library's integrity checks and compares the search index with it (and
rebuilds the index on request).

`backup` makes a verified copy (into the backups folder, rotated like the window's daily ones,
or into a FILE of your choice); `backups` lists them with what they hold; `restore` puts one
back after verifying it, keeping the current library aside. Restore works on a damaged library
(it never opens it), and refuses while the window has the library open.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from reader import paths
from reader.cli.backup_words import backup_json, described, every_one_empty, held, set_aside, taken
from reader.cli.common import (
    CommandError,
    bind,
    counted,
    named_path,
    open_store,
    refuse_a_folder_in_none,
    refuse_if_named,
    refuse_missing_folder,
    usage_checked,
)
from reader.core.store import (
    BackupError,
    back_up,
    list_backups,
    rebuild,
    restore,
    restore_choice,
    write_backup,
)


def cmd_backup(args: argparse.Namespace, _opener: Any) -> int:
    target = Path(args.file).expanduser() if args.file else None
    if target is not None and target.is_dir():  # "exists; choose a new file name" did not say it was a folder
        raise CommandError(f"{target} is a folder; name a new file in it, e.g. "
                           f"{target / f'library-{datetime.now():%Y-%m-%d}.sqlite'}")  # fmt: skip
    if target is not None and target.exists():
        raise CommandError(f"{target} exists; choose a new file name")
    if target is not None and args.file.endswith(("/", os.sep)):  # `backup safe/`, a folder not there
        target = target / "backup.sqlite"  # said as one: it wrote a file called "safe"
    if target is not None:
        refuse_missing_folder(target, "a backup FILE goes into a folder that exists")
    with open_store(args) as store:
        assert store.path is not None
        try:
            made = (
                write_backup(store.db.conn, target)
                if target
                else back_up(store.db.conn, store.path)
            )
        except BackupError as exc:  # the backups folder unwritable: the user may still keep a copy elsewhere
            elsewhere = "; `briefing backup FILE` writes one into a folder of your choice" if target is None else ""
            raise CommandError(f"no backup made: {exc}{elsewhere}") from None
    print(f"backed up and verified: {described(made)}")
    return 0


def cmd_backups(args: argparse.Namespace, _opener: Any) -> int:
    where = paths.resolve(args.data_dir)
    found = list_backups(where.db_path)
    if not found and not where.db_path.exists():
        refuse_if_named(args, where)
    if args.json:  # the one listing without it: a script had to read the lines' MB and counts
        print(json.dumps([backup_json(backup) for backup in found], ensure_ascii=False, indent=1))
        return 0
    for backup in found:
        print(described(backup))
    if not found:
        print(f"No backups yet in {where.data_dir / 'backups'}: `briefing backup` makes one.",  # as `briefing list`'s
              file=sys.stderr)  # fmt: skip
    return 0


def _one_backup(args: argparse.Namespace) -> None:
    """A usage slip (exit status 2, with the usage) unless one backup is named: a FILE or
    `--newest`. Both, or neither, was an error of status 1, as if a restore had been tried."""
    if args.newest and args.file:  # --newest won silently once: the FILE named was not the one restored
        raise ValueError("name a backup FILE or use --newest, not both")
    if not args.newest and not args.file:
        raise ValueError("name a backup FILE (see `briefing backups`) or use --newest")


def cmd_restore(args: argparse.Namespace, _opener: Any) -> int:
    where = paths.resolve(args.data_dir)
    pid = paths.window_pid(where)
    if pid is not None:
        raise CommandError(f"the window has this library open (process {pid}); "
                           "close it, or restore from File ▸ Backups… in the window")  # fmt: skip
    if _open_elsewhere(where.db_path):
        raise CommandError("another program has the library open (a `briefing` command still running, "
                           "perhaps an import); nothing was changed. Restore once it has finished")  # fmt: skip
    when = ""
    if args.newest:
        choice = restore_choice(where.db_path)
        if choice.newest is None:
            if choice.empty:
                raise CommandError(every_one_empty(choice.empty))
            if choice.set_aside:
                raise CommandError(f"no backup in {where.data_dir / 'backups'}, only {set_aside(choice.set_aside)}")
            raise CommandError(f"no good backup in {where.data_dir / 'backups'}")
        chosen, when = choice.newest.path, f" (taken {taken(choice.newest)})"
        if choice.empty:
            print(f"passed over {counted(len(choice.empty), 'newer backup')} holding nothing")
        if choice.set_aside:
            print(f"passed over {set_aside(choice.set_aside)}")
    else:  # a FILE: `_one_backup` saw to it
        chosen = Path(args.file).expanduser()
        if chosen.is_dir():  # "no such backup" said the folder was not there
            raise CommandError(f"{chosen} is a folder; name a backup file (see `briefing backups`)")
        if chosen.is_file():  # a file of one's own has no time in its name: when it was written
            when = f" (written {datetime.fromtimestamp(chosen.stat().st_mtime):%Y-%m-%d %H:%M})"
    made = not where.data_dir.is_dir()  # "FILE could not be copied (No such file …)" blamed the backup
    if made:
        refuse_a_folder_in_none(args, where)
        where.data_dir.mkdir(parents=True)
    try:
        aside, counts = restore(chosen, where.db_path)
    except BackupError as exc:
        if made:  # a backup that was not restored leaves no new, empty folder behind
            where.data_dir.rmdir()
        other = ("; `briefing backups` lists the others (`briefing restore --newest` takes the newest good one)"
                 if str(exc).startswith(f"the backup {chosen} is damaged") and not args.newest else "")  # fmt: skip
        raise CommandError(f"not restored: {exc}{other}") from None
    print(f"restored {chosen}{when}: {held(counts)}")
    if aside is not None:
        print(f"the library as it was is kept as {aside}")
    return 0


def _open_elsewhere(db_path: Path) -> bool:
    """Whether another process has the library open. `restore` checked only for the window:
    a `briefing import` running in another terminal went on writing into the file a restore
    had set aside, and reported its sources imported when the library held none of them.

    Every SQLite connection to a library in WAL mode holds a read lock on one byte of its
    `-shm` file (offset 128, SQLite's "DMS" lock) for as long as it is open, whether it reads
    or writes; so a write lock on that byte that cannot be had means another process has the
    library open. No `-shm` file: nobody has. The lock is let go at once; this process must
    not have the library open itself (closing the file would drop its connection's locks),
    and `restore` never opens it. Not on Windows, whose file locks keep a replaced library in
    place anyway (the restore then fails with nothing changed)."""
    if os.name != "posix":
        return False
    import fcntl  # POSIX only

    try:
        shm = os.open(db_path.with_name(db_path.name + "-shm"), os.O_RDWR)
    except OSError:  # none (no one has the library open), or one we may not write: restore says so
        return False
    try:
        fcntl.lockf(shm, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
    except OSError:
        return True
    finally:
        os.close(shm)  # and the lock with it
    return False


def cmd_check(args: argparse.Namespace) -> int:
    """The library's integrity and foreign-key checks, and its search index against it."""
    with open_store(args) as store:
        problems = store.check()
        if args.rebuild_index:
            with store.write():
                rows = rebuild(store.db)
            print(f"search index rebuilt: {rows} entries")
            problems = store.check()
        count = store.sources.count()
    for problem in problems:
        print(problem)
    print(f"{store.path}: {counted(count, 'source')}, " + ("no problems found" if not problems
          else counted(len(problems), "problem")))  # fmt: skip
    if any(problem.startswith("search index") for problem in problems):
        print("`briefing check --rebuild-index` rebuilds the search index from the library")
    return 1 if problems else 0


def add_check_command(commands: Any) -> None:
    """Hang `check` on the `briefing` command."""
    p = commands.add_parser("check", help="check the library's integrity")
    p.add_argument("--rebuild-index", action="store_true", help="rebuild the search index")
    p.set_defaults(func=cmd_check)


def add_safety_commands(commands: Any) -> None:
    """Hang backup, backups and restore on the `briefing` command."""
    p = commands.add_parser("backup", help="make a verified backup of the library now")
    p.add_argument("file", nargs="?", type=named_path, metavar="FILE",
                   help="write it to FILE (default: the backups folder, which keeps the recent ones)")  # fmt: skip
    p.set_defaults(func=bind(cmd_backup, open_store))

    p = commands.add_parser("backups", help="list the library's backups")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=bind(cmd_backups, open_store))

    p = commands.add_parser("restore", help="replace the library with a backup (kept aside first)")
    p.add_argument("file", nargs="?", type=named_path, metavar="FILE", help="the backup to restore (see `briefing backups`)")
    p.add_argument(
        "--newest", action="store_true",
        help="the newest backup that passes verification and holds anything (never a library "
        "an earlier restore set aside: restore that by its FILE)"
    )
    p.set_defaults(func=usage_checked(p, _one_backup, bind(cmd_restore, open_store)))
