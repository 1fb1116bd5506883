"""What OUT names for `briefing export`: a folder, or one document's file.

Walking the command line: `export --all --single-file ~/Desktop/all.txt` made a folder
"all.txt" with Library.md in it, and `export --all notes.md` a folder "notes.md" holding a file
per source; a folder that exists keeps its name whatever it ends in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


def test_a_single_file_named_txt_is_that_file(lib: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "all.txt"
    target.parent.mkdir()  # a file goes into a folder that exists (test_cli_export_folders)
    assert main([*lib, "export", "--all", "--single-file", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"written      {target}"
    assert target.is_file() and target.read_text(encoding="utf-8").startswith("---\ntitle: Library\n")


def test_a_file_per_source_into_a_file_name_is_refused(lib: list[str], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    target = tmp_path / "notes.md"
    assert main([*lib, "export", "--all", str(target)]) == 1
    assert "names a file, but one file per source goes into a folder" in capsys.readouterr().err
    assert not target.exists()


def test_an_existing_folder_is_a_folder_whatever_its_name(lib: list[str], tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    folder = tmp_path / "Vault.md"
    folder.mkdir()
    assert main([*lib, "export", "--all", str(folder)]) == 0
    assert len(list(folder.glob("*.md"))) == 5
    assert main([*lib, "export", "--all", "--single-file", str(folder)]) == 0
    assert (folder / "Library.md").is_file()


def test_a_tag_as_typed_is_found_and_titled_as_the_library_spells_it(lib: list[str], tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """`--tag " client x"` found nothing, and `--tag "client x"` titled the file "# client x"."""
    assert main([*lib, "tag", "add", "1", "2", "Client X"]) == 0
    capsys.readouterr()
    assert main([*lib, "list", "--tag", " client x "]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main([*lib, "export", "--tag", " client x", "--single-file", str(tmp_path / "out")]) == 0
    text = (tmp_path / "out" / "Client X.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Client X\n") and "\n# Client X\n" in text
