"""The `briefing` command's parser and entry point: one sub-command group per module.

`import_commands` (import, inspect), `source_commands` (list, show), `search_commands` (search),
`safety` (check, backup, backups, restore), `export_commands` (export), `annotation_commands`
(highlight; with `note_commands`' note and `tag_commands`' tag), `briefing_commands`, `story_commands` (stories, story), `entity_commands`
`saved_commands` and `bin_commands` each hang their commands on the parser built here; `main` turns the errors
every command may meet into one line and an exit status.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from reader import __version__, paths
from reader.cli.annotation_commands import add_annotation_commands
from reader.cli.backup_words import missing_advice, restore_advice
from reader.cli.bin_commands import add_bin_commands
from reader.cli.briefing_commands import add_briefing_commands
from reader.cli.common import (
    BUSY,
    LibraryMissingError,
    NoLibraryError,
    after_story,
    as_number,
    named_path,
    open_store,
)
from reader.cli.entity_commands import add_entity_commands
from reader.cli.export_commands import add_export_commands
from reader.cli.help_examples import epilog, first_example
from reader.cli.import_commands import add_import_command, add_inspect_command
from reader.cli.safety import add_check_command, add_safety_commands
from reader.cli.saved_commands import add_saved_commands
from reader.cli.search_commands import add_search_command
from reader.cli.source_commands import add_source_commands
from reader.cli.story_commands import add_story_commands
from reader.core.store import LibraryDamagedError, StoreTooNewError, library_busy

# `briefing search`'s own options; every other word after `search`, even `-China`, is query.
# `--data-dir` there is the global option put after the command: refused as it is elsewhere,
# not searched for (in the default library, which it then made).
_SEARCH_OPTIONS = {"--limit": True, "--json": False, "-h": False, "--help": False, "--data-dir": True}




class _Parser(argparse.ArgumentParser):
    """argparse's parser (every sub-command's too), answering a new user's slips in the command
    they were made in. An unknown option (`list --tgs`) or `--data-dir` after the command was
    reported by the top-level parser, with its usage and not a word of the command's options;
    a mistyped command or choice (`serach`) got the list of choices without the near one.
    A command may read words left over its own way (its default `explain_extra_words`, given
    the parsed arguments, the words left and all its words in order, returns what to say or None)."""

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        parsed, extras = super().parse_known_args(args, namespace)
        if any(word.split("=", 1)[0] == "--data-dir" for word in extras):
            command = self.prog.removeprefix("briefing").strip() or "COMMAND"
            self.error(f"--data-dir goes before the command: briefing --data-dir DIR {command} …")
        explain = getattr(parsed, "explain_extra_words", None)  # a command's own reading of them
        typed = list(sys.argv[1:] if args is None else args)  # the command's words, in order
        said = explain(parsed, extras, typed) if extras and explain is not None else None
        if said:
            self.error(said)
        if extras:
            near = self._near_option(extras[0].split("=", 1)[0])
            self.error(f"unrecognized arguments: {' '.join(extras)}" + (f" (did you mean {near}?)" if near else ""))
        return parsed, extras

    def _near_option(self, typed: str) -> str | None:
        """The option `typed` is a slip of ("--jsn": "--json"), compared without the dashes:
        with them, every two options shared "--", and `list --since` was asked "did you mean
        --json?"."""
        options = {option.lstrip("-"): option for option in self._option_string_actions if option.startswith("--")}
        near = difflib.get_close_matches(typed.lstrip("-"), list(options), 1)
        return options[near[0]] if near else None

    def format_help(self) -> str:
        """argparse's help, then the command's examples (and, for `briefing` itself, the exit
        statuses): see `reader.cli.help_examples`."""
        extra = epilog(self.prog.removeprefix("briefing").strip())
        return super().format_help() + ("\n" + extra if extra else "")

    def error(self, message: str) -> NoReturn:
        missing = re.fullmatch(r"the following arguments are required: (COMMAND|ACTION)", message)
        if missing:  # `briefing` alone said a COMMAND is required, and named none of them
            self.print_help(sys.stderr)
            self.exit(2, f"\n{self.prog}: error: name a{'n' if missing[1] == 'ACTION' else ''} "
                         f"{missing[1]}: one of those listed above\n")  # fmt: skip
        if re.fullmatch(r"the following arguments are required: .*|one of the arguments .* is required", message):
            example = first_example(self.prog.removeprefix("briefing").strip())  # `show` alone said only "ID"
            message += f"; e.g. {example}" if example else ""
        typed = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)$", message)
        if typed:
            choices = re.findall(r"'([^']*)'", typed[2])
            near = difflib.get_close_matches(typed[1], choices, 1)
            # a number's hint instead of the near word: `story:3` was asked "did you mean 'story'?"
            where, word = message.split(":", 1)[0], typed[1].strip()
            hint = _number_first(self.prog, where, word, choices) or _word_meant(self.prog, where, word)
            message += hint or (f"; did you mean '{near[0]}'?" if near else "")
        super().error(message)


