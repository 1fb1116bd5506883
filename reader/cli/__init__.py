"""The `briefing` command: the library from a terminal, for scripts and for SSH.

The face is `main` (the command's exit status, for a caller in Python) and `run` (the console
entry point: `main`, then the process's end, see `reader.cli.ending`). One module per command
group; nothing here or below imports Qt, so the command starts fast and runs where there is no
display.

Ctrl-C while the command's own modules are still loading (its first half-second, before
`main` can catch anything) printed a traceback of whichever import it landed in: it is the
same one line and exit status 130 as at any later moment (see `main.main`).
"""

import sys
from typing import NoReturn

try:
    from reader.cli.ending import end, reset
    from reader.cli.main import main
except KeyboardInterrupt:
    print("\nbriefing: interrupted", file=sys.stderr)
    raise SystemExit(130) from None


def run() -> NoReturn:
    """The `briefing` command as a process: `main`, and its exit status as the process's."""
    reset()
    end(main())


__all__ = ["main", "run"]
