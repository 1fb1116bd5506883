"""`briefing export` makes a new folder only in one that exists, and takes no number for OUT.

`export --all ~/Vualt/Reading` made the mistyped folder and one inside it and wrote there, and
`export --source 3 7` (meaning sources 3 and 7) exported source 3 into a new folder "7" in the
current folder. Both are refused with a line saying why, exit status 1, nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.cli import main

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_a_folder_in_a_folder_not_there_is_refused(lib: list[str], tmp_path: Path, run: Run) -> None:
    (tmp_path / "Vault").mkdir()
    for argv, hint in ((["--all", f"{tmp_path}/Vualt/Reading"], "OUT may be a new folder, but in one that exists"),
                       (["--all", "--single-file", f"{tmp_path}/Vualt/all.md"],
                        "the document's file goes into a folder that exists")):  # fmt: skip
        code, out, err = run(*lib, "export", *argv)
        assert (code, out) == (1, "")
        assert err == (f"briefing: there is no folder {tmp_path}/Vualt, and nothing was written. "
                       f"Check the folder's name; {hint}\n")
    assert not (tmp_path / "Vualt").exists()

    code, out, _ = run(*lib, "export", "--all", str(tmp_path / "Vault" / "Reading"))  # a new folder, in one there
    assert code == 0 and len(list((tmp_path / "Vault" / "Reading").glob("*.md"))) == 5


def test_a_number_for_out_is_refused(lib: list[str], tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = sorted(tmp_path.iterdir())
    code, out, err = run(*lib, "export", "--source", "3", "7")
    assert (code, out) == (1, "")
    assert err == ("briefing: OUT, the folder to export into, is “7”, a number: each source takes its own --source "
                   "(briefing export --source 3 --source 7 OUT); for a folder called “7”, write ./7\n")
    assert sorted(tmp_path.iterdir()) == before
    assert run(*lib, "export", "--source", "3", "./7")[0] == 0  # as it says
    assert len(list((tmp_path / "7").glob("*.md"))) == 1
    assert run(*lib, "export", "--all", "--single-file", "2025")[0] == 0  # no --source: a folder's name
    assert (tmp_path / "2025" / "Library.md").is_file()


@pytest.mark.parametrize(
    ("argv", "said"),
    [(["--source", "3", "7", "VAULT"], "briefing export --source 3 --source 7 VAULT"),
     (["--source", "3", "7", "12", "VAULT"], "briefing export --source 3 --source 7 --source 12 VAULT"),
     (["--source", "3", "7", "12"], "briefing export --source 3 --source 7 --source 12 OUT"),
     (["--source", "3", "--single-file", "7", "VAULT"],
      "briefing export --source 3 --source 7 --single-file VAULT")],  # fmt: skip
)
def test_sources_in_a_row_before_out_name_the_way_that_works(
    lib: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    """`export --source 3 7 ~/Vault` got argparse's bare "unrecognized arguments: /home/…/Vault",
    which did not say that each source takes its own --source."""
    vault = tmp_path / "My Vault"
    words = [str(vault) if word == "VAULT" else word for word in argv]
    with pytest.raises(SystemExit) as ended:
        main([*lib, "export", *words])
    out, err = capsys.readouterr()
    assert (ended.value.code, out) == (2, "")
    assert err.startswith("usage: briefing export ")
    assert err.splitlines()[-1] == ("briefing export: error: each source takes its own --source: "
                                    + said.replace("VAULT", f"'{vault}'"))
    assert not vault.exists()


def test_other_words_left_over_are_still_named(lib: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*lib, "export", "--tag", "Japan", "7", str(tmp_path / "V")])
    assert capsys.readouterr().err.splitlines()[-1] == f"briefing export: error: unrecognized arguments: {tmp_path}/V"


@pytest.mark.parametrize(
    ("word", "way"), [("3,7", "--source 3 --source 7"), ("3,", "--source 3"), ("3; 7", "--source 3 --source 7")]
)
def test_several_numbers_in_one_source_word_name_the_way_that_works(
    lib: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, way: str
) -> None:
    """`export --source 3,7` said "not a number: '3,7'", not how to name several sources."""
    with pytest.raises(SystemExit) as ended:
        main([*lib, "export", "--source", word, str(tmp_path / "Vault")])
    assert ended.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (f"briefing export: error: argument --source: '{word}': each "
                                                        f"source takes its own --source, with its number alone ({way})")
    assert not (tmp_path / "Vault").exists()
