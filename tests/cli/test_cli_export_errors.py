"""`briefing export` into a place it cannot write: one line naming the place, exit status 1,
the files written before listed (never the hidden temporary file's name, never a traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.unprivileged import as_unprivileged


def test_export_into_a_file_says_so_in_one_line(
    tmp_path: Path, seeds_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--data-dir", str(tmp_path / "lib")]
    assert main([*base, "import", str(seeds_dir), "--workers", "1"]) == 0
    in_the_way = tmp_path / "Reading"
    in_the_way.write_text("a file of mine", encoding="utf-8")
    capsys.readouterr()

    code = main([*base, "export", "--all", str(in_the_way)])
    out, err = capsys.readouterr()

    assert code == 1 and out == ""
    assert err == f"briefing: export stopped: {in_the_way} is a file, not a folder; nothing was written\n"


@pytest.mark.parametrize("single", [False, True])
def test_a_folder_it_may_not_write_is_named_and_nothing_is_written(
    lib: list[str], tmp_path: Path, single: bool
) -> None:
    """Said as the file it could not write, with exit status 1, and that nothing was written
    (the count of files written before it said nothing when there were none); no temporary
    file is left in the folder."""
    locked = tmp_path / "Vault"
    locked.mkdir()
    (locked / "mine.md").write_text("my own note", encoding="utf-8")
    locked.chmod(0o555)
    command = [*as_unprivileged(), sys.executable, "-m", "reader.cli", *lib, "export", "--all", str(locked)]
    try:
        done = subprocess.run([*command, *(["--single-file"] if single else [])],
                              capture_output=True, text=True, check=False)  # fmt: skip
    finally:
        locked.chmod(0o755)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"briefing: export stopped: {locked}/")
    assert done.stderr.endswith(" could not be written (Permission denied); nothing was written\n")
    assert [p.name for p in locked.iterdir()] == ["mine.md"]


def test_ctrl_c_during_an_export_says_the_files_written_are_whole(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said only "interrupted": whether the vault now held half-written notes was left open.
    The second file's writing is cut short; the first stays whole, and the same export again
    writes the rest."""
    from reader.core.export import writer

    lib = ["--data-dir", str(tmp_path / "lib")]
    assert main([*lib, "import", str(seeds_dir), "--workers", "1"]) == 0
    real, calls = writer.atomic_write, []

    def cut_short(path: Path, *args: object, **kwargs: object) -> object:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "atomic_write", cut_short)
    capsys.readouterr()
    assert main([*lib, "export", "--all", str(tmp_path / "vault")]) == 130
    assert capsys.readouterr().err == ("\nbriefing: interrupted: each file written before it is whole (a file is put "
                                       "in place only once written in full); the same export again finishes it\n")  # fmt: skip
    assert [p.name for p in (tmp_path / "vault").iterdir()] == [calls[0].name]
    monkeypatch.undo()
    assert main([*lib, "export", "--all", str(tmp_path / "vault")]) == 0
    assert len(list((tmp_path / "vault").iterdir())) == 5
