"""`briefing note set ID --file -` reads the note from standard input, as `-` means to most
commands: it was taken for a file named "-" and refused ("file not found"), so a note made by
another program (`pandoc … | briefing note set 3 --file -`) needed a file in between. So do
`/dev/stdin`, a shell's `<(…)` and a named pipe. Run as a program, with real pipes."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import threading
from pathlib import Path

NOTE = "# Kernpunkt\n\nÄrger im Hafen: „weniger Container“.\n"


def _briefing(lib: list[str], *argv: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "reader.cli", *lib, *argv], input=stdin, capture_output=True,
                          check=False)  # fmt: skip


def _note(lib: list[str]) -> str:
    shown = _briefing(lib, "show", "1", "--json", stdin=b"")
    note = json.loads(shown.stdout)["note"]
    assert isinstance(note, str)
    return note


def test_note_set_file_dash_reads_standard_input(lib: list[str]) -> None:
    done = _briefing(lib, "note", "set", "1", "--file", "-", stdin=("\ufeff" + NOTE).encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == f"note of source #1 set ({len(NOTE)} characters)\n"
    assert _note(lib) == NOTE  # the byte-order mark an editor writes is not part of the note


def test_nothing_piped_in_or_not_utf8_leaves_the_note(lib: list[str]) -> None:
    """A command before the pipe that fails prints nothing: that must not clear the note."""
    assert _briefing(lib, "note", "set", "1", "--file", "-", stdin=NOTE.encode()).returncode == 0
    for piped, said in ((b"", "standard input was empty"), ("Ärger".encode("latin-1"), "is not UTF-8 text")):
        done = _briefing(lib, "note", "set", "1", "--file", "-", stdin=piped)
        assert done.returncode == 1
        assert said in done.stderr.decode() and "the note was left as it was" in done.stderr.decode()
        assert _note(lib) == NOTE


def test_a_file_named_dash_is_still_read_by_its_path(lib: list[str], tmp_path: Path) -> None:
    (tmp_path / "-").write_text("aus der Datei", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reader.cli", *lib, "note", "set", "1", "--file", "./-"],
                          input=b"", capture_output=True, check=False, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _note(lib) == "aus der Datei"


def test_dev_stdin_a_process_substitution_and_a_named_pipe_are_read_as_dash_is(
    lib: list[str], tmp_path: Path
) -> None:
    """Most commands read `/dev/stdin` and a shell's `<(…)`: both, and a named pipe, were refused
    as "not a regular file" without a word of `--file -`."""
    done = _briefing(lib, "note", "set", "1", "--file", "/dev/stdin", stdin=NOTE.encode())
    assert done.returncode == 0, done.stderr
    assert _note(lib) == NOTE

    command = shlex.join([sys.executable, "-m", "reader.cli", *lib, "note", "set", "1", "--file"])
    done = subprocess.run(["bash", "-c", f"{command} <(printf 'aus <(…)')"], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert _note(lib) == "aus <(…)"

    pipe = tmp_path / "notiz.fifo"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_text, args=("aus der Pipe",), kwargs={"encoding": "utf-8"})
    writer.start()  # its open waits for the command's, as a program writing into the pipe does
    done = _briefing(lib, "note", "set", "1", "--file", str(pipe), stdin=b"")
    unread = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer end if the command did not read
    writer.join()
    os.close(unread)
    assert done.returncode == 0, done.stderr
    assert _note(lib) == "aus der Pipe"


def test_a_device_with_nothing_or_no_end_leaves_the_note(lib: list[str]) -> None:
    """/dev/null gives nothing and /dev/zero never ends: each is refused, the note kept."""
    assert _briefing(lib, "note", "set", "1", "--text", NOTE, stdin=b"").returncode == 0
    for device, said in (("/dev/null", "/dev/null was empty"), ("/dev/zero", "more than 10 MB")):
        done = _briefing(lib, "note", "set", "1", "--file", device, stdin=b"")
        assert done.returncode == 1 and said in done.stderr.decode()
        assert done.stderr.decode().count("\n") == 1 and "the note was left as it was" in done.stderr.decode()
        assert _note(lib) == NOTE
