"""Ctrl-C in a command's first half-second, while its modules are still being imported, printed
a Python traceback of whichever import it landed in: `main`'s handler was not there yet. Every
moment gives the one line "briefing: interrupted" and exit status 130.

Run as a real program with a real SIGINT: sent as soon as the process is importing the
command's modules (SQLite's extension module mapped, which only the library's modules load),
not after a pause. The command then waits for a note on standard input, which the test never
ends, so the signal finds it running wherever it lands.
"""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads /proc to see the imports")


def _importing(pid: int) -> bool:
    """The process has started loading the library's modules (or is gone, which the test's
    assertions then report)."""
    try:
        return "_sqlite3" in Path(f"/proc/{pid}/maps").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return True


def test_ctrl_c_while_the_command_loads_is_one_line_and_130(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "reader.cli", "--data-dir", str(tmp_path), "note", "set", "1", "--file", "-"]
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        while not _importing(process.pid):
            time.sleep(0.001)  # a poll's pace, not a wait for anything: it spared the start a core
        os.kill(process.pid, signal.SIGINT)
        out, err = process.communicate()
    finally:
        process.kill()
    assert "Traceback" not in err.decode(), err.decode()
    assert (process.returncode, out, err.decode().strip()) == (130, b"", "briefing: interrupted")


def test_ctrl_c_while_the_command_line_is_read_is_one_line_and_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """After the imports and before the command: building the parser and reading the words
    were outside the handler, as the imports were."""
    cli = importlib.import_module("reader.cli.main")  # the module; `reader.cli.main` is the function

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "query_words_last", interrupted)
    assert cli.main(["list"]) == 130
    assert capsys.readouterr().err == "\nbriefing: interrupted\n"
