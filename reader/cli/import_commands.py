"""`briefing import` and `briefing inspect`: article files into the library, or parsed to look at.

`import` reports each file on a line of its own and keeps a daily backup for someone who only
scripts; `inspect` parses without storing, which is how import quality is measured. The parsers
and the importer are imported by the commands themselves: loaded with the module, every
`briefing` command (`--help`, `list`) paid their quarter of a second.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader import paths
from reader.cli.common import BUSY, a_name, counted, named_path, open_store, positive
from reader.cli.ending import may_end_at_once
from reader.cli.progress_bar import ProgressBar
from reader.core.models import ImportResult, ImportStatus
from reader.core.store import LOCKED, BackupError, Store, clean_tag, daily_backup, library_busy

if TYPE_CHECKING:
    from reader.core.importer import ImportInterrupted


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
        backed_up = False

        def back_up_first() -> None:
            # Before the first file is stored (the library as it was is the one worth keeping),
            # while the workers parse the first files.
            nonlocal backed_up
            backed_up = _daily_backup(store)

        bar = ProgressBar()
        try:
            results = importer.import_paths(
                store, args.paths, tags=tags, progress=bar, workers=_workers(args.workers),
                update=args.update, on_phase=bar.phase, before_storing=back_up_first,
            )
        except importer.ImportStopped as exc:
            bar.clear()
            if not exc.stored:
                raise  # nothing was changed: the one line every command gives
            stopped = [_left_out(r) if n in exc.left_out else r for n, r in enumerate(exc.results)]
            _print_results(_worded(stopped), tags)
            why = BUSY if library_busy(exc) else str(exc)  # "(database is locked)" read like damage
            print(f"briefing: the import stopped: the library {store.path} could not be written "
                  f"({why}); what was stored before that is in it ({counted(exc.stored, 'file')}), "
                  "the rest was not imported" + _why_unwritten(stopped, store.path), file=sys.stderr)  # fmt: skip
            return 2
        except importer.ImportInterrupted as exc:
            bar.clear()
            reached = [r for r in exc.results if r.reason != importer.INTERRUPTED]
            _print_results(_worded(reached), tags)
            print("\nbriefing: " + _interrupted(exc) + _why_unwritten(reached, store.path), file=sys.stderr)
            return 130
        bar.clear()
        if not backed_up:  # a new library's first, once its first sources are in
            _daily_backup(store)
    may_end_at_once()  # the library is closed: nothing is left to write but the report below
    _print_results(_worded(results), tags)
    if not results:
        print("No article files found there (the importer reads "
              f"{', '.join(supported_suffixes())} files).", file=sys.stderr)  # fmt: skip
        return 0
    counts = {status: sum(r.status is status for r in results) for status in ImportStatus}
    versions = (f"{counts[ImportStatus.NEWER_VERSION]} newer version, " if counts[ImportStatus.NEWER_VERSION]
                else "") + (f"{counts[ImportStatus.UPDATED]} updated, " if counts[ImportStatus.UPDATED] else "")
    back = sum(r.from_bin is not None for r in results)  # as the window's summary counts them
    print(
        f"{counts[ImportStatus.IMPORTED]} imported" + (f" ({back} of them from the bin, with your work)" if back else "")
        + f", {counts[ImportStatus.DUPLICATE]} duplicate, "
        f"{versions}{counts[ImportStatus.ERROR]} failed" + _why_unwritten(results, store.path),
        file=sys.stderr,
    )
    return 1 if counts[ImportStatus.ERROR] else 0


def _workers(asked: int | None) -> int | None:
    """At most one parsing process per core: parsing is CPU work, and `--workers 100000`
    started processes until the machine stalled."""
    return min(asked, os.cpu_count() or 1) if asked else None


def _interrupted(exc: ImportInterrupted) -> str:
    """What Ctrl-C kept: the files stored before it, or all of them when it came while their
    same-event stories were being grouped, which `stories --regroup` then does."""
    if not exc.grouped:
        return (f"interrupted while grouping same-event stories, after the import: {counted(exc.stored, 'file')} "
                "stored, all in the library; `briefing stories --regroup` groups them")  # fmt: skip
    if not exc.stored:
        return "interrupted before any file was stored: nothing was imported"
    return (f"interrupted: what was stored before it is in the library ({counted(exc.stored, 'file')}), the "
            "rest was not imported; the same import again finishes it")  # fmt: skip


def _left_out(result: ImportResult) -> ImportResult:
    """A file the stopped import left out (`ImportStopped.left_out`), its line saying so in a
    user's words: each such line ended in SQLite's "(database is locked)", once per file, while
    the last line says why the library could not be written (another program writing to it, a
    full disk)."""
    return replace(result, reason=_STOPPED_BEFORE)


def _worded(results: list[ImportResult]) -> list[ImportResult]:
    """Each line of a file the library could not take as it was stored again on its own (its
    batch replayed after another file failed) in a user's words: why is said once, last. A
    stopped or interrupted import words them so too: it said "the import stopped before it"
    of them, or SQLite's "(database is locked)", though it had gone past them."""
    return [replace(r, reason=f"{_NOT_WRITTEN}; import it again") if _not_written(r) else r for r in results]


