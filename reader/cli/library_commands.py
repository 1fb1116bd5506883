"""`briefing import|list|show|inspect|check|search`: the library from a terminal.

Everything here calls the core; nothing imports Qt, so the command starts fast and works over
SSH and in scripts. The parsers, the importer and search are imported by the commands that use
them: loaded here, every `briefing` command (`--help`, `list`) paid their quarter of a second.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from reader import paths
from reader.cli import fit
from reader.cli.common import (
    SOURCE_ID,
    CommandError,
    counted,
    existing_tag,
    label_names,
    named_path,
    number,
    open_store,
    positive,
    ran_by,
)
from reader.cli.progress_bar import ProgressBar
from reader.cli.saved_commands import saved_ids
from reader.core.models import ImportResult, ImportStatus, Source, SourceSummary
from reader.core.store import (
    ORDERINGS,
    BackupError,
    Revision,
    Store,
    back_up,
    clean_tag,
    due,
    rebuild,
)


def cmd_import(args: argparse.Namespace) -> int:
    from reader.core import importer
    from reader.core.ingest import supported_suffixes

    try:  # before any file: an empty tag failed every file one by one
        tags = [clean_tag(tag) for tag in args.tag or ()]
    except ValueError as exc:
        print(f"briefing: --tag: {exc}", file=sys.stderr)
        return 2
    new = not paths.resolve(args.data_dir).db_path.exists()
    with open_store(args, create=True) as store:
        if new:  # a mistyped --data-dir starts one too: said, not silent
            print(f"briefing: a new library was started: {store.path}", file=sys.stderr)
        _daily_backup(store)  # before the import: the library as it was is the one worth keeping
        bar = ProgressBar()
        try:
            results = importer.import_paths(
                store, args.paths, tags=tags, progress=bar, workers=_workers(args.workers),
                update=args.update, on_phase=bar.phase,
            )
        except importer.ImportStopped as exc:
            bar.clear()
            if not exc.stored:
                raise  # nothing was changed: the one line every command gives
            _print_results(exc.results)
            print(f"briefing: the import stopped: the library {store.path} could not be written "
                  f"({exc}); the {exc.stored} file(s) stored before that are in it, "
                  "the rest were not imported", file=sys.stderr)  # fmt: skip
            return 2
        except importer.ImportInterrupted as exc:
            bar.clear()
            _print_results([r for r in exc.results if r.reason != importer.INTERRUPTED])
            print(f"\nbriefing: interrupted: the {exc.stored} file(s) stored are in the library, the "
                  "rest were not imported; the same import again finishes it", file=sys.stderr)  # fmt: skip
            return 130
        bar.clear()
    _print_results(results)
    if not results:
        print("No article files found there (the importer reads "
              f"{', '.join(supported_suffixes())} files).", file=sys.stderr)  # fmt: skip
        return 0
    counts = {status: sum(r.status is status for r in results) for status in ImportStatus}
    versions = (f"{counts[ImportStatus.NEWER_VERSION]} newer version, " if counts[ImportStatus.NEWER_VERSION]
                else "") + (f"{counts[ImportStatus.UPDATED]} updated, " if counts[ImportStatus.UPDATED] else "")
    print(
        f"{counts[ImportStatus.IMPORTED]} imported, {counts[ImportStatus.DUPLICATE]} duplicate, "
        f"{versions}{counts[ImportStatus.ERROR]} failed",
        file=sys.stderr,
    )
    return 1 if counts[ImportStatus.ERROR] else 0


def _workers(asked: int | None) -> int | None:
    """At most one parsing process per core: parsing is CPU work, and `--workers 100000`
    started processes until the machine stalled."""
    return min(asked, os.cpu_count() or 1) if asked else None


def _print_results(results: list[ImportResult]) -> None:
    """One line per file, `STATUS  PATH: detail` whatever the status, so the paths stand in
    one column: a duplicate's line put its path after the title of the source it duplicated."""
    for result in results:
        status, detail = _status(result)
        print(f"{status:<12} {result.path}" + (f": {detail}" if detail else ""))


