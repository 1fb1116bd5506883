"""A word where a highlight's number goes says where the numbers are seen, as a source's and an
entity's do: "not a number: 'evidence'" answered `highlight label evidence` (the label typed
first) and `briefing add Q --highlight Gewinn` (the highlight's words)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError

WHERE = ("is no highlight's number; `briefing highlight list SOURCE` shows a source's highlights and their "
         "numbers, and `briefing search 'in:highlight Gewinn'` finds one by its words")  # fmt: skip


@pytest.mark.parametrize("argv", [["highlight", "delete", "Gewinn"], ["highlight", "label", "Gewinn", "risk"],
                                  ["briefing", "add", "Q", "--highlight", "Gewinn"]])  # fmt: skip
def test_words_where_the_number_goes_say_where_it_is_seen(
    filled: list[str], usage_error: UsageError, run: Run, argv: list[str]
) -> None:
    before = run(*filled, "briefing", "show", "Q", "--json").out, run(*filled, "highlight", "list", "1", "--json").out
    assert usage_error(*filled, *argv).endswith(f"“Gewinn” {WHERE}")
    assert (run(*filled, "briefing", "show", "Q", "--json").out,
            run(*filled, "highlight", "list", "1", "--json").out) == before  # fmt: skip


def test_a_label_typed_first_says_how_a_label_is_given(filled: list[str], usage_error: UsageError) -> None:
    assert usage_error(*filled, "highlight", "label", "Beleg/Zahl").endswith(
        "argument HIGHLIGHT: “Beleg/Zahl” is a label, not a highlight's number (`briefing highlight label 5 "
        "Beleg/Zahl` gives highlight #5 that label)")  # fmt: skip


def test_numbers_are_read_as_before(filled: list[str], usage_error: UsageError, run: Run) -> None:
    assert run(*filled, "highlight", "label", "１", "risk").out == "highlight #1: Risk\n"  # full-width digits
    assert "is a story's number" in usage_error(*filled, "highlight", "delete", "story:1")
