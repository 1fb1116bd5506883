"""`briefing note set` and `note show`: a source's summary note from the command line, a file or
a pipe, and back out as the Markdown it is (`note show 3 > notiz.md`; `show 3` prints it under
the article). A new user's slips there are answered as the other commands answer them: a title
where the source's number goes says where the number is seen (`source_number`), a wrong number
is `no_source`'s line, and `note set 3` without the note says the two ways to give it, with an
example (argparse said only "one of the arguments --file --text is required").

Where the note comes from is read the way most commands read a file: `-` is standard input
(`pandoc … | briefing note set 3 --file -`), and so are `/dev/stdin`, a named pipe and a shell's
process substitution (`--file <(pandoc …)`), which were refused as "not a regular file". A pipe
is read once, to its end, as `-` is; at most NOTE_LIMIT bytes, so that a device that never ends
(`/dev/zero`) is refused instead of read for ever. Nothing read, or text that is not UTF-8, is
refused, and the note is left as it was.
"""

from __future__ import annotations

import argparse
import json
import stat
import sys
from pathlib import Path
from typing import Any, BinaryIO

from reader.cli.common import (
    SOURCE_ID,
    CommandError,
    OpenStore,
    bind,
    counted,
    named_path,
    no_source,
    shell_word,
    usage_checked,
    words_left,
    wrap_usage,
)
from reader.cli.story_numbers import source_number
from reader.core.ingest import sniff_binary

# The most a note is read from (10 MB): a note is a page or two of Markdown.
NOTE_LIMIT = 10 * 1024 * 1024


def note_text(name: str) -> str:
    """The text of the note `--file` names, or a CommandError naming what is wrong with it (a
    file in another encoding gave a UnicodeDecodeError traceback). A file named "-" is still
    read by its path: `./-`."""
    from reader.core.import_files import not_a_file  # with the parsers: not for every command
    from reader.core.ingest import why_unreadable

    if name == "-":
        if sys.stdin is None:
            raise CommandError("--file -: there is no standard input to read the note from")
        return _read(sys.stdin.buffer, "--file -: standard input")
    path = Path(name).expanduser()
    special = not_a_file(path) if not _a_stream(path) else None
    if special:
        raise CommandError(f"{path}: {special}")
    try:
        with path.open("rb") as stream:
            return _read(stream, str(path))
    except OSError as exc:
        raise CommandError(f"{path}: {why_unreadable(exc)}") from None


