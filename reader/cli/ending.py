"""How the `briefing` process ends: at once after an import, the interpreter's teardown skipped.

An import leaves a large heap behind (the parsers' tables, every decoded story profile, the
word lists): Python's orderly exit frees it object by object, 0.05–0.12 s of one core after
the last line is printed, which the user waits for and nothing needs. Once the import
command has closed its library (every batch committed, the connection closed) and printed
its report, `end` runs the exit handlers (`atexit`: logging's flush, multiprocessing's
clean-up of the forkserver's folder in the temporary directory, `weakref.finalize` callbacks —
cheap, and what the process leaves behind), flushes the output and leaves with `os._exit`:
only the freeing is skipped. Every other command exits as Python does, since one might still
hold an open file to be flushed.

What Python's exit would have said of the output is said here too: a report that could not
be written (stdout a file on a full disk) is an error, not exit status 0 with the report lost,
and a process started with its stdout closed (`>&-`, sys.stdout None) ends as quietly as
Python's exit does, not with a traceback after the import.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn

_quick = False


def reset() -> None:
    """Forget what an earlier command in this process said: `main` called in-process for an
    import (a test, a script) left the process ending at once at the next `run` of any command,
    a test's `run` among them, which would end pytest itself with status 0."""
    global _quick
    _quick = False


def may_end_at_once() -> None:
    """Say, from a command that has closed everything it wrote, that the process may end
    without the interpreter's teardown."""
    global _quick
    _quick = True


def end(status: int) -> NoReturn:
    """Leave the process with `status`: at once if the command said it may (see
    `may_end_at_once`), else through `sys.exit`. Output that cannot be written makes a
    status of 0 a 2, as it does when a line of the report cannot be written (`main`)."""
    if not _quick:
        sys.exit(status)
    # Skipped too, these left a `pymp-…` folder in /tmp after each import whose workers the
    # forkserver started (Python 3.14's default on Linux, macOS, a process with threads).
    atexit._run_exitfuncs()
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped reading (`| head`): as `main` takes it
        pass
    except ValueError:  # closed in this process: nothing more can be said
        pass
    except OSError as exc:
        _say(f"briefing: the report could not be written: {exc.strerror or exc}")
        status = status or 2
    _say(None)
    os._exit(status)


def _say(line: str | None) -> None:
    """`line` on stderr (if any), flushed; nothing when stderr is closed or gone."""
    try:
        if sys.stderr is not None:
            if line is not None:
                print(line, file=sys.stderr)
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
