"""A number where the command goes (`briefing 3`) is answered with the command that shows it
(`briefing show 3`), a story's (`briefing story:3`) with `briefing story show story:3`: the list
of commands alone, or "did you mean 'story'?", left a new user who had typed the number the
listing showed with no way on. Before a group's action the action still comes first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import UsageError


@pytest.mark.parametrize(("typed", "hint"), [("3", "a source is shown by its number: briefing show 3"),
                                             ("０１２", "a source is shown by its number: briefing show ０１２"),
                                             ("story:3", "a story is shown by its number: briefing story show story:3")])  # fmt: skip
def test_a_number_for_the_command_names_the_command_that_shows_it(
    lib: list[str], usage_error: UsageError, typed: str, hint: str
) -> None:
    said = usage_error(*lib, typed)
    assert said.startswith(f"briefing: error: argument COMMAND: invalid choice: '{typed}'")
    assert said.endswith(f"'bin'); {hint}")
    assert "action comes first" not in said and "did you mean" not in said


def test_words_and_groups_keep_their_hints(lib: list[str], usage_error: UsageError) -> None:
    assert usage_error(*lib, "lsit").endswith("; did you mean 'list'?")
    assert usage_error(*lib, "note", "3").endswith("; the action comes first: briefing note set|show 3 …")
    assert usage_error(*lib, "Japan").endswith("'bin')")