# A file's line when the library, not the file, failed as it was stored; why is said once, last.
_NOT_WRITTEN = "not stored: the library could not be written at the time"
# A file's line when the import stopped (disk full, library unusable) before storing it.
_STOPPED_BEFORE = "not stored: the import stopped before it"


def _not_written(result: ImportResult) -> bool:
    from reader.core.importer import NOT_STORED

    return result.reason is not None and result.reason.startswith(f"{NOT_STORED} (")


def _why_unwritten(results: list[ImportResult], library: Path | None) -> str:
    """The summary line's ending for files the library could not take while a batch was stored
    again one by one: each such line ended in SQLite's "(database is locked)"."""
    unwritten = [r for r in results if _not_written(r)]
    if not unwritten:
        return ""
    from reader.core.importer import NOT_STORED

    said = (unwritten[0].reason or "").removeprefix(f"{NOT_STORED} (").removesuffix(")")
    why = BUSY if LOCKED in said else said
    return f"; {counted(len(unwritten), 'file')} not stored: the library {library} could not be written ({why})"


def _print_results(results: list[ImportResult], tags: list[str]) -> None:
    """One line per file, `STATUS  PATH: detail` whatever the status, so the paths stand in
    one column: a duplicate's line put its path after the title of the source it duplicated."""
    for result in results:
        status, detail = _status(result, tags)
        print(f"{status:<12} {result.path}" + (f": {detail}" if detail else ""))


def _status(result: ImportResult, tags: list[str]) -> tuple[str, str]:
    """The word a file's line starts with, and what follows its path (may be empty). A
    duplicate (or a source updated) imported with `--tag` says the source was tagged: the import tags
    it (the user's "these are about Japan" holds for it too), and its line did not say so."""
    kind = result.status
    if kind is ImportStatus.NEWER_VERSION:
        return "newer", f"a newer version of #{result.source_id} (use --update to apply)"
    stored = tags and not (result.reason or "").startswith("not stored")  # not left out by a stopped import
    tagged = f" — tagged {', '.join(f'“{tag}”' for tag in tags)}" if stored else ""
    if kind is ImportStatus.UPDATED:  # tagged as well, as a duplicate is
        summary = f": {result.update.summary()}" if result.update is not None else ""
        return "updated", f"#{result.source_id}{summary}{tagged}"
    if kind is ImportStatus.IMPORTED and result.from_bin is not None:  # tagged as an update is
        return "imported", f"#{result.source_id} {result.from_bin.summary()}{tagged}"
    if kind is ImportStatus.IMPORTED:
        similar = f"similar to #{result.similar_to}" if result.similar_to is not None else ""
        return "imported", similar
    if kind is ImportStatus.DUPLICATE:
        return "duplicate", (result.reason or "") + tagged
    return "error", result.reason or ""


def _daily_backup(store: Store) -> bool:
    """Today's verified backup, when the window has not made one (someone who only scripts);
    whether one was made or tried (a failure is warned of). Asked before the first file is
    stored, so the library as it was is kept, and, when none was made then, after the import:
    `daily_backup` makes none of an empty library, so a new library's first backup holds its
    first sources. An OSError (an old backup that cannot be dropped) is warned of as the window
    does: it had stopped the import before its first file, as if the library could not be used."""
    if store.path is None or store.read_only:
        return False
    try:
        return daily_backup(store.db.conn, store.path) is not None
    except BackupError as exc:
        print(f"briefing: warning: no backup made today: {exc}", file=sys.stderr)
        return True
    except OSError as exc:
        named = f" ({exc.filename})" if exc.filename else ""
        print(f"briefing: warning: the day's backup failed: {exc.strerror or exc}{named}", file=sys.stderr)
        return True


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


def article_path(text: str) -> str:
    """An argparse type for a file or folder to import or inspect: a path (`named_path`), and
    not `-`, which other commands read as standard input: here it was "file not found", as if
    the user had mistyped a name. An article is a file (its name and kind are part of what is
    stored), so `-` is a usage slip, refused before anything is read; a file called "-" is
    named `./-` (or `-` when there is one)."""
    if text == "-" and not Path(text).exists():
        raise argparse.ArgumentTypeError("standard input (-) is not read here: save the article as a file "
                                         "(.txt, .html, .md …) and name that")  # fmt: skip
    return named_path(text)


def add_import_command(commands: Any) -> None:
    """Hang `import` on the `briefing` command."""
    p = commands.add_parser("import", help="import article files and folders")
    p.add_argument("paths", nargs="+", type=article_path, metavar="PATH", help="an article file or a folder of them (read with its subfolders)")
    p.add_argument("--tag", action="append", type=a_name, metavar="T", help="tag every imported source (repeatable)")
    p.add_argument("--workers", type=positive, default=None, metavar="N", help="how many files are parsed at once (default: one per core)")
    p.add_argument("--update", action="store_true", help="apply newer versions of sources in the "
                   "library (earlier text kept as a revision, highlights moved with their words)")  # fmt: skip
    p.set_defaults(func=cmd_import)


def add_inspect_command(commands: Any) -> None:
    """Hang `inspect` on the `briefing` command."""
    p = commands.add_parser("inspect", help="parse files without importing them")
    p.add_argument("files", nargs="+", type=article_path, metavar="FILE", help="an article file (.txt, .html, .mhtml, .md …)")
    p.add_argument("--json", action="store_true", help="one JSON object per file and line")
    p.set_defaults(func=cmd_inspect)
