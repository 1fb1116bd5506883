"""`briefing stories` and `briefing story show|join|split`: same-event groups from a terminal.

Stories are found on import; `briefing stories --regroup` groups the whole library anew (for a
library imported before grouping existed, or after many edits of dates). `join` and `split`
are the window's "Join into one story" and "Take out of story": what the user sets by hand,
automatic grouping leaves alone. They print the story as `stories` does, by title, and the
command that takes them back: their numbers are sources', and a story's own number typed for
them joined other sources than meant with no word of which.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Collection, Iterable
from typing import Any

from reader.cli import fit
from reader.cli.common import CommandError, OpenStore, bind, number, ran_by
from reader.core import stories
from reader.core.models import SourceSummary
from reader.core.store import Store


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
    head = f"story {story['id']:>4}  {story['count']} sources  {span or 'undated'}  {story['title']}"
    return [fit.cut(head, width), *(_source_line(s, width, s["id"] in new) for s in story["sources"])]


def _source_line(source: dict[str, Any], width: int | None, new: bool = False) -> str:
    by = ran_by(source["site_name"], source["agency"])  # a wire report's agency too, as `list`
    outlet = f"  — {by}" if by else ""
    number = f"+ {source['id']}" if new else str(source["id"])
    return fit.cut(f"{number:>14}  {(source['published'] or '')[:10]:<10}  {source['title']}{outlet}", width)


def cmd_show(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        view = stories.story_view(store, args.id)
        if view is None:  # a source's number, from `list` or a story's lines, is said to be one
            source = store.sources.get(args.id)
            story = store.stories.story_of([args.id]).get(args.id) if source is not None else None
            of_source = ("" if source is None else f"; #{args.id} is a source's number (“{source.title}”), in "
                         + (f"story {story}: briefing story show {story}" if story is not None else "no story"))  # fmt: skip
            raise CommandError(f"no story #{args.id}{of_source or '; `briefing stories` lists the stories'}")
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


def _live(store: Store, ids: list[int], found: dict[int, list[int]]) -> None:
    """CommandError for a number no source has; a story's number (`found`: story → sources)
    is said to be one, with its sources' numbers, which are what join and split take."""
    missing = [i for i in ids if store.sources.get(i) is None]
    if missing:
        raise CommandError(f"no source #{missing[0]}" + _a_story_number(missing[0], found))


def _a_story_number(number: int, found: dict[int, list[int]]) -> str:
    if number not in found:
        return ""
    return (f"; {number} is a story's number, and `story join` and `story split` take sources' numbers, as "
            f"`briefing stories` lists them under each story (story {number}: "
            + ", ".join(f"#{i}" for i in found[number]) + ")")  # fmt: skip


def _stories_meant(action: str, ids: list[int], shown: dict[int, int], found: dict[int, list[int]]) -> str | None:
    """A note when every number given is also a story's number and the sources so numbered are
    not those stories' own: the user may have copied numbers from the `story` lines of `briefing
    stories`. Never a refusal — sources' numbers are what was asked for, and may be meant."""
    if not all(i in found for i in ids) or all(shown.get(i) == i for i in ids):
        return None
    one = len(ids) == 1
    members = "; ".join(f"story {i}: " + ", ".join(f"#{m}" for m in found[i]) for i in ids)
    said = ("is a story's number too", "it as a source's number") if one else ("are stories' numbers too",
                                                                              "them as sources' numbers")
    return (f"note: {', '.join(map(str, ids))} {said[0]}; `story {action}` read {said[1]}, as it always does "
            f"(the stories' sources: {members})")  # fmt: skip


def _briefing(args: argparse.Namespace, words: str) -> str:
    """A command to type, for the library this one used."""
    where = f"--data-dir {shlex.quote(args.data_dir)} " if args.data_dir is not None else ""
    return f"briefing {where}{words}"


def _numbers(ids: Iterable[int]) -> str:
    return " ".join(map(str, ids))


