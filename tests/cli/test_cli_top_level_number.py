"""A number where the command goes (`briefing 3`) is answered with the command that shows it
(`briefing show 3`), a story's (`briefing story:3`) with `briefing story show story:3`: the list
of commands alone, or "did you mean 'story'?", left a new user who had typed the number the
listing showed with no way on. Before a group's action the action still comes first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def _usage_error(run: Run, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The last line of a usage slip (exit status 2, nothing on stdout)."""
    with pytest.raises(SystemExit) as ended:
        run(*argv)
    out, err = capsys.readouterr()
    assert ended.value.code == 2 and out == ""
    return err.splitlines()[-1]


@pytest.mark.parametrize(("typed", "hint"), [("3", "a source is shown by its number: briefing show 3"),
                                             ("０１２", "a source is shown by its number: briefing show ０１２"),
                                             ("story:3", "a story is shown by its number: briefing story show story:3")])  # fmt: skip
def test_a_number_for_the_command_names_the_command_that_shows_it(
    lib: list[str], run: Run, capsys: pytest.CaptureFixture[str], typed: str, hint: str
) -> None:
    said = _usage_error(run, capsys, *lib, typed)
    assert said.startswith(f"briefing: error: argument COMMAND: invalid choice: '{typed}'")
    assert said.endswith(f"'saved'); {hint}")
    assert "action comes first" not in said and "did you mean" not in said


def test_words_and_groups_keep_their_hints(lib: list[str], run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    assert _usage_error(run, capsys, *lib, "lsit").endswith("; did you mean 'list'?")
    assert _usage_error(run, capsys, *lib, "note", "3").endswith("; the action comes first: briefing note set|show 3 …")
    assert _usage_error(run, capsys, *lib, "Japan").endswith("'saved')")
