"""Files the commands read besides articles — a note's Markdown, a file to inspect — in the
shapes a hostile tester tries: another encoding, binary, a socket, a folder; a pipe to import or
inspect. Each gives one line and exit status 1; none a traceback, none a hang."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from reader.cli import main


@pytest.fixture
def base(tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    data = ["--data-dir", str(tmp_path / "lib")]
    assert main([*data, "import", str(seeds_dir / "000_d259bef84eb4a67d.txt"), "--workers", "1"]) == 0
    capsys.readouterr()
    return data


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("Caf\xe9 in Latin-1".encode("latin-1"), "is not UTF-8 text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a text file (PNG image), as `briefing import` says it;"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is not a text file (PDF document)"),  # "save it as UTF-8" before
        (None, "not a regular file (a socket)"),  # a named pipe is read: see test_cli_note_stdin
        ("folder", ": is a folder, not a file"),  # it said "cannot be read (Is a directory)"
        ("missing", ": file not found"),  # as import and inspect say it
    ],
)
def test_a_note_file_that_cannot_be_read_is_one_line(
    base: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | str | None,
    says: str,
) -> None:  # fmt: skip
    note = tmp_path / "note.md"
    if content is None:
        listening = socket.socket(socket.AF_UNIX)
        listening.bind(str(note))
        listening.close()
    elif content == "folder":
        note.mkdir()
    elif content == "missing":
        pass
    else:
        assert isinstance(content, bytes)
        note.write_bytes(content)
    code = main([*base, "note", "set", "1", "--file", str(note)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith(f"briefing: {note}") and says in err


def test_a_note_file_with_a_byte_order_mark_is_read_without_it(
    base: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.md"
    note.write_bytes("\ufeffNotiz über Japan".encode())
    assert main([*base, "note", "set", "1", "--file", str(note)]) == 0
    assert "(16 characters)" in capsys.readouterr().out


def test_inspect_and_import_refuse_a_pipe(
    base: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    assert main(["inspect", str(pipe), "--json"]) == 1
    assert capsys.readouterr().out == f'{{"file": "{pipe}", "error": "not a regular file (a named pipe)"}}\n'
    assert main([*base, "import", str(pipe)]) == 1
    assert capsys.readouterr().out == f"error        {pipe}: not a regular file (a named pipe)\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["note", "set", "1", "--text", "caf\udce9"],  # what a Latin-1 terminal passes for "café"
        ["list", "--tag", "caf\udce9"],
        ["entities", "caf\udce9"],
        ["briefing", "add", "caf\udce9", "--text", "x"],
    ],
)
def test_an_argument_that_is_not_utf8_is_one_line(
    base: list[str], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    code = main([*base, *argv])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "is not UTF-8 text; set the terminal to UTF-8" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["import", "inspect"])
def test_standard_input_is_refused_as_an_article_before_anything_is_read(
    base: list[str], seeds_dir: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`-`, standard input to `note set --file`, was "file not found" to import and inspect,
    as if a name were mistyped; a file named "-" is still read."""
    with pytest.raises(SystemExit) as stopped:
        main([*base, command, str(seeds_dir / "001_9d8a34aa4b2d5fcf.txt"), "-"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.endswith("standard input (-) is not read here: save the article as a file "
                                            "(.txt, .html, .md …) and name that\n")  # fmt: skip
    assert main([*base, "list", "--json"]) == 0 and len(json.loads(capsys.readouterr().out)) == 1  # nothing imported
