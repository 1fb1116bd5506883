"""What every `briefing` sub-command shares: opening the library, the user's label names, how a
line names who ran a source, what a number and a name on the command line are (`as_number`,
`a_name`), and `CommandError`, a problem the user can fix, printed as one line with exit
status 1.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import paths
from reader.core.labels import label_names_in
from reader.core.models import credited
from reader.core.settings import TRANSLATED, Settings
from reader.core.store import Store, backups_dir, clean_tag, closest_tag
from reader.paths import missing_folder

OpenStore = Callable[[argparse.Namespace], Store]


# "database is locked" after the busy timeout: someone holds a write transaction that long.
BUSY = ("another program is writing to it and did not finish in time — the window, or another "
        "`briefing`; try again")  # fmt: skip

# What a SOURCE or ID argument is, in every command's --help.
SOURCE_ID = "a source's number (see `briefing list` or `briefing search`)"

# The largest integer SQLite stores: a larger id reached it as an OverflowError traceback.
LARGEST_ID = 2**63 - 1

# How a story's number is written, where it is printed and where it is taken (see story_numbers).
STORY = "story:"


def as_number(text: str) -> int | None:
    """The whole number a word on the command line is, or None when it is something else (a
    path, a title, a tag, `story:3`). Every command asks this one question the same way: the
    five places that asked it had drifted apart (`1_000` was the id 1000 to `show` and a name
    to `tag`; `+3` was a number to `tag` and a name to `entities`; 5,000 digits were a
    traceback in `briefing show`).

    A number is decimal digits with an optional sign, spaces around it ignored: "12", " 12",
    "012", "+3", "-3" (no id is negative, so it is then answered as a number no source has),
    and digits of any script, "１２" as an input method's full-width digits type 12. Nothing
    else is: "1e3", "12.txt", "1_000", "0x1F", "²", "1 2". Past 19 digits (and beyond int()'s
    4,300) it stands as one more than LARGEST_ID: past every id, which is all a command asks."""
    word = text.strip()
    sign, digits = (word[0], word[1:]) if word[:1] in ("+", "-") else ("", word)
    if not digits.isdecimal():
        return None
    plain = "".join(str(unicodedata.decimal(digit)) for digit in digits).lstrip("0") or "0"
    value = int(plain) if len(plain) <= len(str(LARGEST_ID)) else LARGEST_ID + 1
    return -value if sign == "-" else value


def after_story(word: str) -> str | None:
    """What follows `story:` (any case) at the start of `word`, None when it does not start so."""
    return word[len(STORY) :] if word[: len(STORY)].casefold() == STORY else None


def number(text: str) -> int:
    """An argparse type for ids and revision numbers: a number (as_number) SQLite can hold. A
    story's number (`story:3`) is named as one, with where a story's number goes."""
    value = as_number(text)
    if value is None:
        word = text.strip()
        story = as_number(after_story(word) or "") is not None
        said = f" ({word} is a story's number: `briefing story show {word}` shows it)" if story else ""
        raise argparse.ArgumentTypeError(f"not a number: {text!r}{said}")
    if abs(value) > LARGEST_ID:
        raise argparse.ArgumentTypeError(f"{text.strip()} is too large")
    return value


def shell_word(word: str) -> str:
    """`word` as a command the user may copy types it: quoted only when a shell needs it.
    shlex.quote quotes every letter outside ASCII, so a German user was shown `briefing search
    'Münchner'` and `--text 'Überblick'`, as if umlauts needed quotes."""
    return word if word and not re.search(r"[^\w@%+=:,./-]", word) else shlex.quote(word)


def positive(text: str) -> int:
    """An argparse type for counts (`--limit`, `--workers`): 1 or more (`--limit 0` said "No
    matches." and `--workers -3` ended in a traceback)."""
    value = number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def position(text: str) -> int:
    """An argparse type for a place in a briefing: 1 is the first item, as the composer's list
    and the exported briefing count. Positions were 0-based here, and a negative one was
    quietly taken as the first."""
    value = number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"positions count from 1 (the first item), not {value}")
    return value