def _status(result: ImportResult) -> tuple[str, str]:
    """The word a file's line starts with, and what follows its path (may be empty)."""
    kind = result.status
    if kind is ImportStatus.NEWER_VERSION:
        return "newer", f"a newer version of #{result.source_id} (use --update to apply)"
    if kind is ImportStatus.UPDATED:
        summary = f": {result.update.summary()}" if result.update is not None else ""
        return "updated", f"#{result.source_id}{summary}"
    if kind is ImportStatus.IMPORTED:
        similar = f"similar to #{result.similar_to}" if result.similar_to is not None else ""
        return "imported", similar
    return ("duplicate" if kind is ImportStatus.DUPLICATE else "error"), result.reason or ""


def _daily_backup(store: Store) -> None:
    """Today's verified backup, when the window has not made one (someone who only scripts)."""
    if store.path is None or store.read_only or not due(store.path):
        return
    try:
        back_up(store.db.conn, store.path)
    except BackupError as exc:
        print(f"briefing: warning: no backup made today: {exc}", file=sys.stderr)


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
        if args.saved is not None:
            try:
                summaries = store.sources.summaries(saved_ids(store, args.saved, args.sort))
            except CommandError as exc:
                print(f"briefing: {exc}", file=sys.stderr)
                return 1
        else:
            try:
                tag = None if args.tag is None else existing_tag(store, args.tag)
            except CommandError as exc:
                print(f"briefing: {exc}", file=sys.stderr)
                return 1
            summaries = store.sources.list(order=args.sort, tag=tag)
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
    return "No sources." + (f" Nothing is tagged “{args.tag}”." if args.tag else "")


def _source_text(
    source: Source, shown: int, revisions: int, similar: list[int], highlights: int, note: str
) -> str:
    """The source as `show` prints it, with what the user added: tags and a highlight count
    under the metadata, the summary note at the end (`note set` had no way to read it back)."""
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
        highlights = len(store.highlights.for_source(args.id))
        note = store.notes.get(args.id).body
        wanted = args.revision
        earlier = store.revisions.revision(args.id, wanted) if wanted is not None and wanted >= 1 else None
        binned = source is None and store.sources.exists(args.id)  # "no source" read as never there
    if source is None:
        print(f"briefing: no source #{args.id}" + (" (it was deleted: it is in the bin)" if binned
              else "; `briefing list` shows the sources and their numbers"), file=sys.stderr)  # fmt: skip
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
            "body": source.reading_text,
            "blocks": [b.to_json() for b in source.blocks],
            "story": story,
            "revisions": [_revision_json(r) for r in revisions],
            "similar_to": similar,
            "note": note,
        }
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        shown = wanted or len(revisions)
        print(_source_text(source, shown, len(revisions), similar, highlights, note))
    return 0


def _revision_json(revision: Revision) -> dict[str, object]:
    return {"number": revision.number, "title": revision.title, "site_name": revision.site_name,
            "byline": revision.byline, "agency": revision.agency, "published": revision.published,
            "url": revision.url, "file_name": revision.file_name,
            "imported_at": revision.imported_at, "replaced_at": revision.replaced_at,
            "current": revision.current}  # fmt: skip


def cmd_inspect(args: argparse.Namespace) -> int:
    """Parse files without storing them: how import quality is measured."""
    from reader.core.import_files import not_a_file
    from reader.core.ingest import IngestError, prepare_file

    status = 0
    for name in args.files:
        try:
            special = not_a_file(Path(name))
            if special:
                raise IngestError(special)
            article = prepare_file(Path(name)).article
        except IngestError as exc:
            status = 1
            if args.json:
                print(json.dumps({"file": name, "error": str(exc)}, ensure_ascii=False))
            else:
                print(f"{'error':<12} {name}: {exc}", file=sys.stderr)  # as import's line says it
            continue
        if args.json:
            print(json.dumps(article.inspect_json(), ensure_ascii=False))
        else:
            data = article.inspect_json()
            for key in ("title", "title_derived", "teaser", "byline", "published", "site_name", "agency",
                        "lang", "url"):
                print(f"{key:>14}: {data[key]}")
            print(f"\n{data['body']}\n\n--- set aside ---")
            print("\n".join(data["boilerplate"]))
    return status


