"""A command typed in German, or as the option it is (`help`, `version`), names the command
meant: `suche Japan` was asked "did you mean 'check'?", and `help` was only listed the commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import UsageError


@pytest.mark.parametrize(("typed", "hint"), [
    (["suche", "Japan"], "; the commands are English words: `briefing search …`"),
    (["Liste"], "; the commands are English words: `briefing list …`"),
    (["prüfen"], "; the commands are English words: `briefing check …`"),
    (["help"], "; `briefing --help` lists the commands"),
    (["Version"], "; `briefing --version` prints it"),
    (["imprt"], "; did you mean 'import'?"),  # a slip is still answered with the near command
])  # fmt: skip
def test_the_command_meant_is_named(lib: list[str], usage_error: UsageError, typed: list[str], hint: str) -> None:
    said = usage_error(*lib, *typed)
    assert said.startswith(f"briefing: error: argument COMMAND: invalid choice: '{typed[0]}'") and said.endswith(hint)