def _a_stream(path: Path) -> bool:
    """A pipe or a terminal (a named pipe, `<(…)`, `/dev/stdin` on either, `/dev/tty`) or
    another character device: read as `-` reads standard input. A socket is not."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _read(stream: BinaryIO, named: str) -> str:
    """A note's text from `stream`: a file, a pipe or a terminal. Nothing at all is refused,
    not taken as an empty note: a command before the pipe that failed prints nothing, and that
    cleared the note it meant to replace (`--text ""` clears one on purpose). At a terminal,
    how to end the text is said first."""
    if stream.isatty():
        print("Type the note, then Ctrl+D on a line of its own (Ctrl+Z, Enter on Windows):", file=sys.stderr)
    data = stream.read(NOTE_LIMIT + 1)
    kept = "the note was left as it was"
    if not data:
        raise CommandError(f"{named} was empty, and {kept} (`--text \"\"` clears it)")
    if len(data) > NOTE_LIMIT:
        raise CommandError(f"{named} holds more than {NOTE_LIMIT // 1024 // 1024} MB, too much for a note; {kept}")
    binary = sniff_binary(data)  # a PDF was "not UTF-8 text; save it as UTF-8", as if it were text
    if binary:
        raise CommandError(f"{named} is not a text file ({binary}), as `briefing import` says it; {kept}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(f"{named} is not UTF-8 text; save it as UTF-8 and try again ({kept})") from None


def cmd_note_set(args: argparse.Namespace, open_store: OpenStore) -> int:
    body = note_text(args.file) if args.file else args.text
    with open_store(args) as store:
        if store.sources.get(args.source) is None:
            raise no_source(store, [args.source])
        store.notes.set(args.source, body)
    # A note of white space alone is no note (the window shows no ✎, `list` no has_note).
    said = f"set ({counted(len(body), 'character')})" if body.strip() else "cleared"
    print(f"note of source #{args.source} {said}")
    return 0


def cmd_note_show(args: argparse.Namespace, open_store: OpenStore) -> int:
    """The note's Markdown alone, as `note set --file` takes it back; none is said on stderr,
    with how to write one (exit status 0: nothing found is no failure). `--json` gives it with
    when it was written, as every other show and list command has a `--json` (`note show 3
    --json` was "unrecognized arguments"); `note` and `has_note` mean what they do in `show
    ID --json`."""
    with open_store(args) as store:
        if store.sources.get(args.source) is None:
            raise no_source(store, [args.source])
        note = store.notes.get(args.source)
    body = note.body
    if args.json:
        data = {"source_id": args.source, "has_note": bool(body.strip()), "note": body, "updated_at": note.updated_at}
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    if not body.strip():
        print(f"source #{args.source} has no note yet; `briefing note set {args.source} --text …` "
              "writes one", file=sys.stderr)  # fmt: skip
        return 0
    sys.stdout.write(body if body.endswith("\n") else body + "\n")
    return 0


def _note_given(args: argparse.Namespace) -> None:
    """ValueError, for `usage_checked`, when `note set` was given no note (`--text ""` is one:
    the empty note that clears it)."""
    if args.file is None and args.text is None:
        raise ValueError(f"say what the note is: --text T (Markdown) or --file F (- reads standard input), e.g. "
                         f"briefing note set {args.source} --text \"Kernpunkt: Chips aus Japan\"")  # fmt: skip


def _note_as_a_word(parsed: argparse.Namespace, extras: list[str], typed: list[str]) -> str | None:
    """`note set 3 Kernpunkt`: the note typed after the number, without --text (or `--text
    Kernpunkt: Chips`, unquoted); argparse said "unrecognized arguments: Kernpunkt". A file's
    name there (`note set 3 notiz.md`) goes after --file: it was offered as the note's text.
    None for other words left over."""
    if parsed.file is not None:
        return None
    if parsed.text is None and len(extras) == 1 and Path(extras[0]).expanduser().is_file():  # `note set 3 notiz.md`
        return f"a note from a file goes after --file: briefing note set {parsed.source} --file {shell_word(extras[0])}"
    return words_left("note", "--text", f"briefing note set {parsed.source}", parsed.text, extras, typed)


def add_note_command(commands: Any, opener: OpenStore) -> None:
    """Hang `note set` and `note show` on the `briefing` command's subparsers."""
    p = commands.add_parser("note", help="set or show a source's summary note")
    sub = p.add_subparsers(dest="note_command", required=True, metavar="ACTION")
    p = sub.add_parser("set", help="replace the note with Markdown from a file or the command line")
    p.add_argument("source", type=source_number, metavar="SOURCE", help=SOURCE_ID)
    body = p.add_mutually_exclusive_group()
    body.add_argument("--file", type=named_path, metavar="F", help="read the note from F (UTF-8); - or /dev/stdin "
                      "reads standard input, and a pipe such as <(pandoc …) is read too")  # fmt: skip
    body.add_argument("--text", metavar="T", help="the note itself (Markdown)")
    wrap_usage(p, "[-h] (--file F | --text T) SOURCE")  # one of them, said by `_note_given`
    p.set_defaults(func=usage_checked(p, _note_given, bind(cmd_note_set, opener)), explain_extra_words=_note_as_a_word)
    p = sub.add_parser("show", help="print the note's Markdown (`briefing show` prints it under the article)")
    p.add_argument("source", type=source_number, metavar="SOURCE", help=SOURCE_ID)
    p.add_argument("--json", action="store_true", help="print JSON: the note with when it was written")
    p.set_defaults(func=bind(cmd_note_show, opener))
