"""What every `briefing` sub-command shares: opening the library, the user's label names, and
`CommandError`, a problem the user can fix, printed as one line with exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from reader import paths
from reader.core.settings import Settings
from reader.core.store import Store

OpenStore = Callable[[argparse.Namespace], Store]


class CommandError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


def open_store(args: argparse.Namespace) -> Store:
    """The library of `--data-dir` (or the default place), created on first use."""
    where = paths.resolve(args.data_dir).ensure()
    return Store.open(where.db_path)


def label_names(args: argparse.Namespace) -> dict[str, str]:
    """The user's names for the highlight labels, from the settings next to the library."""
    return Settings.load(paths.resolve(args.data_dir).settings_file).label_names


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