def cmd_join(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Join sources into one story and show it: their titles, so numbers mistaken for others
    are seen at once, and the command that takes the join back."""
    ids = list(dict.fromkeys(args.ids))
    if len(ids) < 2:
        raise CommandError("name at least two sources to join")
    with open_store(args) as store:
        found = store.stories.stories()
        _live(store, ids, found)
        shown = store.stories.story_of()
        already = {shown.get(i) for i in ids}
        if len(already) > 1 or None in already:
            stories.join(store, ids)
        story = store.stories.story_of(ids)[ids[0]]
        listed = story_json(story, store.sources.summaries(store.stories.stories()[story]))
    width = fit.columns()
    if len(already) == 1 and None not in already:
        print(f"{', '.join(f'#{i}' for i in ids)} are in one story already; nothing was changed:")
        print("\n".join(_story_lines(listed, width)))
    else:
        moved = [s["id"] for s in listed["sources"] if shown.get(s["id"]) != story]
        print(f"joined by hand into story {story} (+ new in it):")
        print("\n".join(_story_lines(listed, width, moved)))
        undo = [_briefing(args, f"story split {_numbers(moved)}")]
        for old in dict.fromkeys(shown[i] for i in moved if i in shown):  # stories it merged, as they were
            undo.append(_briefing(args, f"story join {_numbers(i for i in moved if shown.get(i) == old)}"))
        print("to undo: " + " && ".join(undo))
    note = _stories_meant(args.action, ids, shown, found)
    if note:
        print(note, file=sys.stderr)
    return 0


def cmd_split(args: argparse.Namespace, open_store: OpenStore) -> int:
    """Take sources out of their stories and show what is left of each, with the command that
    puts them back. A source in no story is refused, as the window's Take out of story is off
    for one: taking it out would only keep it from being grouped ever after."""
    ids = list(dict.fromkeys(args.ids))
    with open_store(args) as store:
        found = store.stories.stories()
        _live(store, ids, found)
        shown = store.stories.story_of()
        loose = [i for i in ids if i not in shown]
        if loose:
            title = store.sources.summaries(loose[:1])[0].title
            raise CommandError(f"#{loose[0]} “{title}” is in no story, so there is nothing to take it out of; "
                               "nothing was changed" + _a_story_number(loose[0], found))  # fmt: skip
        stories.detach(store, ids)
        left = store.stories.stories()
        summaries = {s.id: s for s in store.sources.summaries([*ids, *(i for m in found.values() for i in m)])}
    width = fit.columns()
    undo: list[str] = []
    for old in dict.fromkeys(shown[i] for i in ids):
        taken = [i for i in ids if shown[i] == old]
        rest = [i for i in found[old] if i not in taken]
        print(f"taken out of story {old} and kept apart by hand:")
        for i in taken:
            print(_source_line(_source_json(summaries[i]), width))
        if old in left:
            print(f"what is left of story {old}:")
            print("\n".join(_story_lines(story_json(old, [summaries[i] for i in left[old]]), width)))
        elif rest:
            print(f"story {old} is no more: #{rest[0]} stands alone")
        undo.append(_briefing(args, f"story join {_numbers([*taken, *rest[:1]])}"))
    print("to undo: " + " && ".join(undo))
    note = _stories_meant(args.action, ids, shown, found)
    if note:
        print(note, file=sys.stderr)
    return 0


def add_story_commands(commands: Any, open_store: OpenStore) -> None:
    """Hang `stories` and `story show|join|split` on the `briefing` command."""
    p = commands.add_parser("stories", help="list sources that report the same event")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--regroup", action="store_true", help="group the whole library anew first")
    p.set_defaults(func=bind(cmd_stories, open_store))

    story = commands.add_parser("story", help="show a story, join sources or split them")
    actions = story.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = actions.add_parser("show", help="a story's sources and what each adds")
    p.add_argument("id", type=number, metavar="STORY", help="a story's number (see `briefing stories`)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=bind(cmd_show, open_store))
    p = actions.add_parser("join", help="put sources (and their stories) into one story")
    p.add_argument("ids", type=number, nargs="+", metavar="SOURCE", help="two or more sources' numbers, as `briefing stories` lists them under each story")
    p.set_defaults(func=bind(cmd_join, open_store))
    p = actions.add_parser("split", help="take sources out of their stories")
    p.add_argument("ids", type=number, nargs="+", metavar="SOURCE", help="one or more sources' numbers, as `briefing stories` lists them under each story")
    p.set_defaults(func=bind(cmd_split, open_store))