def cmd_check(args: argparse.Namespace) -> int:
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


def cmd_search(args: argparse.Namespace) -> int:
    from reader.core import search

    query = " ".join(args.query)
    if not query.strip():  # the window lists everything then; "No matches." said none were there
        print("invalid search: nothing to search for (give words or filters)", file=sys.stderr)
        return 1
    names = label_names(args)  # `label:` takes the user's own names, as in the window
    with open_store(args) as store:
        try:
            for tag in search.tags_named(query, names):  # not "No matches.", as `list --tag`
                existing_tag(store, tag, "tag")
            results = search.search(store, query, limit=args.limit, label_names=names)
        except (search.InvalidSearch, CommandError) as exc:
            print(exc if isinstance(exc, search.InvalidSearch) else f"briefing: {exc}", file=sys.stderr)
            return 1
        # Only when nothing is found: with --limit, a full page says nothing of how many more.
        suggestion = search.suggest(store, query, 0, label_names=names) if not results else None
    if args.json:
        print(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=1))
    else:
        width = fit.columns()
        for r in results:
            print(fit.cut(f"{r.source_id:>6}  {r.where:<9}  {r.title}", width))
            print(fit.wrapped(r.snippet, 17, width))
        if not results:
            print("No matches.", file=sys.stderr)
    if suggestion is not None:  # on stderr, so what a script reads from stdout stays the results
        print(f"Did you mean: {suggestion.text}", file=sys.stderr)
    return 0


def _add_search_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = commands.add_parser("search", help="search articles, highlights and notes")
    p.add_argument("query", nargs="+", metavar="QUERY", help='words, "a phrase", prefix*, OR, '
                   "-word, tag:, outlet:, author:, agency:, label:, in:, before:, after:")  # fmt: skip
    p.add_argument("--limit", type=positive, default=20, metavar="N", help="at most N results (20)")
    p.add_argument("--json", action="store_true", help="print JSON, best match first")
    p.set_defaults(func=cmd_search)


def add_library_commands(commands: Any) -> None:
    """Hang import, list, show, inspect, check and search on the `briefing` command."""
    p = commands.add_parser("import", help="import article files and folders")
    p.add_argument("paths", nargs="+", type=named_path, metavar="PATH", help="an article file or a folder of them (read with its subfolders)")
    p.add_argument("--tag", action="append", metavar="T", help="tag every imported source (repeatable)")
    p.add_argument("--workers", type=positive, default=None, metavar="N", help="parser processes (default: all cores)")
    p.add_argument("--update", action="store_true", help="apply newer versions of sources in the "
                   "library (earlier text kept as a revision, highlights moved with their words)")  # fmt: skip
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("list", help="list sources")
    narrow = p.add_mutually_exclusive_group()
    narrow.add_argument("--tag", metavar="T", help="only sources tagged T")
    narrow.add_argument("--saved", metavar="NAME", help="the sources the saved search NAME finds")
    p.add_argument("--sort", choices=sorted(ORDERINGS), default="published",
                   help="newest published (default), newest imported, or title A–Z")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    p = commands.add_parser("show", help="show one source's metadata and reading text")
    p.add_argument("id", type=number, metavar="ID", help=SOURCE_ID)
    p.add_argument("--json", action="store_true", help="print JSON (with all blocks)")
    p.add_argument("--revision", type=number, metavar="N", help="show earlier revision N (1 = first import)")
    p.set_defaults(func=cmd_show)

    p = commands.add_parser("inspect", help="parse files without importing them")
    p.add_argument("files", nargs="+", type=named_path, metavar="FILE", help="an article file (.txt, .html, .mhtml, .md …)")
    p.add_argument("--json", action="store_true", help="one JSON object per file and line")
    p.set_defaults(func=cmd_inspect)

    p = commands.add_parser("check", help="check the library's integrity")
    p.add_argument("--rebuild-index", action="store_true", help="rebuild the search index")
    p.set_defaults(func=cmd_check)
    _add_search_command(commands)
