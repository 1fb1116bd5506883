"""`briefing briefing …`: create, rename, fill, reorder and show briefings from a terminal.

Briefings are addressed by name (case-insensitive) and their items by the ids `show` prints
(`#12`), so a script can assemble the same document the composer builds by drag and drop.
Positions count from 1, the first item, as the composer's list and the exported briefing do;
one the briefing does not have is refused, not taken as its first or last place.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from reader.cli.common import (
    LARGEST_ID,
    CommandError,
    OpenStore,
    a_name,
    as_number,
    bind,
    counted,
    no_highlight,
    number,
    position,
    several_called,
    shell_word,
    wrap_usage,
)
from reader.cli.highlight_numbers import highlight_number
from reader.core.briefing_model import Briefing, ItemKind
from reader.core.store import Store, clean_name

# How a briefing gets a name of its own, when another's is the same in any case (`several_called`).
RENAME = "rename one in the window (Briefing ▸ Open briefing…, then Rename… in the composer)"


def find_briefing(store: Store, name: str) -> Briefing:
    """The briefing called `name`; CommandError naming the briefings there are, as a saved
    search's name is answered ("no briefing named “Q5”" left the user to guess the right one),
    or, for a number, the briefing `list` numbers so; a name several briefings have is named as such."""
    alike = store.briefings.named(name)
    if len(alike) > 1:
        raise several_called("briefings", name, [(b.id, b.name) for b in alike], RENAME)
    if not alike:
        # `briefing briefing list` starts each line with the briefing's number: `show 1` is likely
        # meant as the one it numbers 1, which is said, not guessed.
        given = as_number(name)
        numbered = store.briefings.get(given) if given is not None and 0 < given <= LARGEST_ID else None
        if numbered is not None:
            raise CommandError(f"no briefing named “{name}”; briefing #{numbered.id} is “{numbered.name}”: "
                               "a briefing goes by its name")  # fmt: skip
        known = ", ".join(f"“{b.name}”" for b in store.briefings.all()) or "none yet"
        raise CommandError(f"no briefing named “{name}” (briefings: {known})")
    return alike[0]


def cmd_create(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        taken = store.briefings.find(args.name)
        if taken is not None:  # "a briefing named “q4 japan” already exists" named it as typed
            raise CommandError(f"there is already a briefing called “{taken.name}” (a name is the same in any case)")
        try:
            briefing, _ = store.briefings.create(args.name)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
    print(f"briefing #{briefing.id} “{briefing.name}” created")
    return 0


def cmd_rename(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Rename a briefing through the store's `rename`, as the composer's Rename… does. A script
    had to delete the briefing and build it again, item by item, to change its name."""
    with open_store(args) as store:
        briefing = find_briefing(store, args.name)
        try:
            new = clean_name(args.new)  # NFC and one line, as `create` stores it
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if new == briefing.name:  # another case of its own name is a change; this is none
            print(f"the briefing is called “{new}” already; nothing was changed", file=sys.stderr)
            return 0
        taken = next((b for b in store.briefings.named(new) if b.id != briefing.id), None)
        if taken is not None:  # named as the library spells it, not as typed (see `cmd_create`)
            raise CommandError(f"there is already a briefing called “{taken.name}” (a name is the same in any "
                               f"case); “{briefing.name}” keeps its name")  # fmt: skip
        try:
            store.briefings.rename(briefing.id, new)
        except (KeyError, ValueError) as exc:  # taken or deleted meanwhile, by the window
            raise CommandError(str(exc).strip("'\"")) from exc
    print(f"briefing “{briefing.name}” is now “{new}”")
    return 0


