"""`briefing list` and `briefing show`: the library's sources, and one of them, from a terminal.

A line per source, fitted to the terminal (`fit`), or JSON whose fields scripts rely on;
`show` prints a source with what the user added to it (tags, highlights, note) and its earlier
versions on request.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.cli import fit
from reader.cli.common import (
    SOURCE_ID,
    CommandError,
    a_name,
    existing_tag,
    no_source,
    number,
    open_store,
    ran_by,
)
from reader.cli.saved_commands import saved_ids
from reader.cli.story_numbers import source_number, story_ref
from reader.core.models import Source, SourceSummary
from reader.core.store import ORDERINGS, Revision


def _summary_json(summary: SourceSummary, story: int | None = None) -> dict[str, object]:
    return {
        "id": summary.id,
        "title": summary.title,
        "title_derived": summary.title_derived,
        "site_name": summary.site_name,
        "agency": summary.agency,
        "outlet": summary.ran_by,  # the library's Outlet column: a wire report's agency
        "published": summary.published,
        "imported_at": summary.imported_at,
        "file_name": summary.file_name,
        "tags": list(summary.tags),
        "highlights": summary.highlight_count,
        "unread": summary.unread,
        "has_note": summary.has_note,
        "story": story,
    }


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:  # a saved search or a tag the library does not have
            if args.saved is not None:
                summaries = store.sources.summaries(saved_ids(store, args.saved, args.sort))
            else:
                tag = None if args.tag is None else existing_tag(store, args.tag)
                summaries = store.sources.list(order=args.sort, tag=tag)
        except CommandError as exc:
            print(f"briefing: {exc}", file=sys.stderr)
            return 1
        story_of = store.stories.story_of()
        empty = not summaries and store.sources.count() == 0
    if args.json:
        data = [_summary_json(s, story_of.get(s.id)) for s in summaries]
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    width = fit.columns()
    for s in summaries:
        tags = f"  [{', '.join(s.tags)}]" if s.tags else ""
        date = (s.published or "")[:10]
        by = ran_by(s.site_name, s.agency)
        print(fit.cut(f"{s.id:>6}  {date:<10}  {s.title}{' (derived title)' if s.title_derived else ''}"
                      f"{'  — ' + by if by else ''}{tags}", width))  # fmt: skip
    if not summaries:
        print(_nothing_listed(args, empty), file=sys.stderr)
    return 0


def _nothing_listed(args: argparse.Namespace, empty: bool) -> str:
    """Why `list` printed no line: a new user's first `briefing list` (its library just made
    in the default folder) is told how to fill it, not a bare "No sources."."""
    if empty:
        return "The library is empty: `briefing import FILE…` adds article files or folders of them."
    if args.saved is not None:  # a bare "No sources." read as an empty library
        return f"No sources: the saved search “{args.saved}” finds none now."
    return "No sources." + (f" Nothing is tagged “{args.tag}”." if args.tag else "")


def _source_text(
    source: Source, shown: int, revisions: int, similar: list[int], highlights: int, note: str, story: int | None
) -> str:
    """The source as `show` prints it, with what the user added: tags and a highlight count
    under the metadata, the summary note at the end (`note set` had no way to read it back),
    and its story as `stories` writes it, so the bare numbers here are all sources'."""
    lines = [source.title + ("  (title derived from the text)" if source.title_derived else "")]
    details = [*source.credits, *([source.published] if source.published else [])]
    if details:
        lines.append(" · ".join(details))
    if source.url:
        lines.append(source.url)
    if source.tags:
        lines.append("tags: " + ", ".join(source.tags))
    if highlights:
        lines.append(f"{highlights} highlight{'s' * (highlights != 1)} "
                     f"(briefing highlight list {source.id})")  # fmt: skip
    if story is not None:
        lines.append(f"in {story_ref(story)} (briefing story show {story_ref(story)})")
    if revisions > 1:
        lines.append(f"revision {shown} of {revisions}" + (" (current)" if shown == revisions else
                     f" (earlier; current: briefing show {source.id})"))  # fmt: skip
    if similar:
        lines.append("similar to " + ", ".join(f"#{i}" for i in similar))
    if source.teaser:
        lines += ["", source.teaser]
    lines += ["", source.reading_text]
    if note.strip():
        lines += ["", "── note ──", note]
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        source = store.sources.get(args.id)
        story = store.stories.story_of([args.id]).get(args.id)
        revisions = store.revisions.revisions(args.id)
        similar = store.revisions.similar_to(args.id)
        # What `list --json` says of the source, read as it reads it (a note of blanks is none).
        summary = next(iter(store.sources.summaries([args.id])), None)
        note = store.notes.get(args.id).body
        wanted = args.revision
        earlier = store.revisions.revision(args.id, wanted) if wanted is not None and wanted >= 1 else None
        missing = no_source(store, [args.id]) if source is None or summary is None else None
    if source is None or summary is None:
        print(f"briefing: {missing}", file=sys.stderr)
        return 1
    # Revisions count from 1 (the first import; a source never updated has just that one):
    # 0 was falsy and showed the current text as if it had been asked for.
    newest = max(1, len(revisions))
    if wanted is not None and wanted != newest:
        if earlier is None:
            print(f"briefing: #{args.id} has no revision {wanted} (revisions are numbered 1 to "
                  f"{newest})", file=sys.stderr)  # fmt: skip
            return 1
        source = earlier.shown_in(source)
    if args.json:
        data = source.metadata_json() | {
            "highlights": summary.highlight_count,
            "unread": summary.unread,
            "has_note": summary.has_note,
            "body": source.reading_text,
            # Every block with every key (the stored form leaves out a body block's `reason`, a level 0, no syntax).
            "blocks": [b.to_json() | {"reason": b.reason, "level": b.level, "syntax": b.syntax or None} for b in source.blocks],
            "story": story,
            "revisions": [_revision_json(r) for r in revisions],
            "similar_to": similar,
            "note": note,
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        shown = wanted or len(revisions)
        print(_source_text(source, shown, len(revisions), similar, summary.highlight_count, note, story))
    return 0


def _revision_json(revision: Revision) -> dict[str, object]:
    return {"number": revision.number, "title": revision.title, "site_name": revision.site_name,
            "byline": revision.byline, "agency": revision.agency, "published": revision.published,
            "url": revision.url, "file_name": revision.file_name,
            "imported_at": revision.imported_at, "replaced_at": revision.replaced_at,
            "current": revision.current}  # fmt: skip


def add_source_commands(commands: Any) -> None:
    """Hang `list` and `show` on the `briefing` command."""
    p = commands.add_parser("list", help="list sources")
    narrow = p.add_mutually_exclusive_group()
    narrow.add_argument("--tag", type=a_name, metavar="T", help="only sources tagged T")
    narrow.add_argument("--saved", type=a_name, metavar="NAME", help="the sources the saved search NAME finds")
    p.add_argument("--sort", choices=sorted(ORDERINGS), default="published",
                   help="newest published (default), newest imported, or title A–Z")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("show", help="show one source's metadata and reading text")
    p.add_argument("id", type=source_number, metavar="ID", help=SOURCE_ID)
    p.add_argument("--json", action="store_true", help="print JSON (with all blocks)")
    p.add_argument("--revision", type=number, metavar="N", help="show earlier revision N (1 = first import)")
    p.set_defaults(func=cmd_show)