def _number_first(prog: str, where: str, word: str, choices: list[str]) -> str:
    """The hint for a number typed where a command or an action goes. Before a group's action
    (`note 3`, `highlight 12`) the action comes first; at the top (`briefing 3`, `briefing
    story:3`) the number is a source's or a story's to show, and "the action comes first" with
    every command's name was no answer."""
    story = after_story(word)
    if where == "argument COMMAND" and as_number(word) is not None:
        return f"; a source is shown by its number: {prog} show {word}"
    if where == "argument COMMAND" and story is not None and as_number(story) is not None:
        return f"; a story is shown by its number: {prog} story show {word}"
    if where == "argument ACTION" and as_number(word) is not None:
        return f"; the action comes first: {prog} {'|'.join(choices)} {word} …"
    return ""


# A command a new user types for what the options do, or in German (the users' language):
# `suche` was asked "did you mean 'check'?", `help` and `version` were listed the commands.
_MEANT = {"help": "--help", "hilfe": "--help", "version": "--version", "importieren": "import",
          "liste": "list", "auflisten": "list", "zeige": "show", "zeigen": "show", "anzeigen": "show",
          "prüfen": "check", "pruefen": "check", "suche": "search", "suchen": "search", "sichern": "backup",
          "sicherung": "backup", "sicherungen": "backups", "wiederherstellen": "restore",
          "exportieren": "export", "markieren": "highlight", "markierung": "highlight",
          "markierungen": "highlight", "notiz": "note", "schlagwort": "tag", "schlagwörter": "tag",
          "gespeichert": "saved", "namen": "entities"}  # fmt: skip


def _word_meant(prog: str, where: str, word: str) -> str:
    """The hint for a command typed as an option's word or in German (`_MEANT`), else ""."""
    meant = _MEANT.get(word.casefold()) if where == "argument COMMAND" else None
    if meant is None:
        return ""
    if meant.startswith("--"):
        return f"; `{prog} {meant}` {'lists the commands' if meant == '--help' else 'prints it'}"
    return f"; the commands are English words: `{prog} {meant} …`"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="briefing", description="Briefing Reader's library from the command line.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", type=named_path, metavar="DIR", help=f"keep the library in DIR (default: ${paths.ENV_HOME} "
        "or the platform's data folder); only `import` starts a new library in a folder given here"
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    add_import_command(commands)  # in the order `briefing --help` has always listed them
    add_source_commands(commands)
    add_inspect_command(commands)
    add_check_command(commands)
    add_search_command(commands)
    add_safety_commands(commands)
    add_export_commands(commands, open_store)
    add_annotation_commands(commands, open_store)
    add_briefing_commands(commands, open_store)
    add_story_commands(commands, open_store)
    add_entity_commands(commands, open_store)
    add_saved_commands(commands, open_store)
    add_bin_commands(commands, open_store)
    _describe(parser)
    return parser


