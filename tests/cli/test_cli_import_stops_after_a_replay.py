"""`briefing import` stopping (full disk, Ctrl+C) after a batch was stored again file by file.

One file fails, so its batch is stored again one file at a time, while another program holds
the library: those files are not stored, "the library could not be written at the time". The
import goes on and stores the next batch; then the disk fills (or Ctrl+C). The report said of
the files of the batch stored again "not stored: the import stopped before it" — the import had
gone past them and stored four files after them — or, after Ctrl+C, SQLite's "(database is
locked)". Every line now says what happened to its file, and the last line says why the
library could not take them, once. Real files, a real library in a tmp folder.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core import importer
from reader.core.store import Store
from tests.held_library import fail_one_then_hold

AT_THE_TIME = ": not stored: the library could not be written at the time; import it again"
STOPPED = ": not stored: the import stopped before it"


def _import_stopping_at_file_8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stop: BaseException
) -> tuple[int, Path, list[str], str]:
    """Twelve files, batches of four; 02.txt fails while the library is held (00–02 stored
    again one by one, in vain), 03–06 are stored, and storing 08.txt raises `stop`."""
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(12):
        words = " ".join(f"wort{i}x{j}" for j in range(60))
        (folder / f"{i:02d}.txt").write_text(f"Meldung {i}\n\nDer Text {i}: {words}.\n", encoding="utf-8")
    data = tmp_path / "lib"
    fail_one_then_hold(monkeypatch, str(folder / "02.txt"), data / "library.sqlite")
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    store_file = importer._BatchWriter._store

    def stop_at_eight(writer: importer._BatchWriter, item: importer.PreparedFile) -> importer.ImportResult:
        if item.path.endswith("08.txt"):
            raise stop
        return store_file(writer, item)

    monkeypatch.setattr(importer._BatchWriter, "_store", stop_at_eight)
    code = main(["--data-dir", str(data), "import", str(folder), "--workers", "1"])
    out, err = capsys.readouterr()
    return code, data, [line.split("/files/")[1] for line in out.splitlines()], err


def test_a_full_disk_after_a_replay_says_what_became_of_each_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    full = sqlite3.OperationalError("database or disk is full")
    code, data, lines, err = _import_stopping_at_file_8(tmp_path, monkeypatch, capsys, full)
    assert code == 2
    assert lines == [
        *(f"{i:02d}.txt{AT_THE_TIME}" for i in range(3)),  # the import went on after these
        "03.txt", "04.txt", "05.txt", "06.txt",
        *(f"{i:02d}.txt{STOPPED}" for i in range(7, 12)),  # 07: its batch rolled back
    ]  # fmt: skip
    last = err.splitlines()[-1]
    assert "(database or disk is full)" in last and "what was stored before that is in it (4 files)" in last
    assert last.endswith("3 files not stored: the library " + str(data / "library.sqlite") + " could not be written "
                         "(another program is writing to it and did not finish in time — the window, or another "
                         "`briefing`; try again)")  # fmt: skip
    with Store.open(data / "library.sqlite") as store:
        assert store.sources.count() == 4


def test_ctrl_c_after_a_replay_words_those_files_as_any_import_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, data, lines, err = _import_stopping_at_file_8(tmp_path, monkeypatch, capsys, KeyboardInterrupt())
    assert code == 130
    assert lines == [*(f"{i:02d}.txt{AT_THE_TIME}" for i in range(3)), "03.txt", "04.txt", "05.txt", "06.txt"]
    assert "locked" not in "\n".join(lines)
    assert "what was stored before it is in the library (4 files)" in err
    assert err.rstrip().endswith("3 files not stored: the library " + str(data / "library.sqlite") + " could not be "
                                 "written (another program is writing to it and did not finish in time — the window, "
                                 "or another `briefing`; try again)")  # fmt: skip
