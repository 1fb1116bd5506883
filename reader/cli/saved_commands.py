"""`briefing saved [list|add|remove|rename]`: the library's saved searches from a terminal.

The window lists them under the tags; here they can be listed, added, removed and renamed, and
used as the scope of `briefing list --saved NAME` and `briefing export --saved NAME`
(`saved_ids`), which find what the window's library finds for the same saved search.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from reader.cli import fit
from reader.cli.common import (
    CommandError,
    OpenStore,
    a_name,
    bind,
    counted,
    existing_tag,
    language_code,
    several_called,
    shell_word,
    usage_checked,
)
from reader.cli.correction_commands import an_entity_name
from reader.cli.entity_commands import entity_not_found
from reader.core import search
from reader.core.store import SavedSearch, Store, clean_search_name


def find_saved(store: Store, name: str) -> SavedSearch:
    """The saved search called `name`; CommandError naming those there are, or the ones of that
    name when several have it (`several_called`)."""
    alike = store.saved_searches.named(name)
    if len(alike) > 1:
        rename = "rename one in the window (F2 on it under the library's saved searches)"
        raise several_called("saved searches", name, [(s.id, s.name) for s in alike], rename)
    if not alike:
        known = ", ".join(f"“{s.name}”" for s in store.saved_searches.all()) or "none yet"
        raise CommandError(f"no saved search called “{name}” (saved: {known})")
    return alike[0]


def saved_ids(store: Store, name: str, order: str = "published") -> list[int]:
    """The ids the saved search `name` finds now; a query that no longer runs is a CommandError."""
    return saved_scope(store, name, order)[1]


def saved_scope(store: Store, name: str, order: str = "published") -> tuple[SavedSearch, list[int]]:
    """The saved search `name` and the ids it finds now, from one look-up (see `saved_ids`)."""
    saved = find_saved(store, name)
    try:
        return saved, search.saved_source_ids(store, saved, order)
    except search.InvalidSearch as exc:
        raise CommandError(f"saved search “{saved.name}”: {exc}") from exc


def describe(saved: SavedSearch) -> str:
    """The search as one line: its query, then its filters ("Japan  tag: Asia, unread")."""
    parts = [f"{key}: {value}" for key, value in (("tag", saved.tag), ("outlet", saved.outlet),
             ("author", saved.author), ("language", saved.lang), ("naming", saved.entity_name))
             if value is not None]  # fmt: skip
    if saved.unread_only:
        parts.append("unread")
    return "  ".join(x for x in (saved.query, ", ".join(parts)) if x) or "(everything)"


def _json(store: Store, saved: SavedSearch) -> dict[str, Any]:
    data = asdict(saved)
    try:
        data["count"] = len(search.saved_source_ids(store, saved))
        data["error"] = None
    except search.InvalidSearch as exc:
        data["count"], data["error"] = None, str(exc)
    return data


def cmd_saved(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        if args.action == "add":
            return _add(store, args)
        if args.action == "remove":
            saved = find_saved(store, args.name)
            store.saved_searches.delete(saved.id)
            print(f"removed saved search “{saved.name}”")
            return 0
        if args.action == "rename":
            return _rename(store, args.name, args.query)
        listed = [(saved, _json(store, saved)) for saved in store.saved_searches.all()]
    if args.json:
        print(json.dumps([data for _saved, data in listed], ensure_ascii=False, indent=1))
        return 0
    width = fit.columns()
    for saved, data in listed:
        found = data["error"] or counted(data["count"], "source")
        print(fit.cut(f"{saved.name}  —  {describe(saved)}  [{found}]", width))
    if not listed:
        print("No saved searches yet: `briefing saved add NAME QUERY [--tag T]` adds one.", file=sys.stderr)
    return 0


# The options that narrow a saved search: only `add` takes them.
_NARROWING = ("tag", "outlet", "author", "lang", "unread", "entity")


def _refuse_a_slip(args: argparse.Namespace) -> None:
    """ValueError, for `usage_checked`, when the words given do not fit the action chosen. `saved
    list Chips` listed every saved search, `saved --tag Japan` too, and `saved remove Chips --tag
    Japan` removed it: what was typed was left out unsaid. A NAME or QUERY missing was exit
    status 1 here, where every other command's usage slip is 2."""
    if args.action == "add":
        if args.name is None or args.query is None:
            raise ValueError("add takes a NAME and a QUERY (briefing saved add Chips 'Halbleiter OR Chip*' --tag Japan)")
        if not args.query.strip() and all(getattr(args, name) in (None, False) for name in _NARROWING):
            # `saved add Chips "$QUERY"` unset saved a search of every source, as `search ""` refuses
            raise ValueError("an empty QUERY with no option narrowing it finds every source (is a shell variable "
                             "unset?): give words or filters (briefing saved add Chips 'Halbleiter OR Chip*')")
        return
    if args.action == "remove" and args.name is None:
        raise ValueError("remove takes the saved search's NAME (briefing saved remove Chips)")
    if args.action == "rename":
        if args.name is None or args.query is None:
            raise ValueError("rename takes the saved search's NAME and its NEW name (briefing saved rename Chips Halbleiter)")
        try:
            a_name(args.query)  # `saved rename Chips "$NEW"` unset: a usage slip, as an empty NAME is
        except argparse.ArgumentTypeError as exc:
            raise ValueError(f"argument NEW: {exc}") from None
    if args.action in ("remove", "rename") and args.json:  # its line of text failed a script's JSON reader
        raise ValueError(f"--json goes with list and add; {args.action} prints one line, and its exit status says "
                         f"whether it {args.action}d the search")  # fmt: skip
    extra = {"remove": args.query, "rename": None}.get(args.action, args.name)  # a word past what it takes
    if extra is not None:
        raise ValueError(f"“{extra}”: remove takes one NAME" if args.action == "remove" else
                         f"“{extra}”: list takes no NAME; the sources a saved search finds: briefing list --saved {shell_word(extra)}")  # fmt: skip
    given = next((f"--{name}" for name in _NARROWING if getattr(args, name) not in (None, False)), None)
    if given is not None:
        raise ValueError(f"{given} goes with add (briefing saved add NAME QUERY {given} …), not {args.action}")