def _describe(parser: argparse.ArgumentParser) -> None:
    """Give every sub-command's own --help the line the list of commands shows for it:
    `briefing backups --help` printed a bare usage line, and `briefing tag add --help` never
    said what the command does."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help for choice in action._choices_actions}
        for name, sub in action.choices.items():
            said = helps.get(name)
            if sub.description is None and said:
                sub.description = f"{said[:1].upper()}{said[1:]}."
            _describe(sub)


def query_words_last(argv: Sequence[str]) -> list[str]:
    """`search -China Japan --limit 5` → `search --limit 5 -- -China Japan`.

    argparse takes `-China` for an unknown option; the README's query syntax needs it to be a
    word. So after `search` the command's own options go first and the rest follows `--`.
    """
    argv = list(argv)
    at = 0
    while at < len(argv) and argv[at].startswith("-"):
        at += 2 if argv[at] == "--data-dir" else 1  # the one global option with a value
    if at >= len(argv) or argv[at] != "search":
        return argv
    options: list[str] = []
    words: list[str] = []
    rest = iter(argv[at + 1 :])
    for word in rest:
        name = word.split("=", 1)[0]
        if word == "--":
            words += list(rest)
        elif name in _SEARCH_OPTIONS:
            options.append(word)
            if _SEARCH_OPTIONS[name] and "=" not in word:
                options.append(next(rest, ""))
        else:
            words.append(word)
    return [*argv[: at + 1], *options, "--", *words]


def _disk_full(library: Path) -> bool:
    """Less than a megabyte free where the library is: the likely cause of an I/O error."""
    try:
        return shutil.disk_usage(library.parent).free < 1_048_576
    except OSError:
        return False


def _not_utf8(word: str) -> bool:
    try:
        word.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """Run `briefing` with `argv` (the command line's words by default); its exit status.

    Ctrl-C is one line and exit status 130 wherever it lands: while the parser is built or
    the words are read as much as in the command (it gave a traceback there), and while an
    error is being said. A command that has something to add (what an import or an export
    kept) catches it first."""
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:
        print("\nbriefing: interrupted", file=sys.stderr)
        return 130


def _run(words: list[str]) -> int:
    args = build_parser().parse_args(query_words_last(words))
    try:
        return int(args.func(args))
    except UnicodeEncodeError:
        # Bytes a terminal in another encoding passed (Latin-1 `café`) reach Python as lone
        # surrogates, which no text in the library may hold: a traceback at the first insert.
        odd = [word for word in words if _not_utf8(word)]
        if not odd:
            raise
        print(f"briefing: {os.fsencode(odd[0])!r} is not UTF-8 text; set the terminal to UTF-8",
              file=sys.stderr)  # fmt: skip
        return 2
    except StoreTooNewError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2
    except LibraryMissingError as exc:
        print(f"briefing: {exc} {missing_advice(paths.resolve(args.data_dir).db_path)}", file=sys.stderr)
        return 2
    except NoLibraryError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2
    except LibraryDamagedError as exc:
        print(f"briefing: {exc} {restore_advice(paths.resolve(args.data_dir).db_path)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except sqlite3.DatabaseError as exc:  # not a library, damaged, or locked by another program
        where = paths.resolve(args.data_dir).db_path
        read_only = "readonly" in str(exc) or not paths.writable(where)
        why = ("it is read-only here" if read_only else BUSY if library_busy(exc)
               else f"{exc}: its disk is full" if _disk_full(where) else str(exc))  # fmt: skip
        print(f"briefing: the library {where} cannot be used ({why}); nothing was changed",
              file=sys.stderr)  # fmt: skip
        return 2
    except OSError as exc:  # a folder that cannot be created, a file that cannot be read …
        named = f" {exc.filename}" if exc.filename else ""
        # `--data-dir` naming a file said "File exists" (mkdir's words for it), or "Not a directory".
        why = ("it is a file, not a folder" if isinstance(exc, FileExistsError)
               else "a part of it is a file, not a folder" if isinstance(exc, NotADirectoryError)
               else exc.strerror or str(exc))  # fmt: skip
        print(f"briefing: cannot use{named}: {why}", file=sys.stderr)
        return 2
