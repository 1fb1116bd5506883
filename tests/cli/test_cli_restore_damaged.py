"""`briefing restore` of a damaged backup says it is damaged, not that it is no backup.

A backup cut short (a copy to a full stick, a sync client that stopped half-way) or with bytes
flipped was answered "is not a Briefing Reader backup" or "is not a readable library backup
(database disk image is malformed)": the words for a text file named by mistake. The user
was told to look for another file, not that this backup is lost. A real backup, damaged on
disk; files that never were one keep "not a Briefing Reader backup". Nothing is changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def _cut_in_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _first_page_flipped(data: bytes) -> bytes:
    flipped = bytearray(data)
    for i in range(100, 4096, 7):  # past the header: the table of tables scrambled
        flipped[i] ^= 0xFF
    return bytes(flipped)


def _signature_flipped(data: bytes) -> bytes:
    return bytes(b ^ 0x55 for b in data[:16]) + data[16:]


def _header_only(data: bytes) -> bytes:
    return data[:50]


@pytest.mark.parametrize(("damage", "why"), [
    (_cut_in_half, "(the file is cut short: "), (_first_page_flipped, "(its pages cannot be read)"),
    (_signature_flipped, "(the first bytes of its header are scrambled)"),
    (_header_only, "(the file is cut short: 50 bytes)"),
])  # fmt: skip
def test_a_damaged_backup_is_called_damaged(
    lib: list[str], tmp_path: Path, run: Run, damage: Callable[[bytes], bytes], why: str
) -> None:
    backup = tmp_path / "Japan-Sicherung.sqlite"
    assert run(*lib, "backup", str(backup)).code == 0
    backup.write_bytes(damage(backup.read_bytes()))
    before = (tmp_path / "lib" / "library.sqlite").read_bytes()
    code, out, err = run(*lib, "restore", str(backup))
    assert (code, out) == (1, "")
    assert err.startswith(f"briefing: not restored: the backup {backup} is damaged {why}"), err
    assert "the library was not changed; `briefing backups` lists the others" in err
    assert "not a" not in err and "malformed" not in err and err.count("\n") == 1
    assert (tmp_path / "lib" / "library.sqlite").read_bytes() == before


@pytest.mark.parametrize("content", [b"Notizen zu Japan\n", b"\x89PNG\r\n\x1a\n" + bytes(200), None])
def test_a_file_that_never_was_a_backup_is_not_a_backup(
    lib: list[str], tmp_path: Path, run: Run, content: bytes | None
) -> None:
    file = tmp_path / "other.sqlite"
    if content is None:  # another program's database
        with sqlite3.connect(file) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.close()
    else:
        file.write_bytes(content)
    code, _, err = run(*lib, "restore", str(file))
    assert code == 1 and f"{file} is not a Briefing Reader backup" in err and "damaged" not in err


def test_an_empty_database_of_another_program_is_not_a_backup(lib: list[str], tmp_path: Path, run: Run) -> None:
    """A sound SQLite file without a table (another tool's new database) is read by SQLite:
    it was called a damaged backup whose "pages cannot be read"."""
    file = tmp_path / "leer.sqlite"
    with sqlite3.connect(file) as conn:
        conn.execute("PRAGMA user_version = 1")  # written: a header page, no table
    conn.close()
    code, _, err = run(*lib, "restore", str(file))
    assert code == 1 and f"{file} is not a Briefing Reader backup" in err and "damaged" not in err
