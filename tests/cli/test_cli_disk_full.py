"""`briefing import` on a library whose disk fills part-way: every file stored before is
listed as imported, the rest as errors, and the last line says the import stopped — not
"nothing was changed", which it said over 400 stored files (found on a 9 MB tmpfs)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.common import open_store
from reader.core import importer
from reader.core.models import ImportResult, ImportStatus
from reader.core.store import Store


def test_an_import_that_fills_the_disk_lists_what_it_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(40):
        words = " ".join(f"wort{i}x{j}" for j in range(400))
        (folder / f"{i:02d}.txt").write_text(f"Meldung {i}\n\nDer Text {i}: {words}.\n", encoding="utf-8")
    def nearly_full(args: argparse.Namespace, *, create: bool = False) -> Store:
        store = open_store(args, create=create)
        used = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {used + 100}")  # then the disk is full
        return store

    monkeypatch.setattr("reader.cli.import_commands.open_store", nearly_full)
    monkeypatch.setattr(importer, "BATCH_FILES", 4)
    data = tmp_path / "lib"
    code = main(["--data-dir", str(data), "import", str(folder)])
    out, err = capsys.readouterr()

    assert code == 2
    lines = out.splitlines()
    assert len(lines) == 40
    imported = [line for line in lines if line.startswith("imported")]
    assert 0 < len(imported) < 40
    # Why once, on the last line; not SQLite's "(database or disk is full)" on every file's.
    assert all(line.startswith("error") and line.endswith(": not stored: the import stopped before it")
               for line in lines if not line.startswith("imported"))  # fmt: skip
    assert "nothing was changed" not in err and "(database or disk is full)" in err.splitlines()[-1]
    assert f"what was stored before that is in it ({len(imported)} file" in err
    with Store.open(data / "library.sqlite") as store:
        assert store.sources.count() == len(imported)


def test_ctrl_c_lists_what_was_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    done = ImportResult("/in/a.txt", ImportStatus.IMPORTED, None, 1, "A")
    undone = ImportResult("/in/b.txt", ImportStatus.ERROR, importer.INTERRUPTED)

    def interrupted(*_args: object, **_kwargs: object) -> list[ImportResult]:
        raise importer.ImportInterrupted([done, undone], 2)

    monkeypatch.setattr(importer, "import_paths", interrupted)
    code = main(["--data-dir", str(tmp_path / "lib"), "import", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 130 and out == "imported     /in/a.txt\n"
    assert "interrupted: what was stored before it is in the library (1 file), the rest was not imported" in err


def test_ctrl_c_while_grouping_lists_every_file_and_says_how_to_group_them(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C after the last file, while same-event stories are grouped: every file is stored,
    but the command said only "interrupted" (no file listed, as if none were kept), and the
    same import again found only duplicates, so the new sources were never grouped."""

    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(importer, "group_new", interrupted)
    data = tmp_path / "lib"
    code = main(["--data-dir", str(data), "import", str(seeds_dir), "--workers", "1"])
    out, err = capsys.readouterr()
    assert code == 130 and len(out.splitlines()) == 5
    assert all(line.startswith("imported ") for line in out.splitlines())
    assert err.endswith("briefing: interrupted while grouping same-event stories, after the import: 5 files "
                        "stored, all in the library; `briefing stories --regroup` groups them\n")  # fmt: skip
    monkeypatch.undo()
    with Store.open(data / "library.sqlite") as store:
        assert store.sources.count() == 5 and not store.stories.stories()
    assert main(["--data-dir", str(data), "stories", "--regroup"]) == 0
    assert "story:1" in capsys.readouterr().out


def test_ctrl_c_before_any_file_was_stored_says_nothing_was_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """"the 0 file(s) stored are in the library" for an import stopped before it stored any."""
    undone = ImportResult("/in/b.txt", ImportStatus.ERROR, importer.INTERRUPTED)

    def interrupted(*_args: object, **_kwargs: object) -> list[ImportResult]:
        raise importer.ImportInterrupted([undone], 0)

    monkeypatch.setattr(importer, "import_paths", interrupted)
    assert main(["--data-dir", str(tmp_path / "lib"), "import", str(tmp_path)]) == 130
    out, err = capsys.readouterr()
    assert out == "" and err.endswith("\n\nbriefing: interrupted before any file was stored: nothing was imported\n")
