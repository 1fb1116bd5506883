"""An export that cannot write (a read-only folder, a full disk, a file where the folder
should be) stops with ExportWriteError: it names the file meant, not the hidden temporary file
it was written as, and keeps the report of the files written before.

Found with a read-only folder: `briefing: cannot use /x/.briefing-cmt5u8xl.tmp: Permission
denied`, and on a full disk the 179 files already written went unreported.
"""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

import export_library
import pytest

from reader.core.export import ExportWriteError, export_combined, export_sources
from reader.core.store import Store


@pytest.fixture
def library(store: Store) -> Store:
    export_library.build(store)
    return store


def test_a_full_disk_stops_the_export_naming_the_file_and_keeping_the_report(
    library: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    real_mkstemp = tempfile.mkstemp
    made: list[str] = []

    def mkstemp(*, dir: Path, prefix: str, suffix: str) -> tuple[int, str]:  # as atomic_write calls it
        if len(made) == 2:  # the third file finds the disk full
            raise OSError(errno.ENOSPC, "No space left on device")
        fd, name = real_mkstemp(dir=dir, prefix=prefix, suffix=suffix)
        made.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    with pytest.raises(ExportWriteError) as stopped:
        export_sources(library, [1, 2, 3], out)

    message = str(stopped.value)
    assert message.startswith(str(out)) and message.endswith(".md could not be written (No space left on device)")
    assert ".tmp" not in message
    written = stopped.value.report.written
    assert len(written) == 2 and sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)


def test_a_file_in_the_folders_place_is_named_as_such(library: Store, tmp_path: Path) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportWriteError, match="notes.txt is a file, not a folder"):
        export_sources(library, [1], in_the_way)
    with pytest.raises(ExportWriteError, match=r"deeper could not be made \(Not a directory\)"):
        export_combined(library, [1], in_the_way / "deeper", "Japan")
    assert in_the_way.read_text(encoding="utf-8") == "mine"


def test_it_is_still_an_oserror_for_callers_that_catch_those() -> None:
    assert issubclass(ExportWriteError, OSError)
