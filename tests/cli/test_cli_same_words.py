"""Commands say the same thing the same way: a path that is no file is worded alike by
`import`, `inspect` and `note set --file`, and a `--tag` naming no tag is an error with the
closest tag suggested, for `list` as for `export` and `entities`. Real files, real SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main


@pytest.fixture
def base(tmp_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str]) -> list[str]:
    data = ["--data-dir", str(tmp_path / "lib")]
    assert main([*data, "import", str(seed_files[0]), str(seed_files[1]), "--tag", "Japan"]) == 0
    assert main([*data, "tag", "add", "2", "Wirtschaft"]) == 0
    capsys.readouterr()
    return data


@pytest.mark.parametrize(("name", "says"), [("missing.txt", "file not found"),
                                            ("a.txt/inside.txt", "file not found"),
                                            ("folder", "is a folder, not a file")])  # fmt: skip
def test_import_and_inspect_word_a_path_that_is_no_file_alike(
    base: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, says: str
) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\nText.\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    path = str(tmp_path / name)
    inspected = main([*base, "inspect", path])
    inspect_err = capsys.readouterr().err
    assert inspected == 1 and inspect_err == f"error        {path}: {says}\n"
    if name != "folder":  # import reads a folder's files
        main([*base, "import", path])
        assert capsys.readouterr().out.splitlines()[0] == f"error        {path}: {says}"


@pytest.mark.parametrize(("argv", "exits"), [(["list", "--tag", "Japn"], 1),
                                             (["list", "--json", "--tag", "japn"], 1),
                                             (["export", "--tag", "Japn", "OUT"], 1),
                                             (["entities", "--tag", "Japn"], 1)])  # fmt: skip
def test_a_tag_that_is_not_there_is_said_with_the_closest(
    base: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], exits: int
) -> None:
    argv = [str(tmp_path / "out") if word == "OUT" else word for word in argv]
    assert main([*base, *argv]) == exits
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("briefing: there is no tag “") and "did you mean “Japan”?" in err
    assert not (tmp_path / "out").exists()


def test_a_tag_far_from_any_names_the_librarys_tags(base: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*base, "list", "--tag", "Klima"]) == 1
    assert capsys.readouterr().err == "briefing: there is no tag “Klima” (the library's tags: Japan, Wirtschaft)\n"


def test_a_tag_in_another_case_lists_its_sources(base: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*base, "list", "--tag", "JAPAN"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize("argv", [["tag", "delete", "Japn"], ["tag", "rename", "japn", "Asien"],
                                  ["tag", "remove", "1", "Japn"]], ids=" ".join)  # fmt: skip
def test_tag_commands_name_the_closest_tag_too(
    base: list[str], capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main([*base, *argv]) == 1
    assert capsys.readouterr().err == "briefing: there is no tag “" + argv[-2 if argv[1] == "rename" else -1] + \
        "”; did you mean “Japan”?\n"  # fmt: skip
    assert main([*base, "list", "--tag", "Japan"]) == 0  # nothing was changed
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_no_briefings_is_said(base: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*base, "briefing", "list"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == "No briefings yet: `briefing briefing create NAME` starts one.\n"


def test_a_saved_search_on_a_missing_tag_is_saved_and_said(base: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*base, "saved", "add", "Neu", "Handel", "--tag", "Japn"]) == 0  # a tag may be meant for later
    out, err = capsys.readouterr()
    assert out.startswith("saved “Neu”")
    assert err == ("briefing: it finds nothing until a source carries that tag: there is no tag “Japn”; "
                   "did you mean “Japan”?\n")  # fmt: skip
    assert main([*base, "saved", "add", "Alt", "Handel", "--tag", "japan"]) == 0
    assert capsys.readouterr().err == ""
    assert main([*base, "saved", "add", "Neuer", "Handel tag:Japn"]) == 0  # in the query: said too
    assert capsys.readouterr().err.endswith("there is no tag “Japn”; did you mean “Japan”?\n")
    assert main([*base, "saved", "add", "Ohne", "Handel -tag:Japn"]) == 0  # excludes nothing yet: true
    assert capsys.readouterr().err == ""


def test_backup_into_a_folder_or_through_a_file_says_which(
    base: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "safe"
    folder.mkdir()
    assert main([*base, "backup", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"briefing: {folder} is a folder; name a new file in it, e.g. {folder}/library-")
    blocker = tmp_path / "a.txt"
    blocker.write_text("x", encoding="utf-8")
    assert main([*base, "backup", str(blocker / "lib.sqlite")]) == 1
    assert capsys.readouterr().err.endswith("(a part of it is a file, not a folder)\n")  # not "(File exists)"
    assert list(folder.iterdir()) == []


def test_a_briefing_not_there_names_those_there(base: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*base, "briefing", "show", "Q4"]) == 1
    assert capsys.readouterr().err == "briefing: no briefing named “Q4” (briefings: none yet)\n"
    assert main([*base, "briefing", "create", "Q4 memo"]) == 0
    capsys.readouterr()
    assert main([*base, "briefing", "add", "Q4", "--heading", "Lage"]) == 1
    assert capsys.readouterr().err == "briefing: no briefing named “Q4” (briefings: “Q4 memo”)\n"


def test_a_quote_from_the_title_or_teaser_is_said_to_be_there(
    base: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    assert main([*base, "show", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["teaser"], "the first seed has a teaser"
    for part in ("title", "teaser"):
        words = " ".join(shown[part].split()[:3])
        assert words not in shown["body"]
        assert main([*base, "highlight", "add", "1", "--quote", words]) == 1
        assert capsys.readouterr().err == (f"briefing: “{words}” is in the source's {part}, which `briefing show` "
                                           "prints above the reading text; only the reading text can be highlighted\n")  # fmt: skip