def _rename(store: Store, name: str, new_name: str) -> int:
    """Rename a saved search through the store's `rename`, as `F2` in the window does (a script
    had to remove it and add it again, its filters typed anew): another case of its own name is
    a change, its name as it is changes nothing, another one's name is refused, naming it."""
    saved = find_saved(store, name)
    try:
        new = clean_search_name(new_name)  # NFC and one line, as `add` stores it
    except ValueError as exc:  # too long
        raise CommandError(str(exc)) from exc
    if new == saved.name:
        print(f"the saved search is called “{new}” already; nothing was changed", file=sys.stderr)
        return 0
    taken = next((s for s in store.saved_searches.named(new) if s.id != saved.id), None)
    if taken is not None:
        raise CommandError(f"there is already a saved search called “{taken.name}” (a name is the same in any "
                           f"case); “{saved.name}” keeps its name")  # fmt: skip
    try:
        store.saved_searches.rename(saved.id, new)
    except ValueError as exc:  # taken meanwhile, by the window
        raise CommandError(str(exc)) from exc
    print(f"saved search “{saved.name}” is now “{new}”")
    return 0


def _add(store: Store, args: argparse.Namespace) -> int:
    wanted = SavedSearch(0, args.name, args.query, args.tag, args.outlet, args.author, args.lang, args.unread,
                         *_entity(store, args.entity))  # fmt: skip
    try:
        search.saved_source_ids(store, wanted)
    except search.InvalidSearch as exc:
        raise CommandError(f"{exc}; nothing was saved") from exc
    try:
        saved, _changes = store.saved_searches.add(wanted)
    except ValueError as exc:  # a name taken (DuplicateSavedSearchError) or empty
        raise CommandError(str(exc)) from exc
    if args.json:
        print(json.dumps(_json(store, saved), ensure_ascii=False, indent=1))
    else:
        print(f"saved “{saved.name}”: {describe(saved)}")
    for tag in (args.tag, *search.tags_named(args.query, excluded=False)):  # `tag:Japn` in the query too
        _warn_of_a_missing_tag(store, tag)
    return 0


def _warn_of_a_missing_tag(store: Store, tag: str | None) -> None:
    """Saved all the same (a tag may be meant for sources still to come), but said on stderr
    with the closest tag: `saved add … --tag Japn` was saved silently and always found 0."""
    if not tag:
        return
    try:
        existing_tag(store, tag)
    except CommandError as exc:
        print(f"briefing: it finds nothing until a source carries that tag: {exc}", file=sys.stderr)


def _entity(store: Store, name: str | None) -> tuple[int | None, str | None]:
    """The (id, name) of the entity called exactly `name` (any case; a place in English or
    German), as the window keeps it."""
    if name is None:
        return None, None
    wanted = " ".join(name.split()).casefold()
    exact = [e for e in store.entities.find(name) if store.entities.is_called(e, wanted)]
    if not exact:
        raise CommandError(f"{entity_not_found(store, name)} (see `briefing entities`); nothing was saved")
    return exact[0].id, exact[0].name


def _language(text: str) -> str:
    """An argparse type for `--lang`: a name (`a_name`), read as `--language` reads it (`DE`,
    `Deutsch` and `German` are de). `--lang Deutsch` saved a search that found nothing, ever:
    sources are in languages by their codes."""
    return language_code(a_name(text))


def add_saved_commands(commands: Any, opener: OpenStore) -> None:
    """`briefing saved`: list (the default), add, remove or rename saved searches."""
    p = commands.add_parser("saved", help="list, add, remove or rename saved searches",
                            description="List, add, remove or rename saved searches. The options that narrow "
                            "a search (--tag … --entity) go with add.")  # fmt: skip
    p.add_argument("action", nargs="?", choices=("list", "add", "remove", "rename"), default="list",
                   help="list (the default), add NAME QUERY, remove NAME, or rename NAME NEW")  # fmt: skip
    p.add_argument("name", nargs="?", type=a_name, metavar="NAME", help="the saved search's name")
    p.add_argument("query", nargs="?", metavar="QUERY",
                   help="add: the search, as typed in the search box; rename: the NEW name")  # fmt: skip
    p.add_argument("--tag", type=a_name, metavar="T", help="only sources tagged T")
    p.add_argument("--outlet", type=a_name, metavar="O", help="only sources from outlet O")
    p.add_argument("--author", type=a_name, metavar="A", help="only sources by author A")
    p.add_argument("--lang", type=_language, metavar="L", help="only sources in language L (de, en …)")
    p.add_argument("--unread", action="store_true", help="only sources not opened yet")
    p.add_argument("--entity", type=an_entity_name, metavar="NAME", help="only sources naming the entity NAME (see `briefing entities`)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=usage_checked(p, _refuse_a_slip, bind(cmd_saved, opener)))
