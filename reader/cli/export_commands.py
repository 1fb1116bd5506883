"""The `briefing` subcommands for annotating and exporting: export, highlight, note, tag, briefing.

They make everything the export needs scriptable and testable without the window: highlight a
quote, write a note, tag a source, assemble a briefing, and export. Each command is a small
function over the core; `add_export_commands` hangs them on the main parser. The exporters
are imported by the command itself, not by every `briefing` command that builds the parser.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.briefing_commands import find_briefing
from reader.cli.common import (
    LANGUAGE_HELP,
    LANGUAGES,
    CommandError,
    OpenStore,
    a_name,
    as_number,
    bind,
    counted,
    existing_tag,
    export_language,
    label_names,
    language_code,
    named_path,
    no_source,
    refuse_missing_folder,
    shell_word,
    usage_checked,
    wrap_usage,
)
from reader.cli.saved_commands import saved_scope
from reader.cli.story_numbers import source_number
from reader.core.store import Store

if TYPE_CHECKING:
    from reader.core.export import ExportReport


# What names a file, not a folder, when OUT is not a folder already: `--single-file all.txt`
# had made a folder "all.txt" with Library.md in it, and one file per source into `notes.md`
# a folder "notes.md".
_FILE_SUFFIXES = (".md", ".markdown", ".txt", ".text")


def _export_target(out: str, single: bool) -> tuple[Path, str | None]:
    """OUT is a folder, or for a single document a file (folder + file name): a path ending in
    .md (or another text file's ending) that is no folder already.

    A new folder is made only in one that exists: `export --all ~/Vualt/Reading` made both
    folders, mistyped, and wrote into them."""
    path = Path(out).expanduser()
    names_file = path.suffix.lower() in _FILE_SUFFIXES and not path.is_dir()
    if single and names_file:
        refuse_missing_folder(path, "the document's file goes into a folder that exists")
        return path.parent, path.name
    if names_file:
        raise CommandError(f"{path} names a file, but one file per source goes into a folder: "
                           "give a folder, or add --single-file for one combined file")  # fmt: skip
    refuse_missing_folder(path, "OUT may be a new folder, but in one that exists")
    return path, None


def _refuse_a_number_for_out(out: str, sources: list[int]) -> None:
    """`export --source 3 7`, meant as sources 3 and 7, exported source 3 into a new folder "7"
    in the current folder: an OUT that is a number and no folder there is refused."""
    if as_number(out) is not None and not Path(out).exists():
        raise CommandError(f"OUT, the folder to export into, is “{out}”, a number: each source takes its own "
                           f"--source (briefing export --source {sources[-1]} --source {out} OUT); for a folder "
                           f"called “{out}”, write ./{out}")  # fmt: skip


def _sources_in_a_row(parsed: argparse.Namespace, extras: list[str], _typed: list[str]) -> str | None:
    """What `export --source 3 7 ~/Vault` meant, said with the way that works: argparse took 7
    for OUT and answered only "unrecognized arguments: /home/…/Vault". None for other words."""
    if not parsed.source or as_number(parsed.out) is None or extras[-1].startswith("-"):
        return None
    *more, out = extras
    if not all(as_number(word) is not None for word in more):
        return None
    if as_number(out) is not None:  # `--source 3 7 8`: numbers alone, no folder
        more, out = [*more, out], "OUT"
    ids = [*map(str, parsed.source), parsed.out, *more]
    flags = "".join(f" --{name.replace('_', '-')}" for name in ("single_file", "force") if getattr(parsed, name))
    return ("each source takes its own --source: briefing export " + " ".join(f"--source {i}" for i in ids)
            + flags + " " + (out if out == "OUT" else shell_word(out)))


def _one_source(text: str) -> int:
    """An argparse type for `--source`: a source's number. Several in one word (`--source 3,7`)
    got "not a number: '3,7'", which did not say how to name several."""
    try:
        return source_number(text)
    except argparse.ArgumentTypeError:
        parts = [part for part in re.split(r"[,;\s]+", text) if part]
        if parts != [text] and parts and all(as_number(part) is not None for part in parts):  # `--source 3, 7` brings "3," alone
            raise argparse.ArgumentTypeError(f"{text!r}: each source takes its own --source, with its number alone ("
                                             + " ".join(f"--source {part}" for part in parts) + ")") from None  # fmt: skip
        raise


def _one_document(args: argparse.Namespace) -> None:
    """ValueError, for `usage_checked`, for `--briefing` with `--single-file`: a briefing is one
    document whatever is asked, and the option was passed over without a word, so a user took it
    to have changed something. And for nothing chosen to export, said with an example: argparse's
    "one of the arguments --source --tag --saved --all --briefing is required" did not say which
    one a new user wanted."""
    if not (args.source or args.tag or args.saved or args.all or args.briefing):
        raise ValueError(f"say what to export: --all (the whole library), --source ID, --tag T, --saved NAME or "
                         f"--briefing NAME, e.g. briefing export --tag Japan {shell_word(args.out)}")  # fmt: skip
    if args.briefing and args.single_file:
        raise ValueError("--single-file is for --source, --tag, --saved and --all: a briefing is always "
                         "exported as one file; leave --single-file out")  # fmt: skip


def _run_export(store: Store, args: argparse.Namespace) -> ExportReport:
    from reader.core.export import export_briefing, export_combined, export_sources, scope_title

    names = label_names(args)
    language = export_language(args)
    if args.briefing:
        briefing = find_briefing(store, args.briefing)
        if not briefing.item_count:  # it wrote a file of its title alone and exited 0
            raise CommandError(f"briefing “{briefing.name}” has nothing in it yet, so nothing was written; add passages "
                               f"with `briefing briefing add {shell_word(briefing.name)} --highlight ID` "
                               "(or --heading TEXT, --text MD)")  # fmt: skip
        folder, file_name = _export_target(args.out, True)
        return export_briefing(
            store, briefing.id, folder, overwrite=args.force, file_name=file_name, language=language
        )
    if args.source:
        _refuse_a_number_for_out(args.out, args.source)
        ids, title = list(dict.fromkeys(args.source)), scope_title(False, language)
        live = set(store.sources.ids())
        missing = [i for i in ids if i not in live]
        if missing:
            raise no_source(store, missing)
    elif args.saved:
        saved, ids = saved_scope(store, args.saved)
        title = saved.name
        if not ids:
            raise CommandError(f"the saved search “{title}” finds no source")
    elif args.tag:
        # The tag as the library spells it: `--tag japan` titled the combined file "# japan".
        title = existing_tag(store, args.tag)
        ids = store.sources.ids(tag=title)
        if not ids:
            raise CommandError(f"no source is tagged “{title}”")
    else:
        ids, title = store.sources.ids(), scope_title(True, language)
        if not ids:  # exported nothing and said nothing, exit status 0, as if it had worked
            raise CommandError("the library has no sources yet, so nothing was written (`briefing import FILE…` "
                               "adds some)")  # fmt: skip
    if args.single_file:
        folder, file_name = _export_target(args.out, True)
        return export_combined(store, ids, folder, title, overwrite=args.force,
                               label_names=names, file_name=file_name, language=language)  # fmt: skip
    folder, _ = _export_target(args.out, False)
    return export_sources(store, ids, folder, overwrite=args.force, label_names=names,
                          language=language)  # fmt: skip


def cmd_export(args: argparse.Namespace, open_store: OpenStore) -> int:
    from reader.core.export import ExportWriteError

    with open_store(args) as store:
        try:
            report = _run_export(store, args)
        except ExportWriteError as exc:
            _print_files(exc.report)
            before = len(exc.report.written)
            done = (f"; the {counted(before, 'file')} listed {'was' if before == 1 else 'were'} written before it"
                    if before else "; nothing was written")  # fmt: skip
            raise CommandError(f"export stopped: {exc}{done}") from None
        except KeyboardInterrupt:  # "interrupted" alone left the user to wonder what the folder holds
            print("\nbriefing: interrupted: each file written before it is whole (a file is put in place only "
                  "once written in full); the same export again finishes it", file=sys.stderr)  # fmt: skip
            return 130
    _print_files(report)
    if report.conflicts:  # the error's one "briefing: " line says it, last
        one = len(report.conflicts) == 1
        print(f"briefing: {len(report.conflicts)} file{'' if one else 's'} not overwritten; use --force to overwrite "
              f"{'it (its' if one else 'them (each one’s'} version as it is now is kept beside it as a .bak file)",
              file=sys.stderr)  # fmt: skip
        return 1
    _summarise(report)
    return 0


def _summarise(report: ExportReport) -> None:
    """The last line, on stderr as `import`'s: how many files and where. A whole library's
    export listed 2,000 paths and ended on the last of them, saying neither."""
    if not report.paths:
        return
    folder = report.paths[0].parent
    parts = [f"{counted(len(report.written), 'file')} written", f"{len(report.unchanged)} unchanged"]
    if report.kept:
        parts.append(f"{len(report.kept)} kept as .bak")
    print(f"{', '.join(parts)}; the files are in {folder}", file=sys.stderr)


def _print_files(report: ExportReport) -> None:
    for path in report.written:
        print(f"written      {path}")
    for path in report.unchanged:
        print(f"unchanged    {path}")
    for kept in report.kept:
        print(f"kept         {kept.copy}: your version, as it was before this export overwrote it")
    for conflict in report.conflicts:
        print(f"conflict     {conflict.path}: {conflict.reason}", file=sys.stderr)


def add_export_commands(commands: Any, opener: OpenStore) -> None:
    """`briefing export`: sources, a tag, the library or a briefing as Markdown."""
    p = commands.add_parser("export", help="export sources or a briefing as Markdown")
    wrap_usage(p, "[-h] (--source ID | --tag T | --saved NAME | --all |",
               "--briefing NAME) [--single-file] [--force] [--language L]", "OUT")  # fmt: skip
    what = p.add_mutually_exclusive_group()  # one is needed: said by `_one_document`
    what.add_argument("--source", type=_one_source, action="append", metavar="ID",
                      help="this source (repeatable)")  # fmt: skip
    what.add_argument("--tag", type=a_name, metavar="T", help="every source tagged T")
    what.add_argument("--saved", type=a_name, metavar="NAME", help="the sources the saved search NAME finds")
    what.add_argument("--all", action="store_true", help="the whole library")
    what.add_argument("--briefing", type=a_name, metavar="NAME", help="a briefing, as one document")
    p.add_argument("--single-file", action="store_true",
                   help="one combined file (not with --briefing: a briefing is always one file)")
    p.add_argument("--force", action="store_true",
                   help="overwrite files changed outside the app, keeping each one's version as a .bak beside it")
    p.add_argument("--language", type=language_code, choices=LANGUAGES, metavar="L", help=LANGUAGE_HELP)
    p.add_argument("out", type=named_path, metavar="OUT", help="a folder (or a .md file for one document)")
    p.set_defaults(func=usage_checked(p, _one_document, bind(cmd_export, opener)),
                   explain_extra_words=_sources_in_a_row)  # fmt: skip
