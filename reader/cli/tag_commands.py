"""`briefing tag add|remove|rename|delete`: a source's tags, and the library's, from a terminal.

Split from `annotation_commands` (highlights), which had grown to the line limit: the tag
commands share nothing with highlights but the subparsers they hang on.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader.cli.common import (
    CommandError,
    OpenStore,
    a_name,
    as_number,
    bind,
    existing_tag,
    no_source,
    number,
    shell_word,
    usage_checked,
)
from reader.core.store import clean_tag, stored_tag


def cmd_tag(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Put a tag on sources or take it off, in one step; each source's tags after it, a line
    each. A source that did not carry the tag to remove, or carried the one to add, is named on
    stderr: nothing to do (`tag add` said nothing of it, `tag remove` did)."""
    ids = list(dict.fromkeys(args.sources))
    with open_store(args) as store:
        sources = {i: store.sources.get(i) for i in ids}
        missing = [i for i, source in sources.items() if source is None]
        if missing:
            raise no_source(store, missing)
        before = {i: source.tags for i, source in sources.items() if source is not None}
        try:
            if args.action == "add":
                store.tags.add(ids, args.tag)
            else:  # a tag the library does not have is named with the closest, as `--tag` does
                store.tags.remove(ids, existing_tag(store, args.tag))
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        after = {i: store.sources.get(i).tags for i in ids}  # type: ignore[union-attr]
    for source_id in ids:
        if before[source_id] == after[source_id]:  # as asked already: said, exit status 0 (README)
            tag = clean_tag(args.tag)
            said = f"had no tag “{tag}”" if args.action == "remove" else f"has the tag “{tag}” already"
            print(f"source #{source_id} {said}; nothing was changed", file=sys.stderr)
        tags = after[source_id]
        print(f"source #{source_id}: {', '.join(tags) if tags else 'no tags'}")
    return 0


def _take_sources_and_tag(args: argparse.Namespace) -> None:
    """`args.sources` and `args.tag` taken from the words, as `_sources_and_tag` says; a slip
    in them, or a number too large, is raised for `usage_checked`."""
    args.sources, args.tag = _sources_and_tag(args.action, args.words, args.named_tag)


def _sources_and_tag(action: str, words: list[str], named: str | None) -> tuple[list[int], str]:
    """The sources' numbers and the tag: the last word, or `--tag`'s. A last word that is a
    number is refused (ValueError): `tag add 1 2` tagged source 1 with “2”, where the user
    likely meant sources 1 and 2 and forgot the tag; a tag that is a number goes with --tag."""
    if named is None and len(words) < 2:
        raise ValueError(f"name one or more sources, then the tag (briefing tag {action} 3 7 \"Client X\")")
    *numbers, tag = words if named is None else [*words, named]
    try:
        a_name(tag)  # `tag add 3 "$CLIENT"` unset: a usage slip, as `--tag ""` is everywhere
    except argparse.ArgumentTypeError as exc:
        raise ValueError(f"argument TAG: {exc}") from None
    for word in numbers:
        if as_number(word) is None:
            where = ("with --tag, every word is a source's number" if named is not None
                     else f"the tag comes last: briefing tag {action} … {shell_word(word)}")  # fmt: skip
            raise ValueError(f"“{word}” is no source's number ({where})")
    if named is None and as_number(tag) is not None:
        listed = " ".join([*numbers, tag])
        to = "tag sources" if action == "add" else "take a tag off sources"
        raise ValueError(f"the tag comes last, and “{tag}” is a number: to {to} {', '.join(numbers)} and {tag}, "
                         f"name the tag after them (briefing tag {action} {listed} TAG); for the tag “{tag}”, "
                         f"use --tag (briefing tag {action} {' '.join(numbers)} --tag {tag})")  # fmt: skip
    return [number(word) for word in numbers], tag


def cmd_tag_rename(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Rename a tag on every source, those in the bin too; into an existing tag, they merge."""
    with open_store(args) as store:
        spelled = existing_tag(store, args.old)  # "no tag “Japn”" said nothing of the closest, “Japan”
        if _cleaned(args.new) == spelled:  # "renamed tag “Japan” to “Japan” on 3 sources"
            print(f"the tag is called “{spelled}” already; nothing was changed", file=sys.stderr)
            return 0
        try:
            changes = store.tags.rename(args.old, args.new)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        new = stored_tag(store.db, args.new)  # a merge keeps its spelling
    count = len(changes.sources_updated)
    print(f"renamed tag “{clean_tag(args.old)}” to “{new}” on {count} source{'' if count == 1 else 's'}")
    return 0


def _cleaned(tag: str) -> str | None:
    """The tag as stored (clean_tag), None for a name the store refuses with its own words."""
    try:
        return clean_tag(tag)
    except ValueError:
        return None


def cmd_tag_delete(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Take a tag off every source, those in the bin too (restored, none brings it back)."""
    with open_store(args) as store:
        existing_tag(store, args.tag)
        try:
            changes = store.tags.delete(args.tag)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
    count = len(changes.sources_updated)
    print(f"deleted tag “{clean_tag(args.tag)}” from {count} source{'' if count == 1 else 's'}")
    return 0


def add_tag_command(commands: Any, opener: OpenStore) -> None:
    """Hang `tag` and its actions on the `briefing` command."""
    group = commands.add_parser("tag", help="add, remove, rename or delete a tag")
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action, text in (("add", "put a tag on sources"), ("remove", "take a tag off sources")):
        p = sub.add_parser(action, help=text, usage=f"%(prog)s [-h] SOURCE [SOURCE ...] TAG\n{' ' * 7}%(prog)s "
                           "[-h] SOURCE [SOURCE ...] --tag TAG", description=f"{text.capitalize()}: the tag "
                           f"comes last (briefing tag {action} 3 7 12 \"Client X\"); a tag that is a number "
                           f"goes with --tag (briefing tag {action} 3 --tag 2025).")  # fmt: skip
        p.add_argument("words", nargs="+", metavar="SOURCE … TAG",
                       help="one or more sources' numbers (see `briefing list`), then the tag's name "
                       "(any case: Japan and japan are one tag)")  # fmt: skip
        p.add_argument("--tag", dest="named_tag", type=a_name, metavar="TAG", help="the tag, when it is a number; "
                       "every word before is then a source's number")  # fmt: skip
        p.set_defaults(func=usage_checked(p, _take_sources_and_tag, bind(cmd_tag, opener)))
    p = sub.add_parser("rename", help="rename a tag on every source (into an existing tag, they merge)")
    p.add_argument("old", type=a_name, metavar="OLD", help="the tag's name now")
    p.add_argument("new", type=a_name, metavar="NEW", help="its new name (an existing tag's name: they merge)")
    p.set_defaults(func=bind(cmd_tag_rename, opener))
    p = sub.add_parser("delete", help="take a tag off every source, those in the bin too")
    p.add_argument("tag", type=a_name, metavar="NAME", help="the tag's name")
    p.set_defaults(func=bind(cmd_tag_delete, opener))
