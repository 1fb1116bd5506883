"""`briefing highlight label` without its label (or without anything) says what is missing and
how the command goes, as `note set 3` and `highlight add 1` do: it ended in argparse's bare
"the following arguments are required: LABEL"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader import paths
from reader.core.settings import Settings

if TYPE_CHECKING:
    from tests.cli.conftest import Run, UsageError


def test_no_label_names_the_labels_with_an_example(
    filled: list[str], run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as ended:
        run(*filled, "highlight", "label", "1")
    out, err = capsys.readouterr()
    assert (ended.value.code, out) == (2, "")
    assert err.splitlines() == [
        "usage: briefing highlight label [-h] HIGHLIGHT LABEL",
        "briefing highlight label: error: say which label highlight #1 gets: 1 key “Key point”, 2 evidence "
        "“Evidence/figure”, 3 risk “Risk”, 4 client “Quote for client”, 5 question “Question”; e.g. briefing "
        "highlight label 1 evidence"]  # fmt: skip
    assert run(*filled, "highlight", "label", "1", "evidence").out == "highlight #1: Evidence/figure\n"


def test_the_labels_go_by_the_users_names(filled: list[str], usage_error: UsageError) -> None:
    """A label renamed in Preferences is named as the user calls it, as an unknown label's answer does."""
    where = paths.resolve(Path(filled[1]))
    Settings(label_names={"risk": "Gefahr"}).save(where.settings_file)
    assert "3 risk “Gefahr”," in usage_error(*filled, "highlight", "label", "1")


def test_nothing_at_all_says_both_with_an_example(lib: list[str], usage_error: UsageError) -> None:
    assert usage_error(*lib, "highlight", "label") == (
        "briefing highlight label: error: say which highlight gets which label, e.g. briefing highlight label 5 "
        "evidence (`briefing highlight list SOURCE` shows a source's highlights and their numbers)")  # fmt: skip


def test_a_label_given_again_is_said_to_be_there_already(filled: list[str], run: Run) -> None:
    """`highlight label` of the label the highlight has: said, exit status 0, as `tag add`."""
    assert run(*filled, "highlight", "label", "1", "risk") == (0, "highlight #1: Risk\n", "")
    assert run(*filled, "highlight", "label", "1", "3") == (
        0, "highlight #1: Risk\n", "highlight #1 has the label “Risk” already; nothing was changed\n")
