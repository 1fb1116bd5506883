"""`highlight add`'s quote typed without `--quote`, or unquoted after it, says where it goes
and shows the command as it should be typed, as `note set 3 Kernpunkt` does for the note:
`highlight add 1 'hochrangigen Treffen'` said only "the following arguments are required:
--quote", and `--quote hochrangigen Treffen` "unrecognized arguments: Treffen"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError


def test_the_quote_without_quote_shows_the_command(lib: list[str], usage_error: UsageError, run: Run) -> None:
    said = usage_error(*lib, "highlight", "add", "1", "hochrangigen Treffen")
    assert said == ("briefing highlight add: error: the quote goes after --quote: "
                    "briefing highlight add 1 --quote 'hochrangigen Treffen'")  # fmt: skip
    said = usage_error(*lib, "highlight", "add", "1", "hochrangigen", "Treffen", "--label", "2")
    assert said.endswith("briefing highlight add 1 --quote 'hochrangigen Treffen' --label 2")
    assert run(*lib, "highlight", "list", "1").out == ""  # nothing was highlighted


def test_several_words_after_quote_unquoted(lib: list[str], usage_error: UsageError) -> None:
    said = usage_error(*lib, "highlight", "add", "1", "--quote", "hochrangigen", "Treffen")
    assert said == ("briefing highlight add: error: a quote of several words goes in quotes: "
                    "briefing highlight add 1 --quote 'hochrangigen Treffen'")  # fmt: skip
    said = usage_error(*lib, "highlight", "add", "1", "--quote=hochrangigen", "Treffen", "in")
    assert said.endswith("briefing highlight add 1 --quote 'hochrangigen Treffen in'")
    # a word before --quote is no part of it: no quote is made up of the words in another order
    said = usage_error(*lib, "highlight", "add", "1", "Treffen", "--quote", "hochrangigen")
    assert said == "briefing highlight add: error: unrecognized arguments: Treffen"
    said = usage_error(*lib, "note", "set", "3", "--text", "Kernpunkt:", "Chips")
    assert said == ("briefing note set: error: a note of several words goes in quotes: "
                    "briefing note set 3 --text 'Kernpunkt: Chips'")  # fmt: skip


def test_no_quote_at_all_says_what_goes_there(
    lib: list[str], usage_error: UsageError, run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    said = usage_error(*lib, "highlight", "add", "1")
    assert said == ("briefing highlight add: error: say which words to highlight: --quote TEXT (words of the "
                    "reading text, found once), e.g. briefing highlight add 1 --quote \"Worte aus dem Text\"")  # fmt: skip
    with pytest.raises(SystemExit):
        run("highlight", "add", "--help")
    assert capsys.readouterr().out.startswith("usage: briefing highlight add [-h] --quote TEXT [--label L] [--note N] SOURCE\n")


def test_the_quote_given_still_highlights(lib: list[str], run: Run) -> None:
    assert run(*lib, "highlight", "add", "1", "--quote", "hochrangigen Treffen").code == 0
