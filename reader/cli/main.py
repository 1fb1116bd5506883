"""The `briefing` command's parser and entry point: one sub-command group per module.

`library` (import, list, show, inspect, check, search), `export`, `annotations` (highlight,
note, tag) and `briefings` each hang their commands on the parser built here; `main` turns
the errors every command may meet into one line and an exit status.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from reader import __version__, paths
from reader.cli.annotations import add_annotation_commands
from reader.cli.briefings import add_briefing_commands
from reader.cli.common import open_store
from reader.cli.export import add_export_commands
from reader.cli.library import add_library_commands
from reader.cli.stories import add_story_commands
from reader.core.store import StoreTooNewError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing", description="Briefing Reader's library from the command line."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help=f"keep the library in DIR (default: ${paths.ENV_HOME} "
        "or the platform's data folder)"
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    add_library_commands(commands)
    add_export_commands(commands, open_store)
    add_annotation_commands(commands, open_store)
    add_briefing_commands(commands, open_store)
    add_story_commands(commands, open_store)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except StoreTooNewError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nbriefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except sqlite3.DatabaseError as exc:  # not a library, damaged, or locked by another program
        print(f"briefing: the library cannot be used ({exc})", file=sys.stderr)
        return 2
    except OSError as exc:  # a folder that cannot be created, a file that cannot be read …
        where = f" {exc.filename}" if exc.filename else ""
        print(f"briefing: cannot use{where}: {exc.strerror or exc}", file=sys.stderr)
        return 2