def named_path(text: str) -> str:
    """An argparse type for a file or folder the user names: not empty. An empty word (an unset
    shell variable in `"$VAULT"`) is the current folder to Python: `import ""` imported it, with
    its subfolders, and `export --all ""` wrote into it."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path names no file or folder (is a shell variable unset?)")
    return text


def a_name(text: str) -> str:
    """An argparse type for an option naming a tag, a saved search, a briefing, an outlet …:
    not empty. An empty word (`--tag "$CLIENT"` with the variable unset) chose nothing, so the
    option was as good as left out: `export --tag ""` and `export --briefing ""` exported the
    whole library, `entities --tag ""` listed every entity, `saved add … --tag ""` saved a
    search for the tag “”. Invisible characters alone (a zero-width space) are empty too."""
    if not "".join(ch for ch in text if ch.isprintable()).strip():
        raise argparse.ArgumentTypeError("an empty name names nothing (is a shell variable unset?)")
    return text


def refuse_missing_folder(target: Path, hint: str) -> None:
    """CommandError when the folder `target` goes into is not there: `backup
    /mistyped/dir/x.sqlite` made the mistyped folders and wrote into them, as `--data-dir`
    had made a library in a mistyped folder. `hint` ends the line ("a backup FILE goes …")."""
    missing = missing_folder(target.parent)
    if missing is not None:
        part = "" if missing == target.parent else f" ({missing} is not there)"
        raise CommandError(f"there is no folder {target.parent}{part}, and nothing was written. Check the "
                           f"folder's name; {hint}")  # fmt: skip


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


class LibraryMissingError(Exception):
    """The library file is gone while backups of it are there; exit status 2."""


class NoLibraryError(Exception):
    """A folder named by `--data-dir` or READER_HOME holds no library; exit status 2."""


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The library of `--data-dir` (or the default place).

    Only `import` (`create`) makes a new one in a folder named by `--data-dir` or READER_HOME:
    a mistyped folder given to `list` made an empty library there and said "No sources.", as if
    the user's work were gone. In the platform's own data folder every command makes it, as the
    window does: that is where the library belongs, and a new user's first `briefing list` is
    told it is empty, not that it is missing.

    Not when backups of it exist: then the library was there and is gone (deleted, moved by a
    sync client), and a new, empty one made in its place would soon have its own daily
    backups pushing the good ones out.
    """
    where = paths.resolve(args.data_dir)
    folder = backups_dir(where.db_path)
    if not where.db_path.exists():
        if any(folder.glob("*.sqlite")):
            raise LibraryMissingError(f"the library {where.db_path} is missing, but {folder} holds backups of it:")
        if not create and _could_hold(where.data_dir):
            refuse_if_named(args, where)
        if create:
            refuse_a_folder_in_none(args, where)
    return Store.open(where.ensure().db_path)


def _named_by(args: argparse.Namespace) -> str | None:
    """What named the library's folder: `--data-dir`, READER_HOME, or None (the platform's own)."""
    if args.data_dir is not None:
        return "--data-dir"
    return paths.ENV_HOME if os.environ.get(paths.ENV_HOME) else None


def refuse_a_folder_in_none(args: argparse.Namespace, where: paths.Paths) -> None:
    """NoLibraryError when `import` (or `restore`) would make a named folder inside one that
    is not there: `--data-dir ~/Projekts/Japan import …` made both folders, the first mistyped,
    and a new library in them. A new folder in one that exists is how a second one is started."""
    named = _named_by(args)
    missing = missing_folder(where.data_dir.parent) if named is not None else None
    if missing is not None:
        raise NoLibraryError(
            f"there is no folder {missing} (on the way to {where.data_dir}, named by {named}), and nothing "
            "was created. Check the folder's name; a new library's folder is made only in one that exists"
        )


def _could_hold(folder: Path) -> bool:
    """No file stands where the folder or one of its parents should be: that is said as such
    ("it is a file, not a folder") by the folder's making, not as a library missing."""
    existing = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    return existing.is_dir()


def refuse_if_named(args: argparse.Namespace, where: paths.Paths) -> None:
    """NoLibraryError when the folder the user named holds no library; nothing is created."""
    named = _named_by(args)
    if named is not None:
        raise NoLibraryError(
            f"there is no library in {where.data_dir} (named by {named}; no {where.db_path.name} there), "
            "and nothing was created. Check the folder's name; `briefing import FILE…` starts a new "
            "library there."
        )


