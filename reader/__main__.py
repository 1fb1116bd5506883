"""`python -m reader` and the `briefing-reader` launcher: parse the arguments, start the window.

The Qt shell is imported only here, after the arguments parsed, so `--help` and `--version`
answer at once and the package itself never drags Qt into the CLI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader import APP_NAME, __version__


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="briefing-reader", description=f"Start {APP_NAME}.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the library, settings and logs in DIR "
        "(default: $READER_HOME or the platform's own folders)",
    )
    return parser.parse_known_args(argv)  # the rest (e.g. -platform) is Qt's


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(argv)
    from reader.ui.app import run

    return run(args.data_dir, qt_args)


if __name__ == "__main__":
    sys.exit(main())
