"""`briefing stories` and `briefing story show|join|split`: same-event groups from a terminal.

Stories are found on import; `briefing stories --regroup` groups the whole library anew (for a
library imported before grouping existed, or after many edits of dates). `join` and `split`
are the window's "Join into one story" and "Take out of story": what the user sets by hand,
automatic grouping leaves alone.
"""

from __future__ import annotations

import argparse
import json
import sys
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
        "sources": [
            {"id": m.id, "title": m.title, "site_name": m.site_name, "agency": m.agency,
             "published": m.published}
            for m in members
        ],
    }


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
        span = story["first"] if story["first"] == story["last"] else f"{story['first']} – {story['last']}"
        print(fit.cut(f"story {story['id']:>4}  {story['count']} sources  {span or 'undated'}  {story['title']}", width))
        for s in story["sources"]:
            by = ran_by(s["site_name"], s["agency"])  # a wire report's agency too, as `list`
            outlet = f"  — {by}" if by else ""
            print(fit.cut(f"{s['id']:>14}  {(s['published'] or '')[:10]:<10}  {s['title']}{outlet}", width))
    if not listed:
        print("No stories: no two sources report the same event.", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        view = stories.story_view(store, args.id)
    if view is None:
        raise CommandError(f"no story #{args.id}")
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


def _live(store: Store, ids: list[int]) -> None:
    missing = [i for i in ids if store.sources.get(i) is None]
    if missing:
        raise CommandError(f"no source #{missing[0]}")


def cmd_join(args: argparse.Namespace, open_store: OpenStore) -> int:
    if len(set(args.ids)) < 2:
        raise CommandError("name at least two sources to join")
    with open_store(args) as store:
        _live(store, args.ids)
        stories.join(store, args.ids)
        story = store.stories.story_of(args.ids).get(args.ids[0])
    print(f"story {story}: sources {', '.join(f'#{i}' for i in args.ids)} joined by hand")
    return 0


def cmd_split(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        _live(store, args.ids)
        stories.detach(store, args.ids)
    print(f"{', '.join(f'#{i}' for i in args.ids)} taken out of their stories (kept apart by hand)")
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
    p.add_argument("ids", type=number, nargs="+", metavar="SOURCE", help="two or more sources' numbers")
    p.set_defaults(func=bind(cmd_join, open_store))
    p = actions.add_parser("split", help="take sources out of their stories")
    p.add_argument("ids", type=number, nargs="+", metavar="SOURCE", help="one or more sources' numbers")
    p.set_defaults(func=bind(cmd_split, open_store))