def no_source(store: Store, ids: Sequence[int], aside: str = "") -> CommandError:
    """The one answer to source numbers the library does not have, whichever command was given
    them: `show 99` pointed to `briefing list`, `note set 99` and the others said only "no source
    #99". A deleted one is said to be in the bin ("no source" read as never there); `aside`
    follows the number (what else it might be: `story:5`, a story)."""
    named = [f"#{i}" + (f" (it was deleted: it is in the bin; `briefing bin restore {i}` brings it back)" if store.sources.exists(i) else "") for i in ids]
    said = f"no source {', '.join(named)}{aside}"
    if not all(store.sources.exists(i) for i in ids):
        said += "; `briefing list` shows the sources and their numbers"
    return CommandError(said)


def no_highlight(ids: Sequence[int], aside: str = "") -> CommandError:
    """The one answer to highlight numbers the library does not have (`highlight label|delete`,
    `briefing add --highlight`), saying where they are seen, as `no_source` does for sources:
    "no highlight #1" alone left a new user, who had taken a source's number for it, guessing."""
    said = ", ".join(f"#{i}" for i in ids)
    return CommandError(f"no highlight {said}{aside}; `briefing highlight list SOURCE` shows a source's "
                        "highlights and their numbers")  # fmt: skip


def several_called(nouns: str, name: str, found: Sequence[tuple[int, str]], rename: str) -> CommandError:
    """The answer when a name matches several of the user's briefings (or saved searches), by
    number and name: a library made before names matched beyond A–Z can hold "Öl-Markt" and
    "öl-markt", and every command took the first unsaid (`delete` too). None takes the number,
    so `rename` says where one is given a name of its own."""
    listed = ", ".join(f"#{number} “{named}”" for number, named in found)
    many = {2: "two", 3: "three"}.get(len(found), str(len(found)))
    return CommandError(f"{many} {nouns} are called “{name.strip()}”: {listed} — nothing was done; a name is the "
                        f"same in any case now, so {rename}")  # fmt: skip


def existing_tag(store: Store, name: str, option: str = "--tag") -> str:
    """The tag `--tag NAME` (or a search's `tag:NAME`, `option` "tag") names, as the library
    spells it (any case); CommandError when the library has no such tag, suggesting the
    closest it has. `list --tag Japn` said "No sources." and exited 0, as if the tag were there
    and empty; `export --tag` said "no source is tagged"; `search tag:japn` "No matches."."""
    try:
        cleaned = clean_tag(name)
    except ValueError as exc:
        raise CommandError(f"{option}: {exc}") from None
    spelled = {unicodedata.normalize("NFC", tag).casefold(): tag for tag in store.tags.names()}
    if cleaned.casefold() in spelled:
        return spelled[cleaned.casefold()]
    close = closest_tag(spelled.values(), cleaned)
    if close:
        hint = f"; did you mean “{close}”?"
    elif spelled:
        names = list(spelled.values())  # A–Z as the window's tag list files them (`tags.names`)
        hint = f" (the library's tags: {', '.join(names[:8])}{' …' if len(names) > 8 else ''})"
    else:
        hint = " (the library has no tags yet)"
    raise CommandError(f"there is no tag “{cleaned}”{hint}")


def export_language(args: argparse.Namespace) -> str:
    """The language of the words an export (or a who's who) writes: `--language`, else
    Preferences' export language, else the window's language when one was chosen there; English
    otherwise, whatever the terminal's locale, so a script gets the same files on every machine.
    (Without `--language` a German user who never opened Preferences had no way to say German.)"""
    if getattr(args, "language", None):
        return str(args.language)
    settings = Settings.load(paths.resolve(args.data_dir).settings_file)
    return settings.export_language_for(settings.language if settings.language in TRANSLATED else "en")


# The languages `--language` takes, and the names a user may write for them.
LANGUAGES = ("de", "en")
_LANGUAGE_NAMES = {"deutsch": "de", "german": "de", "englisch": "en", "english": "en"}


def language_code(text: str) -> str:
    """An argparse type for `--language` (its choices are LANGUAGES): the code in any case, or
    the language's name in German or English. `--language DE` and `--language Deutsch` were
    invalid choices to a German user who had typed the country's or the language's name."""
    word = text.strip().casefold()
    return _LANGUAGE_NAMES.get(word, word)


LANGUAGE_HELP = ("the language of the words the export writes itself (headings, labels, citations, dates): "
                 "de or en; default: the export language chosen in the window's Preferences, else English")


