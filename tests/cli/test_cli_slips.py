"""A new user's slips are answered by the command they were made in, with its usage, the near
option or choice, exit status 2, and nothing run.

An unknown option (`list --tgs`) and `--data-dir` after the command were reported by the
top-level parser, with its usage and not a word of the command's own options; after `search`,
`--data-dir DIR` was searched for, in the default library. A mistyped command or choice
(`serach`, `--sort titel`) listed every choice and not the near one. Options of `entities` that
do not go together are refused (exit status 1) rather than one of them left out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.cli import main

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """What argparse said on stderr of a command line it refused."""
    with pytest.raises(SystemExit) as ended:
        main(list(argv))
    out, err = capsys.readouterr()
    assert ended.value.code == 2 and out == ""
    return err


@pytest.mark.parametrize(
    ("argv", "command"),
    [(["list", "DIR", "--json"], "list"), (["search", "Japan", "DIR", "--limit", "1"], "search"),
     (["highlight", "list", "1", "DIR"], "highlight list")],  # fmt: skip
)
def test_data_dir_after_the_command_says_where_it_goes(
    lib: list[str], capsys: pytest.CaptureFixture[str], argv: list[str], command: str
) -> None:
    home = Path(lib[1]).parent / "home"  # READER_HOME: the library a search there would make
    err = refused(capsys, *[word for typed in argv for word in (lib if typed == "DIR" else [typed])])
    assert err.startswith(f"usage: briefing {command} ")
    assert err.endswith(f"error: --data-dir goes before the command: briefing --data-dir DIR {command} …\n")
    assert not home.exists()


@pytest.mark.parametrize(
    ("argv", "said"),
    [(["list", "--tgs", "Japan"], "briefing list: error: unrecognized arguments: --tgs Japan (did you mean --tag?)"),
     (["show", "1", "--jsn"], "briefing show: error: unrecognized arguments: --jsn (did you mean --json?)"),
     (["highlight", "add", "3", "--quote", "Zudem plant Microsoft", "--lable", "2"],
      "briefing highlight add: error: unrecognized arguments: --lable 2 (did you mean --label?)"),
     (["show", "1", "2"], "briefing show: error: unrecognized arguments: 2"),
     # far from every option once the two dashes all share are left out: no "did you mean --json?"
     (["list", "--since", "2025-01-01"], "briefing list: error: unrecognized arguments: --since 2025-01-01"),
     (["list", "--srot", "title"], "briefing list: error: unrecognized arguments: --srot title (did you mean --sort?)")],  # fmt: skip
)
def test_an_unknown_option_is_named_by_its_command_with_the_near_one(
    lib: list[str], capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    err = refused(capsys, *lib, *argv)
    assert err.startswith(f"usage: briefing {' '.join(argv[:2] if argv[0] == 'highlight' else argv[:1])} ")
    assert err.splitlines()[-1] == said


@pytest.mark.parametrize(
    ("argv", "near"),
    [(["serach", "Japan"], "search"), (["list", "--sort", "titel"], "title"), (["highlight", "ad", "1"], "add")],
)
def test_a_mistyped_choice_names_the_near_one(
    lib: list[str], capsys: pytest.CaptureFixture[str], argv: list[str], near: str
) -> None:
    assert refused(capsys, *lib, *argv).endswith(f"; did you mean '{near}'?\n")
    assert "did you mean" not in refused(capsys, *lib, "list", "--sort", "xyz")


@pytest.mark.parametrize(
    ("argv", "clash"),
    [(["--whos-who", "--json"], "--whos-who and --json"), (["--whos-who", "--hidden"], "--whos-who and --hidden"),
     (["Japan", "--id", "3"], "NAME and --id"), (["Japan", "--kind", "org"], "NAME and --kind"),
     (["--id", "3", "--limit", "2"], "--id and --limit")],  # fmt: skip
)
def test_entities_options_that_would_be_left_out_are_refused(
    lib: list[str], run: Run, argv: list[str], clash: str
) -> None:
    """`entities --whos-who --json` printed Markdown, `entities Japan --kind org` every mention
    of Japan: an option the way of calling does not use was silently left out."""
    said = f"briefing: {clash} do not go together (see `briefing entities --help`)\n"
    assert run(*lib, "entities", *argv) == (1, "", said)


@pytest.mark.parametrize(
    "argv",
    [["import", ""], ["inspect", ""], ["note", "set", "1", "--file", ""], ["export", "--all", ""],
     ["backup", ""], ["restore", ""]],  # fmt: skip
)
def test_an_empty_path_is_refused_before_anything_is_read_or_written(
    lib: list[str], tmp_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, argv: list[str],
) -> None:  # fmt: skip
    """`"$VAULT"` with the variable unset: an empty path was the current folder, so `import ""`
    imported what was there, `export --all ""` wrote into it, and `note set --file ""` ended
    in a NOT NULL constraint said as a library that cannot be used."""
    here = tmp_path / "here"
    here.mkdir()
    (here / "mine.txt").write_bytes(seed_files[0].read_bytes().replace(b"Japan", b"Korea"))
    monkeypatch.chdir(here)
    library = Path(lib[1]) / "library.sqlite"
    before = library.read_bytes()
    err = refused(capsys, *lib, *argv)
    assert err.endswith(": an empty path names no file or folder (is a shell variable unset?)\n")
    assert [p.name for p in here.iterdir()] == ["mine.txt"] and library.read_bytes() == before
    assert refused(capsys, "--data-dir", "", "list").endswith("(is a shell variable unset?)\n")


@pytest.mark.parametrize(("argv", "listed", "said"), [
    ([], "    import        import article files and folders", "briefing: error: name a COMMAND: one of those listed above"),
    (["note"], "    set       replace the note", "briefing note: error: name an ACTION: one of those listed above"),
    (["briefing"], "    create    create an empty briefing", "briefing briefing: error: name an ACTION: one of those listed above"),
])  # fmt: skip
def test_a_command_or_action_left_out_lists_them(
    capsys: pytest.CaptureFixture[str], argv: list[str], listed: str, said: str
) -> None:
    """`briefing` alone said "the following arguments are required: COMMAND" and named none; a
    new user's first try. The help is printed, with the commands (or a group's actions)."""
    err = refused(capsys, *argv)
    assert any(line.startswith(listed) for line in err.splitlines()) and err.endswith(f"\n\n{said}\n")
