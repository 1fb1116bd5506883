"""`briefing note set ID --file -` reads the note from standard input, as `-` means to most
commands: it was taken for a file named "-" and refused ("file not found"), so a note made by
another program (`pandoc … | briefing note set 3 --file -`) needed a file in between. Run as a
program, with a real pipe for its standard input."""

from __future__ import annotations

import json
import subprocess
import sys
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
