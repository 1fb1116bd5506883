"""`briefing stories` and `briefing story show|join|split|auto`: same-event groups from a terminal.

Stories are found on import; `briefing stories --regroup` groups the whole library anew (for a
library imported before grouping existed, or after many edits of dates). `join` and `split`
are the window's "Join into one story" and "Take out of story": what the user sets by hand,
automatic grouping leaves alone. They print the story as `stories` does, by title, so numbers
mistaken for others are seen at once, and the command that takes them back; `auto` hands
sources back to grouping, which is how that command undoes an edit of sources grouping had
placed. Stories are written `story:N`, sources bare (`story_numbers`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection, Iterable
from typing import Any

from reader.cli import fit
from reader.cli.common import CommandError, OpenStore, bind, ran_by, shell_word, usage_checked
from reader.cli.story_numbers import numbered, sources_only, story_only, story_ref
from reader.core import stories
from reader.core.models import SourceSummary
from reader.core.store import Membership, Store


def story_json(story_id: int, members: list[SourceSummary]) -> dict[str, Any]:
    dates = sorted(m.published[:10] for m in members if m.published)
    return {
        "id": story_id,
        "title": members[0].title,
        "count": len(members),
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "sources": [_source_json(m) for m in members],
    }


def _source_json(member: SourceSummary) -> dict[str, Any]:
    return {"id": member.id, "title": member.title, "site_name": member.site_name, "agency": member.agency,
            "published": member.published}  # fmt: skip


def _all_stories(store: Store) -> list[dict[str, Any]]:
    found = store.stories.stories()
    summaries = {s.id: s for s in store.sources.summaries([i for ids in found.values() for i in ids])}
    listed = [story_json(sid, [summaries[i] for i in ids if i in summaries]) for sid, ids in found.items()]
    return sorted(listed, key=lambda s: (s["last"] or "", s["id"]), reverse=True)


def cmd_stories(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        if args.regroup:
            stories.regroup(store)
        listed = _all_stories(store)
    if args.json:
        print(json.dumps(listed, ensure_ascii=False, indent=1))
        return 0
    width = fit.columns()
    for story in listed:
        print("\n".join(_story_lines(story, width)))
    if not listed:
        print("No stories: no two sources report the same event.", file=sys.stderr)
    return 0


def _story_lines(story: dict[str, Any], width: int | None, new: Collection[int] = ()) -> list[str]:
    """A story as `stories` lists it: a line for the story, one for each source under it (the
    sources in `new`, just joined into it, marked "+")."""
    span = story["first"] if story["first"] == story["last"] else f"{story['first']} – {story['last']}"
    head = f"{story_ref(story['id']):<10}  {story['count']} sources  {span or 'undated'}  {story['title']}"
    return [fit.cut(head, width), *(_source_line(s, width, s["id"] in new) for s in story["sources"])]


def _source_line(source: dict[str, Any], width: int | None, new: bool = False) -> str:
    by = ran_by(source["site_name"], source["agency"])  # a wire report's agency too, as `list`
    outlet = f"  — {by}" if by else ""
    number = f"+ {source['id']}" if new else str(source["id"])
    return fit.cut(f"{number:>14}  {(source['published'] or '')[:10]:<10}  {source['title']}{outlet}", width)


def cmd_show(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        story_id = story_only(store, args.id, _command(args))
        view = stories.story_view(store, story_id)
        if view is None:
            raise CommandError(f"no {story_ref(story_id)}; `briefing stories` lists the stories")
        listed = story_json(story_id, store.sources.summaries([m.source_id for m in view.members]))
    if args.json:
        data = {
            "id": view.story_id,
            "sources": [
                {"id": m.source_id, "title": m.title, "site_name": m.site_name, "agency": m.agency,
                 "published": m.published, "lang": m.lang, "adds": list(m.added)}
                for m in view.members
            ],
        }  # fmt: skip
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    width = fit.columns()
    print(_story_lines(listed, width)[0] + "\n")  # which story this is, as `stories` heads it
    for m in view.members:
        details = " · ".join(x for x in (ran_by(m.site_name, m.agency), (m.published or "")[:10]) if x)
        print(fit.cut(f"#{m.source_id}  {m.title}" + (f"  ({details})" if details else ""), width))
        if m.added:
            print("  only here:")
            for sentence in m.added:
                print("  -" + fit.wrapped(sentence, 4, width)[3:])
        else:
            print("  nothing the others do not have")
        print()
    return 0


def _command(args: argparse.Namespace) -> str:
    """`briefing` as typed for the library this one used."""
    return "briefing" + (f" --data-dir {shell_word(args.data_dir)}" if args.data_dir is not None else "")


def _briefing(args: argparse.Namespace, action: str, ids: Iterable[int]) -> str:
    """A `story` command to type: `briefing story join 4 3`."""
    return f"{_command(args)} story {action} " + " ".join(map(str, ids))


def _stories(store: Store) -> tuple[dict[int, list[int]], dict[int, int]]:
    """The library's stories (story id → members) and each member's story, read once
    (`story_of` reads every story again to answer)."""
    found = store.stories.stories()
    return found, {source_id: story_id for story_id, members in found.items() for source_id in members}


def _by_hand(before: dict[int, Membership], source_id: int) -> bool:
    return (row := before.get(source_id)) is not None and row[1]


def _two_to_join(args: argparse.Namespace) -> None:
    """`story join 3` (or `3 3`) names one source: a usage slip, like a word where a number goes
    (exit status 2 with the usage), not "cannot be done" (it was 1). A story's number is let
    through, to be answered with its sources' numbers."""
    if len(set(args.ids)) < 2 and not any(item.story for item in args.ids):
        raise ValueError("name at least two sources to join (`briefing story join 7 9`)")