def cmd_list(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        briefings = store.briefings.all()
    if args.json:
        data = [{"id": b.id, "name": b.name, "items": b.item_count, "updated_at": b.updated_at}
                for b in briefings]  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    for b in briefings:
        print(f"{b.id:>4}  {b.name}  ({counted(b.item_count, 'item')}, changed {_local_minute(b.updated_at)})")
    if not briefings:  # it printed nothing at all, as if the command had failed
        print("No briefings yet: `briefing briefing create NAME` starts one.", file=sys.stderr)
    return 0


def _local_minute(stamp: str) -> str:
    """A stored UTC time as the reader's clock shows it, to the minute ("2026-12-05 09:46"), as
    `briefing backups` names its times: "changed 2026-12-05T08:46:30+00:00" was the database's."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def cmd_add(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Add to a briefing. As the window's B, a highlight the briefing quotes already is not
    added again (a script run twice quoted every passage twice); the line says which were in."""
    ids: list[int] = []
    already: list[int] = []
    with open_store(args) as store:
        briefing = find_briefing(store, args.name)
        at = None if args.position is None else _position(briefing, args.position, briefing.item_count + 1)
        try:
            if args.highlight:
                for highlight_id in args.highlight:  # an unknown one first: nothing is added then
                    if store.highlights.get(highlight_id) is None:
                        raise no_highlight([highlight_id], " (nothing was added)")
                new = store.briefings.not_quoted(briefing.id, args.highlight)
                already = [i for i in dict.fromkeys(args.highlight) if i not in new]
                if new:
                    ids = [i.id for i in store.briefings.add_highlights(briefing.id, new, at)[0]]
            elif args.heading is not None:
                ids = [store.briefings.add_heading(briefing.id, args.heading, at)[0].id]
            elif args.text.strip():  # blank: the composer's empty item to type into, not a script's
                ids = [store.briefings.add_text(briefing.id, args.text, at)[0].id]
            else:
                raise CommandError("connecting text needs words")
        except (KeyError, ValueError) as exc:
            raise CommandError(str(exc).strip("'\"")) from exc
    added = f"added {'item' if len(ids) == 1 else 'items'} {', '.join(f'#{i}' for i in ids)}" if ids else "nothing added"
    quoted = (f"; {'highlight' if len(already) == 1 else 'highlights'} {', '.join(f'#{i}' for i in already)} "
              f"{'is' if len(already) == 1 else 'are'} in it already") if already else ""  # fmt: skip
    print(f"{added} to “{briefing.name}”{quoted}")
    return 0


def cmd_move(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        briefing = _own_item(store, args.name, args.item)
        store.briefings.move_item(args.item, _position(briefing, args.position, briefing.item_count))
    print(f"item #{args.item} moved to position {args.position}")
    return 0


def _position(briefing: Briefing, asked: int, last: int) -> int:
    """The store's 0-based place for the 1-based `asked`, `last` the largest there is (the end,
    for an item to add); past it, a CommandError. `move NAME ITEM 99` on four items put it last
    and `add --position 99` added at the end, both without a word."""
    if asked > last:
        has = f"has {counted(briefing.item_count, 'item')}" if briefing.item_count else "has no items yet"
        adding = last > briefing.item_count
        places = f"1 to {last}" if last > 1 else "only 1"
        end = f", {last} is the end" if adding and last > 1 else ""
        raise CommandError(f"“{briefing.name}” {has}: there is no position {asked} (positions: {places}{end}); "
                           f"nothing was {'added' if adding else 'moved'}")  # fmt: skip
    return asked - 1


def cmd_remove(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        _own_item(store, args.name, args.item)
        store.briefings.remove_item(args.item)
    print(f"item #{args.item} removed")
    return 0


def cmd_delete(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        briefing = find_briefing(store, args.name)
        store.briefings.delete(briefing.id)
    print(f"briefing “{briefing.name}” deleted")
    return 0


def cmd_show(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        briefing = find_briefing(store, args.name)
        items = [_item_json(store, item) for item in store.briefings.items(briefing.id)]
    if args.json:
        print(json.dumps({"id": briefing.id, "name": briefing.name, "items": items},
                         ensure_ascii=False, indent=1))  # fmt: skip
        return 0
    print(briefing.name)
    for item in items:
        head = f"{item['position']:>3}.  #{item['id']:<5} {item['kind']:<9} "
        print(head + _under(item.get("quote") or item["text"], len(head)))
    if not items:  # its name alone read as a command cut short
        print(f"“{briefing.name}” has no items yet: briefing briefing add {shell_word(briefing.name)} "
              "--highlight ID | --heading TEXT | --text MD", file=sys.stderr)  # fmt: skip
    return 0

def _under(text: str, indent: int) -> str:
    """A connecting text's (or quote's) further lines indented under its first: at the left
    edge, "[^1]: Eigene Anmerkung." read as an item of its own."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(" " * indent + line if line.strip() else "" for line in rest)])


def _item_json(store: Store, item: Any) -> dict[str, Any]:
    """An item with every key, null where it has none: a heading's and a text's had no
    `highlight_id`, `quote` and `source_id`, so a script met a KeyError on the first of them."""
    data = {"id": item.id, "position": item.position + 1, "kind": str(item.kind), "text": item.text,
            "highlight_id": None, "quote": None, "source_id": None}  # fmt: skip
    if item.kind is ItemKind.HIGHLIGHT:
        highlight = store.highlights.get(item.highlight_id)
        data |= {"highlight_id": item.highlight_id,
                 "quote": highlight.exact if highlight else "(deleted highlight)",
                 "source_id": highlight.source_id if highlight else None}  # fmt: skip
    return data


def _own_item(store: Store, name: str, item_id: int) -> Briefing:
    """The briefing `name`, when item #`item_id` is one of its items."""
    briefing = find_briefing(store, name)
    item = store.briefings.item(item_id)
    if item is None or item.briefing_id != briefing.id:
        raise CommandError(f"“{briefing.name}” has no item #{item_id} (items are named by the #N "
                           "`briefing briefing show` prints, not by their position)")  # fmt: skip
    return briefing


_NAME = "the briefing's name (see `briefing briefing list`)"


def add_briefing_commands(commands: Any, opener: OpenStore) -> None:
    """`briefing briefing create|rename|list|add|move|remove|delete|show`."""
    group = commands.add_parser("briefing", help="create, rename, fill and show briefings")
    sub = group.add_subparsers(dest="briefing_command", required=True, metavar="ACTION")
    p = sub.add_parser("create", help="create an empty briefing")
    p.add_argument("name", type=a_name, metavar="NAME", help=_NAME)
    p.set_defaults(func=bind(cmd_create, opener))
    p = sub.add_parser("rename", help="give a briefing another name")
    p.add_argument("name", type=a_name, metavar="OLD", help=_NAME)
    p.add_argument("new", type=a_name, metavar="NEW", help="its new name (one no other briefing has, in any case)")
    p.set_defaults(func=bind(cmd_rename, opener))
    p = sub.add_parser("list", help="list briefings")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=bind(cmd_list, opener))
    p = sub.add_parser("add", help="add highlights, a heading or connecting text")
    wrap_usage(p, "[-h] NAME (--highlight ID [ID ...] |", "--heading TEXT | --text MD) [--position POSITION]")
    p.add_argument("name", type=a_name, metavar="NAME", help=_NAME)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--highlight", type=highlight_number, nargs="+", metavar="ID",
                      help="highlights' numbers (see `briefing highlight list`)")  # fmt: skip
    what.add_argument("--heading", metavar="TEXT", help="a heading")
    what.add_argument("--text", metavar="MD", help="connecting text in Markdown")
    p.add_argument("--position", type=position, default=None, help="where it goes: 1 is the first item; default: the end")
    p.set_defaults(func=bind(cmd_add, opener))
    for action, func, helptext in (("move", cmd_move, "move an item to a position"),
                                   ("remove", cmd_remove, "remove an item")):  # fmt: skip
        p = sub.add_parser(action, help=helptext)
        p.add_argument("name", type=a_name, metavar="NAME", help=_NAME)
        p.add_argument("item", type=number, metavar="ITEM", help="the item's number, #N in `briefing briefing show`")
        if action == "move":
            p.add_argument("position", type=position, metavar="POSITION", help="where it goes: 1 is the first item")
        p.set_defaults(func=bind(func, opener))
    p = sub.add_parser("delete", help="delete a briefing")
    p.add_argument("name", type=a_name, metavar="NAME", help=_NAME)
    p.set_defaults(func=bind(cmd_delete, opener))
    p = sub.add_parser("show", help="show a briefing's items")
    p.add_argument("name", type=a_name, metavar="NAME", help=_NAME)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=bind(cmd_show, opener))
