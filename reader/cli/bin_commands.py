"""`briefing bin [list|restore N…|purge N…|empty]`: the deleted sources, from a terminal.

What File ▸ Bin… does in the window (`reader.core.store.bin`): list the bin newest deletion
first, bring sources back with everything they hold, or delete them for good. Deleting for
good cannot be undone, so it asks first in a terminal and wants `--yes` from a script, naming
the user's work that goes as the window's question does (`Lost`); a number not in the bin is
named (exit status 1) and nothing is changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.cli import fit
from reader.cli.common import CommandError, OpenStore, bind, counted, number, usage_checked
from reader.core.store import BinnedSource, Lost, Store


def _entry_json(entry: BinnedSource) -> dict[str, object]:
    """All the bin knows of a source, the user's work whole (`holds_work`): a script that chose
    what to purge by highlights and note alone deleted tags, edits and a story set by hand."""
    return {"id": entry.id, "title": entry.title, "outlet": entry.outlet or None, "site_name": entry.site_name,
            "agency": entry.agency, "published": entry.published, "deleted_at": entry.deleted_at,
            "highlights": entry.highlights, "annotations": entry.annotations, "has_note": entry.has_note,
            "tags": entry.tags, "edited": entry.edited, "story_by_hand": entry.by_hand,
            "holds_work": entry.holds_work}  # fmt: skip


def _line(entry: BinnedSource, width: int | None) -> str:
    """A source's line as `list` writes one (its number, a date, the title), what it holds
    before the title: in a terminal the line is cut at its width, and the title's end can go."""
    held = [counted(entry.highlights, "highlight"), counted(entry.annotations, "annotation")]
    held += ["a note"] if entry.has_note else []
    outlet = f" — {entry.outlet}" if entry.outlet else ""
    return fit.cut(f"{entry.id:>6}  deleted {entry.deleted_at[:10]}  ({', '.join(held)})  {entry.title}{outlet}", width)


def cmd_bin(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        if args.action == "list":
            return _list(store, args.json)
        if args.action == "restore":
            return _restore(store, args.ids)
        return _purge(store, args.ids if args.action == "purge" else None, args.yes)


def _list(store: Store, as_json: bool) -> int:
    entries = store.bin.contents()
    if as_json:
        print(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=1))
        return 0
    if not entries:
        print("The bin is empty: `briefing list` shows the library's sources.", file=sys.stderr)
    width = fit.columns()
    for entry in entries:
        print(_line(entry, width))
    return 0


def _not_in_bin(ids: list[int] | tuple[int, ...]) -> CommandError:
    named = ", ".join(f"#{i}" for i in ids)
    return CommandError(f"{named} {'is' if len(ids) == 1 else 'are'} not in the bin; nothing was changed "
                        "(`briefing bin` lists it)")  # fmt: skip


def _restore(store: Store, ids: list[int]) -> int:
    plan = store.bin.restorable(ids)
    if plan.missing:
        raise _not_in_bin(plan.missing)
    titles = {e.id: e.title for e in store.bin.contents(plan.ids)}
    done, _changes = store.bin.restore(plan.ids)
    for source_id in done.ids:
        print(f"restored source #{source_id} “{titles[source_id]}”")
    return 0


def _purge(store: Store, ids: list[int] | None, yes: bool) -> int:
    entries = store.bin.contents(ids)
    binned = {e.id for e in entries}
    missing = [i for i in dict.fromkeys(ids or []) if i not in binned]
    if missing:
        raise _not_in_bin(missing)
    if not entries:
        print("The bin is empty: nothing to delete.", file=sys.stderr)
        return 0
    what = f"#{entries[0].id} “{entries[0].title}”" if len(entries) == 1 else counted(len(entries), "source")
    lost = Lost.of(entries).english(one=len(entries) == 1)
    said = f" Lost with {'it' if len(entries) == 1 else 'them'}: {lost}." if lost else ""
    if not yes:
        if not sys.stdin.isatty():
            raise CommandError(f"this deletes {what} for good.{said} It cannot be undone; add --yes to do it")
        answer = input(f"Delete {what} for good?{said} This cannot be undone. [y/N] ")
        if answer.strip().casefold() not in ("y", "yes", "j", "ja"):
            print("nothing was deleted", file=sys.stderr)
            return 1
    # Asked, only what the question named goes: the answer may come minutes later, the source
    # restored, worked on in the window and deleted again meanwhile (`BinRepo.purge`).
    gone, _changes = store.bin.purge([e.id for e in entries], None if yes else entries)
    went = Lost.of(gone).english(one=len(gone) == 1)
    print(f"deleted {counted(len(gone), 'source')} for good" + (f" ({went})" if went else ""))
    went_ids = {g.id for g in gone}
    kept = [f"#{e.id}" for e in entries if e.id not in went_ids]
    if kept:
        print(f"{', '.join(kept)} changed or left the bin while you were asked: not deleted "
              "(asked again, the question names what it holds now)", file=sys.stderr)  # fmt: skip
        return 1
    return 0


def _check(args: argparse.Namespace) -> None:
    """Numbers go with restore and purge, and only there (`bin empty 3` would empty it all)."""
    if args.action in ("restore", "purge") and not args.ids:
        raise ValueError(f"name the sources to {args.action} by their numbers; e.g. briefing bin {args.action} 12")
    if args.action in ("list", "empty") and args.ids:
        raise ValueError(f"`bin {args.action}` takes no numbers; `briefing bin purge N…` deletes some for good")


def add_bin_commands(commands: Any, opener: OpenStore) -> None:
    p = commands.add_parser("bin", help="list the deleted sources, restore them or delete them for good",
                            description="List the deleted sources (the bin, newest deletion first), restore "
                            "them with their highlights, annotations and notes, or delete them for good.")  # fmt: skip
    p.add_argument("action", nargs="?", choices=("list", "restore", "purge", "empty"), default="list",
                   help="list (the default), restore N…, purge N… (delete for good) or empty (all of them)")  # fmt: skip
    p.add_argument("ids", nargs="*", type=number, metavar="N", help="the sources' numbers (see `briefing bin`)")
    p.add_argument("--yes", action="store_true", help="purge, empty: delete for good without asking")
    p.add_argument("--json", action="store_true", help="list: print JSON")
    p.set_defaults(func=usage_checked(p, _check, bind(cmd_bin, opener)))