def cmd_join(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Join sources into one story and show it: their titles, so numbers mistaken for others
    are seen at once, and the command that takes the join back."""
    with open_store(args) as store:
        ids = sources_only(store, args.ids, "join")
        _found, shown = _stories(store)
        already = {shown.get(i) for i in ids}
        before: dict[int, Membership] = {}
        if len(already) > 1 or None in already:
            _changes, before = stories.join(store, ids)
        found, now = _stories(store)
        story = now[ids[0]]
        listed = story_json(story, store.sources.summaries(found[story]))
    width = fit.columns()
    if not before:
        print(f"{', '.join(f'#{i}' for i in ids)} are in one story already; nothing was changed:")
        print("\n".join(_story_lines(listed, width)))
        return 0
    moved = [s["id"] for s in listed["sources"] if shown.get(s["id"]) != story]
    print(f"joined by hand into {story_ref(story)} (+ new in it):")
    print("\n".join(_story_lines(listed, width, moved)))
    # Sources the user had placed go back by hand, those grouping had placed back to grouping:
    # split and join again would leave these placed by hand, never grouped again.
    hand = [i for i in moved if _by_hand(before, i)]
    undo = [_briefing(args, "split", hand)] if hand else []
    for old in dict.fromkeys(shown[i] for i in hand if i in shown):  # stories it merged, as they were
        if len(members := [i for i in hand if shown.get(i) == old]) > 1:
            undo.append(_briefing(args, "join", members))
    grouped = [s["id"] for s in listed["sources"] if not _by_hand(before, s["id"])]
    undo += [_briefing(args, "auto", grouped)] if grouped else []
    print("to undo: " + " && ".join(undo))
    return 0


def cmd_split(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Take sources out of their stories and show what is left of each, with the command that
    puts them back. A source in no story is apart already, as asked: it is left as it is (taking
    it out would only keep it from being grouped ever after; the window's Take out of story is off
    for one) and said so, exit status 0, as a join of sources in one story already is. It was
    exit status 1, the whole split refused, where `tag remove` of a tag not there is 0."""
    with open_store(args) as store:
        ids = sources_only(store, args.ids, "split")
        found, shown = _stories(store)
        loose = [i for i in ids if i not in shown]
        for source in store.sources.summaries(loose):
            print(f"#{source.id} “{source.title}” is in no story already; nothing was changed for it")
        ids = [i for i in ids if i in shown]
        if not ids:
            return 0
        _changes, before = stories.detach(store, ids)
        left = store.stories.stories()
        summaries = {s.id: s for s in store.sources.summaries([*ids, *(i for m in found.values() for i in m)])}
    width = fit.columns()
    undo: list[str] = []
    grouped: list[int] = []  # of stories grouping had made: handed back to it by the undo
    for old in dict.fromkeys(shown[i] for i in ids):
        taken = [i for i in ids if shown[i] == old]
        rest = [i for i in found[old] if i not in taken]
        print(f"taken out of {story_ref(old)} and kept apart by hand:")
        for i in taken:
            print(_source_line(_source_json(summaries[i]), width))
        if old in left:
            print(f"what is left of {story_ref(old)}:")
            print("\n".join(_story_lines(story_json(old, [summaries[i] for i in left[old]]), width)))
        elif rest:
            print(f"{story_ref(old)} is no more: #{rest[0]} stands alone")
        if any(_by_hand(before, i) for i in taken):
            undo.append(_briefing(args, "join", [*taken, *rest[:1]]))
        else:
            grouped += [*taken, *rest]
    undo += [_briefing(args, "auto", grouped)] if grouped else []
    print("to undo: " + " && ".join(undo))
    return 0


def cmd_auto(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Hand sources placed by hand back to automatic grouping and show where it put them: the
    undo `join` and `split` print for sources grouping had placed. It prints no undo of its
    own: what it took back is only the mark that kept grouping away, which `join` and `split`
    set again."""
    with open_store(args) as store:
        ids = sources_only(store, args.ids, "auto")
        before = store.stories.memberships(ids)
        chosen = [i for i in ids if _by_hand(before, i)]
        stories.release(store, chosen)
        found, now = _stories(store)
        placed = [story_json(s, store.sources.summaries(found[s])) for s in dict.fromkeys(now[i] for i in chosen if i in now)]
        alone = store.sources.summaries([i for i in chosen if i not in now])
    width = fit.columns()
    kept = ", ".join(f"#{i}" for i in ids if i not in chosen)
    if not chosen:
        print(f"{kept} {'is' if len(ids) == 1 else 'are'} grouped automatically already; nothing was changed")
        return 0
    print("handed back to automatic grouping; it placed them so:")
    for story in placed:
        print("\n".join(_story_lines(story, width)))
    if alone:
        print("in no story:")
        for summary in alone:
            print(_source_line(_source_json(summary), width))
    if kept:
        print(f"grouped automatically already, left as before: {kept}")
    return 0


def add_story_commands(commands: Any, open_store: OpenStore) -> None:
    """Hang `stories` and `story show|join|split` on the `briefing` command."""
    p = commands.add_parser("stories", help="list sources that report the same event")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--regroup", action="store_true", help="group the whole library anew first")
    p.set_defaults(func=bind(cmd_stories, open_store))

    story = commands.add_parser("story", help="show a story; join, split or regroup sources")
    actions = story.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("show", help="a story's sources and what each adds")
    p.add_argument("id", type=numbered, metavar="STORY", help="a story's number, written story:N as `briefing stories` prints it")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=bind(cmd_show, open_store))
    sources = "sources' numbers (bare, as `briefing stories` lists them under each story:N)"
    p = actions.add_parser("join", help="put sources (and their stories) into one story")
    p.add_argument("ids", type=numbered, nargs="+", metavar="SOURCE", help=f"two or more {sources}")
    p.set_defaults(func=usage_checked(p, _two_to_join, bind(cmd_join, open_store)))
    p = actions.add_parser("split", help="take sources out of their stories")
    p.add_argument("ids", type=numbered, nargs="+", metavar="SOURCE", help=f"one or more {sources}")
    p.set_defaults(func=bind(cmd_split, open_store))
    p = actions.add_parser("auto", help="hand sources placed by hand back to automatic grouping")
    p.add_argument("ids", type=numbered, nargs="+", metavar="SOURCE", help=f"one or more {sources}")
    p.set_defaults(func=bind(cmd_auto, open_store))
