"""The `briefing` subcommands for annotating and exporting: export, highlight, note, tag, briefing.

They make everything the export needs scriptable and testable without the window: highlight a
quote, write a note, tag a source, assemble a briefing, and export. Each command is a small
function over the core; `add_export_commands` hangs them on the main parser.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader import paths
from reader.cli_briefings import CommandError, add_briefing_commands, find_briefing
from reader.core.export_writer import ExportReport, export_briefing, export_combined, export_sources
from reader.core.labels import DEFAULT_LABEL, label_name, resolve_label
from reader.core.settings import Settings
from reader.core.store import Store
from reader.core.store.highlights_query import HighlightFilter, query_highlights

OpenStore = Callable[[argparse.Namespace], Store]


def _label_names(args: argparse.Namespace) -> dict[str, str]:
    return Settings.load(paths.resolve(args.data_dir).settings_file).label_names


# -- export ---------------------------------------------------------------------------------


def _export_target(out: str, single: bool) -> tuple[Path, str | None]:
    """OUT is a folder, or for a single document a path ending in .md (folder + file name)."""
    path = Path(out).expanduser()
    if single and path.suffix.lower() == ".md":
        return path.parent, path.name
    return path, None


def _run_export(store: Store, args: argparse.Namespace) -> ExportReport:
    names = _label_names(args)
    if args.briefing:
        briefing = find_briefing(store, args.briefing)
        folder, file_name = _export_target(args.out, True)
        return export_briefing(
            store, briefing.id, folder, overwrite=args.force, file_name=file_name
        )
    if args.source:
        ids, title = list(dict.fromkeys(args.source)), "Selection"
        live = set(store.sources.ids())
        missing = [i for i in ids if i not in live]
        if missing:
            raise CommandError(f"no source #{missing[0]}")
    elif args.tag:
        ids, title = store.sources.ids(tag=args.tag), args.tag
        if not ids:
            raise CommandError(f"no source is tagged “{args.tag}”")
    else:
        ids, title = store.sources.ids(), "Library"
    if args.single_file:
        folder, file_name = _export_target(args.out, True)
        return export_combined(store, ids, folder, title, overwrite=args.force,
                               label_names=names, file_name=file_name)  # fmt: skip
    return export_sources(store, ids, Path(args.out), overwrite=args.force, label_names=names)


def cmd_export(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        report = _run_export(store, args)
    for path in report.written:
        print(f"written      {path}")
    for path in report.unchanged:
        print(f"unchanged    {path}")
    for conflict in report.conflicts:
        print(f"conflict     {conflict.path}: {conflict.reason}", file=sys.stderr)
    if report.conflicts:
        print(f"{len(report.conflicts)} file(s) not overwritten; use --force to overwrite them",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


# -- highlights, notes, tags ------------------------------------------------------------------


def locate_quote(text: str, quote: str) -> int:
    """The one offset where `quote` occurs in `text`; CommandError naming the problem if not one."""
    needle = unicodedata.normalize("NFC", quote)
    if not needle.strip():
        raise CommandError("the quote is empty")
    found: list[int] = []
    at = text.find(needle)
    while at >= 0 and len(found) < 2:
        found.append(at)
        at = text.find(needle, at + 1)
    if not found:
        raise CommandError(f"quote not found in the source's reading text: “{quote}”")
    if len(found) > 1:
        count = text.count(needle)
        raise CommandError(
            f"quote is ambiguous: it occurs {count} times in the reading text; quote more words"
        )
    return found[0]


def cmd_highlight_add(args: argparse.Namespace, open_store: OpenStore) -> int:
    names = _label_names(args)
    label = DEFAULT_LABEL if args.label is None else resolve_label(args.label, names)
    if label is None:
        raise CommandError(f"unknown label “{args.label}” (use a key, a name or a digit 1–5)")
    with open_store(args) as store:
        source = store.sources.get(args.source)
        if source is None:
            raise CommandError(f"no source #{args.source}")
        quote = unicodedata.normalize("NFC", args.quote)
        start = locate_quote(source.reading_text, quote)
        highlight, _ = store.highlights.add(source.id, start, start + len(quote), label,
                                            args.note or "")  # fmt: skip
    print(f"highlight #{highlight.id} ({label_name(label, names)}) at {start}–{highlight.end}")
    return 0


def cmd_highlight_list(args: argparse.Namespace, open_store: OpenStore) -> int:
    names = _label_names(args)
    with open_store(args) as store:
        if store.sources.get(args.source) is None:
            raise CommandError(f"no source #{args.source}")
        rows = query_highlights(store.db, HighlightFilter(source_id=args.source))
        spans = {h.id: (h.start, h.end) for h in store.highlights.for_source(args.source)}
    data = [_highlight_json(r, spans[r.highlight_id]) for r in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    for item in data:
        where = f"¶{item['paragraph']}" if item["paragraph"] else "orphaned"
        print(f"{item['id']:>6}  {label_name(item['label'], names):<16} {where:<6} {item['quote']}")
        if item["annotation"]:
            print(f"{'':>8}note: {item['annotation']}")
    return 0


def _highlight_json(row: Any, span: tuple[int, int]) -> dict[str, Any]:
    return {
        "id": row.highlight_id, "label": row.label, "quote": row.exact,
        "annotation": row.annotation, "paragraph": row.paragraph, "anchored": row.anchored,
        "start": span[0], "end": span[1],
    }  # fmt: skip


def cmd_note_set(args: argparse.Namespace, open_store: OpenStore) -> int:
    body = Path(args.file).read_text(encoding="utf-8") if args.file else args.text
    with open_store(args) as store:
        if store.sources.get(args.source) is None:
            raise CommandError(f"no source #{args.source}")
        store.notes.set(args.source, body)
    print(f"note of source #{args.source} set ({len(body)} characters)")
    return 0


def cmd_tag(args: argparse.Namespace, open_store: OpenStore) -> int:
    with open_store(args) as store:
        if store.sources.get(args.source) is None:
            raise CommandError(f"no source #{args.source}")
        try:
            if args.action == "add":
                store.tags.add([args.source], args.tag)
            else:
                store.tags.remove([args.source], args.tag)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        tags = store.sources.get(args.source).tags  # type: ignore[union-attr]
    print(f"source #{args.source}: {', '.join(tags) if tags else 'no tags'}")
    return 0


# -- the parser -------------------------------------------------------------------------------


def add_export_commands(commands: Any, open_store: OpenStore) -> None:
    """Hang export, highlight, note, tag and briefing on the `briefing` command's subparsers."""

    def bind(func: Callable[[argparse.Namespace, OpenStore], int]) -> Callable[..., int]:
        def run(args: argparse.Namespace) -> int:
            try:
                return func(args, open_store)
            except CommandError as exc:
                print(f"briefing: {exc}", file=sys.stderr)
                return 1

        return run

    _add_export(commands, bind)
    _add_highlight(commands, bind)
    p = commands.add_parser("note", help="set a source's summary note")
    sub = p.add_subparsers(dest="note_command", required=True, metavar="ACTION")
    p = sub.add_parser("set", help="replace the note with Markdown from a file or the command line")
    p.add_argument("source", type=int, metavar="SOURCE")
    body = p.add_mutually_exclusive_group(required=True)
    body.add_argument("--file", metavar="F", help="read the note from F (UTF-8)")
    body.add_argument("--text", metavar="T")
    p.set_defaults(func=bind(cmd_note_set))
    p = commands.add_parser("tag", help="add or remove a tag on a source")
    p.add_argument("action", choices=("add", "remove"))
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("tag", metavar="TAG")
    p.set_defaults(func=bind(cmd_tag))
    add_briefing_commands(commands, bind)


