"""`python -m reader` and the `briefing-reader` launcher: parse the arguments, start the window.

The Qt shell is imported only here, after the arguments parsed, so `--help` and `--version`
answer at once and the package itself never drags Qt into the CLI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader import APP_NAME, __version__

_QT_OPTIONS_WITH_VALUE = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger", "-style",
    "-stylesheet", "-session", "-display", "-geometry", "-qwindowgeometry", "-qwindowicon",
    "-qwindowtitle", "-name", "-title",
})  # fmt: skip


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="briefing-reader", description=f"Start {APP_NAME}.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the library, settings and logs in DIR "
        "(default: $READER_HOME or the platform's own folders)",
    )
    # Trying the other language (a demo, a German colleague's screen) took Preferences and a
    # restart, and changed the setting for good; this is for one start only.
    parser.add_argument("--language", choices=("de", "en"),
                        help="start the window in German (de) or English (en) this once "
                        "(default: Preferences ▸ Language, else the system's)")  # fmt: skip
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="article files or folders to import (into the window already open, if any)")  # fmt: skip
    ours: list[str] = []
    qt: list[str] = []
    words = iter(sys.argv[1:] if argv is None else argv)
    for word in words:  # Qt's options with a value, so that value is not taken for a FILE
        (qt if word in _QT_OPTIONS_WITH_VALUE else ours).append(word)
        if word in _QT_OPTIONS_WITH_VALUE:
            qt.append(next(words, ""))
    args, rest = parser.parse_known_args(ours)  # the rest (e.g. -reverse) is Qt's too
    return args, qt + rest


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(argv)
    from reader.ui.app import run

    return run(args.data_dir, qt_args, args.files, language=args.language)


if __name__ == "__main__":
    sys.exit(main())
