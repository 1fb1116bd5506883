"""How the `briefing` process ends: at once after an import, the interpreter's teardown skipped.

An import leaves a large heap behind (the parsers' tables, every decoded story profile, the
word lists): Python's orderly exit frees it object by object, 0.05–0.12 s of one core after
the last line is printed, which the user waits for and nothing needs. Once the import
command has closed its library (every batch committed, the connection closed) and printed
its report, `end` flushes the output and logging and leaves with `os._exit`. Every other
command exits as Python does, since one might still hold an open file to be flushed.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import NoReturn

_quick = False


def may_end_at_once() -> None:
    """Say, from a command that has closed everything it wrote, that the process may end
    without the interpreter's teardown."""
    global _quick
    _quick = True


def end(status: int) -> NoReturn:
    """Leave the process with `status`: at once if the command said it may (see
    `may_end_at_once`), else through `sys.exit`."""
    if not _quick:
        sys.exit(status)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            pass
    os._exit(status)
