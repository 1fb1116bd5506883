"""A command given without a word it needs names the word and ends with the command's first
example, as `note set 3` and `highlight label 1` do: argparse's "the following arguments are
required: ID" named the word, and a new user who had read only `briefing --help` still did not
know how the command goes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import UsageError


@pytest.mark.parametrize(("argv", "said"), [
    (["show"], "briefing show: error: the following arguments are required: ID; e.g. briefing show 12"),
    (["search"], "briefing search: error: the following arguments are required: QUERY; e.g. briefing search "
                 "seltene Erden"),
    (["export", "--tag", "Japan"], "briefing export: error: the following arguments are required: OUT; e.g. "
                                   "briefing export --tag Japan ~/Vault/Japan"),
    (["highlight", "delete"], "briefing highlight delete: error: the following arguments are required: "
                              "HIGHLIGHT; e.g. briefing highlight delete 5 6"),
    (["briefing", "add", "Q"], "briefing briefing add: error: one of the arguments --highlight --heading --text "
                               "is required; e.g. briefing briefing add \"Q4 Japan\" --highlight 5 6"),
    (["briefing", "move", "Q", "1"], "briefing briefing move: error: the following arguments are required: "
                                     "POSITION; e.g. briefing briefing move \"Q4 Japan\" 12 1"),
])  # fmt: skip
def test_a_word_left_out_is_named_with_an_example(
    lib: list[str], usage_error: UsageError, argv: list[str], said: str
) -> None:
    assert usage_error(*lib, *argv) == said


def test_a_command_alone_still_lists_the_commands(usage_error: UsageError) -> None:
    assert usage_error() == "briefing: error: name a COMMAND: one of those listed above"