def label_names(args: argparse.Namespace) -> dict[str, str]:
    """The user's names for the highlight labels, from the settings next to the library."""
    return Settings.load(paths.resolve(args.data_dir).settings_file).label_names


def shown_label_names(args: argparse.Namespace) -> dict[str, str]:
    """Every label's name as the commands print it: the user's, else the default in the language
    chosen in the window's Preferences (English when none was, whatever the terminal's locale, as
    `export_language` decides). A German user read "Evidence/figure" where the window says
    "Beleg/Zahl"; an export takes `label_names` and its own language instead."""
    settings = Settings.load(paths.resolve(args.data_dir).settings_file)
    return label_names_in(settings.ui_language("en"), settings.label_names)


def bind(
    func: Callable[[argparse.Namespace, OpenStore], int], opener: OpenStore
) -> Callable[..., int]:
    """A command function with the library opener bound, its CommandError made one line."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args, opener)
        except CommandError as exc:
            print(f"briefing: {exc}", file=sys.stderr)
            return 1

    return run


def usage_checked(
    parser: argparse.ArgumentParser, check: Callable[[argparse.Namespace], None], run: Callable[..., int]
) -> Callable[[argparse.Namespace], int]:
    """`run` once `check(args)` passes (it may fill in `args`); a ValueError or
    ArgumentTypeError it raises is a usage error of `parser`: exit status 2, nothing changed."""

    def command(args: argparse.Namespace) -> int:
        try:
            check(args)
        except (ValueError, argparse.ArgumentTypeError) as exc:
            parser.error(str(exc))
        return int(run(args))

    return command


def wrap_usage(parser: argparse.ArgumentParser, *lines: str) -> None:
    """`parser`'s usage in these lines, each after the first indented under its first word as
    argparse indents its own. argparse does not break a group of choices (its line ran to 85
    columns), and an indent counted by hand did not follow the command's name: `briefing
    briefing add` had its lines 20 columns left of the others'."""
    indent = "\n" + " " * len(f"usage: {parser.prog} ")
    parser.usage = "%(prog)s " + indent.join(lines)


def words_left(what: str, option: str, command: str, given: str | None, extras: list[str], typed: Sequence[str],
               after: str = "") -> str | None:
    """What to say of words left over where `option`'s text (`what`: "note", "quote") was meant,
    with the command as it should have been typed (`command` up to the option, `after` the
    options that follow it): typed without the option (`note set 3 Kernpunkt`, `highlight add
    1 'hochrangigen Treffen'`), or several words unquoted right after it (as `typed`, the
    command's words in order, shows). argparse said "unrecognized arguments: Treffen", or "the
    following arguments are required: --quote". None when a leftover word is an option, or
    the words are elsewhere: that is another slip, said as such."""
    if any(word.startswith("-") for word in extras):
        return None
    if given is not None and not _right_after(typed, option, given, extras):
        return None
    words = " ".join(extras if given is None else [given, *extras])
    said = f"the {what} goes after {option}" if given is None else f"a {what} of several words goes in quotes"
    return f"{said}: {command} {option} {shell_word(words)}{after}"


def _right_after(typed: Sequence[str], option: str, given: str, extras: list[str]) -> bool:
    """`extras` follow `option given` (or `option=given`) in `typed`, in a row."""
    for at, word in enumerate(typed):
        if word == option and list(typed[at + 1 : at + 2]) == [given]:
            start = at + 2
        elif word == f"{option}={given}":
            start = at + 1
        else:
            continue
        if list(typed[start : start + len(extras)]) == extras:
            return True
    return False


def ran_by(outlet: str | None, agency: str | None) -> str:
    """Who ran a source, as a line of `list` or `stories` names it: outlet and news agency as
    an article's header does ("DER SPIEGEL · dpa/lno"), the agency alone for a wire report
    without an outlet (as the window's row), the agency once when it is the outlet; "" if none."""
    return " · ".join(x for x in credited(None, outlet or None, agency)[1:] if x)


def counted(number: int, noun: str, width: int = 0) -> str:
    """ "1 source", "3 sources" (a regular plural); the number right-aligned in `width` for a
    column. Every count a command prints goes through here: "1 notes", "1 items" and
    "source(s)" had crept into lines written one by one."""
    return f"{number:>{width}} {noun}" if number == 1 else f"{number:>{width}} {noun}s"