def _add_export(commands: Any, bind: Callable[..., Any]) -> None:
    p = commands.add_parser("export", help="export sources or a briefing as Markdown")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--source", type=int, action="append", metavar="ID",
                      help="this source (repeatable)")  # fmt: skip
    what.add_argument("--tag", metavar="T", help="every source tagged T")
    what.add_argument("--all", action="store_true", help="the whole library")
    what.add_argument("--briefing", metavar="NAME", help="a briefing, as one document")
    p.add_argument("--single-file", action="store_true", help="one combined file")
    p.add_argument("--force", action="store_true", help="overwrite files changed outside the app")
    p.add_argument("out", metavar="OUT", help="a folder (or a .md file for one document)")
    p.set_defaults(func=bind(cmd_export))


def _add_highlight(commands: Any, bind: Callable[..., Any]) -> None:
    group = commands.add_parser("highlight", help="add or list a source's highlights")
    sub = group.add_subparsers(dest="highlight_command", required=True, metavar="ACTION")
    p = sub.add_parser("add", help="highlight a quote of the source's reading text")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the exact words, found once")
    p.add_argument("--label", metavar="L", help="label key, name or digit (default: Key point)")
    p.add_argument("--note", metavar="N", help="an annotation")
    p.set_defaults(func=bind(cmd_highlight_add))
    p = sub.add_parser("list", help="list a source's highlights in document order")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=bind(cmd_highlight_list))
