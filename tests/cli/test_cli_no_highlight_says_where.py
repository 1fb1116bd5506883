"""A highlight number no highlight has says where the numbers are seen, as a source's does:
"no highlight #1" alone left a new user, who had given a source's number, guessing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run

WHERE = "; `briefing highlight list SOURCE` shows a source's highlights and their numbers\n"


@pytest.mark.parametrize(("argv", "said"), [
    (["highlight", "label", "7", "risk"], "no highlight #7"),
    (["highlight", "delete", "1", "7", "8"], "no highlight #7, #8 (nothing was deleted)"),
    (["briefing", "add", "Q", "--highlight", "7"], "no highlight #7 (nothing was added)"),
])  # fmt: skip
def test_a_missing_highlight_says_where_highlights_are_listed(
    filled: list[str], run: Run, argv: list[str], said: str
) -> None:
    before = run(*filled, "highlight", "list", "1", "--json").out
    assert run(*filled, *argv) == (1, "", f"briefing: {said}{WHERE}")
    assert run(*filled, "highlight", "list", "1", "--json").out == before
