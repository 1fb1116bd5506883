"""Commands say the same thing the same way: a path that is no file is worded alike by
`import`, `inspect` and `note set --file`, and a `--tag` naming no tag is an error with the
closest tag suggested, for `list` as for `export` and `entities`. Real files, real SQLite."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def base(tmp_path: Path, seed_files: list[Path], run: Run) -> list[str]:
    data = ["--data-dir", str(tmp_path / "lib")]
    assert run(*data, "import", str(seed_files[0]), str(seed_files[1]), "--tag", "Japan").code == 0
    assert run(*data, "tag", "add", "2", "Wirtschaft").code == 0
    return data


@pytest.mark.parametrize(("name", "says"), [("missing.txt", "file not found"),
                                            ("a.txt/inside.txt", "file not found"),
                                            ("folder", "is a folder, not a file")])  # fmt: skip
def test_import_and_inspect_word_a_path_that_is_no_file_alike(
    base: list[str], tmp_path: Path, run: Run, name: str, says: str
) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\nText.\n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    path = str(tmp_path / name)
    inspected, _, inspect_err = run(*base, "inspect", path)
    assert inspected == 1 and inspect_err == f"error        {path}: {says}\n"
    if name != "folder":  # import reads a folder's files
        assert run(*base, "import", path).out.splitlines()[0] == f"error        {path}: {says}"


@pytest.mark.parametrize(("argv", "exits"), [(["list", "--tag", "Japn"], 1),
                                             (["list", "--json", "--tag", "japn"], 1),
                                             (["export", "--tag", "Japn", "OUT"], 1),
                                             (["entities", "--tag", "Japn"], 1)])  # fmt: skip
def test_a_tag_that_is_not_there_is_said_with_the_closest(
    base: list[str], tmp_path: Path, run: Run, argv: list[str], exits: int
) -> None:
    argv = [str(tmp_path / "out") if word == "OUT" else word for word in argv]
    code, out, err = run(*base, *argv)
    assert code == exits
    assert out == "" and err.startswith("briefing: there is no tag “") and "did you mean “Japan”?" in err
    assert not (tmp_path / "out").exists()


def test_a_tag_far_from_any_names_the_librarys_tags(base: list[str], run: Run) -> None:
    code, _, err = run(*base, "list", "--tag", "Klima")
    assert code == 1
    assert err == "briefing: there is no tag “Klima” (the library's tags: Japan, Wirtschaft)\n"


def test_the_librarys_tags_are_named_as_the_window_files_them(base: list[str], run: Run) -> None:
    """"Öl" among the O's, as in the window's tag list, not after "Wirtschaft"."""
    assert run(*base, "tag", "add", "1", "Öl").code == 0
    _, _, err = run(*base, "list", "--tag", "Klima")
    assert err == "briefing: there is no tag “Klima” (the library's tags: Japan, Öl, Wirtschaft)\n"


def test_a_tag_in_another_case_lists_its_sources(base: list[str], run: Run) -> None:
    code, out, _ = run(*base, "list", "--tag", "JAPAN")
    assert code == 0
    assert len(out.splitlines()) == 2


@pytest.mark.parametrize("argv", [["tag", "delete", "Japn"], ["tag", "rename", "japn", "Asien"],
                                  ["tag", "remove", "1", "Japn"]], ids=" ".join)  # fmt: skip
def test_tag_commands_name_the_closest_tag_too(base: list[str], run: Run, argv: list[str]) -> None:
    code, _, err = run(*base, *argv)
    assert code == 1
    assert err == "briefing: there is no tag “" + argv[-2 if argv[1] == "rename" else -1] + \
        "”; did you mean “Japan”?\n"  # fmt: skip
    code, out, _ = run(*base, "list", "--tag", "Japan")
    assert code == 0  # nothing was changed
    assert len(out.splitlines()) == 2


def test_no_briefings_is_said(base: list[str], run: Run) -> None:
    code, out, err = run(*base, "briefing", "list")
    assert code == 0
    assert out == "" and err == "No briefings yet: `briefing briefing create NAME` starts one.\n"


def test_a_saved_search_on_a_missing_tag_is_saved_and_said(base: list[str], run: Run) -> None:
    code, out, err = run(*base, "saved", "add", "Neu", "Handel", "--tag", "Japn")
    assert code == 0  # a tag may be meant for later
    assert out.startswith("saved “Neu”")
    assert err == ("briefing: it finds nothing until a source carries that tag: there is no tag “Japn”; "
                   "did you mean “Japan”?\n")  # fmt: skip
    code, _, err = run(*base, "saved", "add", "Alt", "Handel", "--tag", "japan")
    assert code == 0
    assert err == ""
    code, _, err = run(*base, "saved", "add", "Neuer", "Handel tag:Japn")
    assert code == 0  # in the query: said too
    assert err.endswith("there is no tag “Japn”; did you mean “Japan”?\n")
    code, _, err = run(*base, "saved", "add", "Ohne", "Handel -tag:Japn")
    assert code == 0  # excludes nothing yet: true
    assert err == ""


def test_backup_into_a_folder_or_through_a_file_says_which(
    base: list[str], tmp_path: Path, run: Run
) -> None:
    folder = tmp_path / "safe"
    folder.mkdir()
    code, _, err = run(*base, "backup", str(folder))
    assert code == 1
    assert err.startswith(f"briefing: {folder} is a folder; name a new file in it, e.g. {folder}/library-")
    blocker = tmp_path / "a.txt"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = run(*base, "backup", str(blocker / "lib.sqlite"))
    assert code == 1
    assert err.endswith("(a part of it is a file, not a folder)\n")  # not "(File exists)"
    assert list(folder.iterdir()) == []


def test_a_briefing_not_there_names_those_there(base: list[str], run: Run) -> None:
    code, _, err = run(*base, "briefing", "show", "Q4")
    assert code == 1
    assert err == "briefing: no briefing named “Q4” (briefings: none yet)\n"
    assert run(*base, "briefing", "create", "Q4 memo").code == 0
    code, _, err = run(*base, "briefing", "add", "Q4", "--heading", "Lage")
    assert code == 1
    assert err == "briefing: no briefing named “Q4” (briefings: “Q4 memo”)\n"


def test_a_quote_from_the_title_or_teaser_is_said_to_be_there(base: list[str], run: Run) -> None:
    import json

    code, out, _ = run(*base, "show", "1", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["teaser"], "the first seed has a teaser"
    for part in ("title", "teaser"):
        words = " ".join(shown[part].split()[:3])
        assert words not in shown["body"]
        code, _, err = run(*base, "highlight", "add", "1", "--quote", words)
        assert code == 1
        assert err == (f"briefing: “{words}” is in the source's {part}, which `briefing show` "
                                           "prints above the reading text; only the reading text can be highlighted\n")  # fmt: skip
