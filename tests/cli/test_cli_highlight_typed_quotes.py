"""`briefing highlight add --quote` with the quotation marks a keyboard types.

Articles print „…“, “…”, ’ and –; a consultant at a terminal types "…", ' and -. The quote was
"not found" although the words were there, with no hint why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader.cli.annotation_commands import locate_quote
from reader.cli.common import CommandError

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_straight_quotes_find_german_quotation_marks(
    tmp_path: Path, seeds_dir: Path, run: Run
) -> None:
    lib = ("--data-dir", str(tmp_path / "lib"))
    assert run(*lib, "import", str(seeds_dir / "004_12e4bb930a6ea1bf.txt"))[0] == 0
    code, out, err = run(*lib, "highlight", "add", "1", "--quote", 'als "neues goldenes Zeitalter"')
    assert code == 0, err
    code, listed, _ = run(*lib, "highlight", "list", "1", "--json")
    (highlight,) = json.loads(listed)
    assert highlight["quote"] == "als „neues goldenes Zeitalter“"
    # What `add` says is what `list` shows: the paragraph and the article's own words, not
    # the 0-based character offsets ("at 30–68") it printed, which JSON keeps for scripts.
    paragraph = highlight["paragraph"]
    assert out == f"highlight #1 (Key point) in ¶{paragraph}: “als „neues goldenes Zeitalter“”\n"
    assert {"start", "end"} <= set(highlight)
    assert f"¶{paragraph}" in run(*lib, "highlight", "list", "1")[1]


@pytest.mark.parametrize(
    ("typed", "printed"),
    [("it's", "it’s"), ("Japan-USA", "Japan–USA"), ("1990-2000", "1990—2000"),
     ("10 000 Euro", "10\u00a0000 Euro"), ("'Nein'", "‚Nein‘"), ('"Yes"', "«Yes»")],
)  # fmt: skip
def test_typed_forms_match_the_printed_ones_at_the_printed_offset(typed: str, printed: str) -> None:
    text = f"Vorher. {printed} und danach."
    start = locate_quote(text, typed)
    assert text[start : start + len(typed)] == printed


def test_the_exact_words_still_win_and_two_typed_matches_are_ambiguous() -> None:
    text = 'Er sagte „ja“. Sie sagte "ja".'
    assert locate_quote(text, 'sagte "ja"') == text.index('Sie sagte "ja"') + 4  # exactly there
    with pytest.raises(CommandError, match="occurs 2 times"):
        locate_quote("„ja“ oder “ja”", '"ja"')


def test_words_that_are_not_there_are_still_not_found() -> None:
    with pytest.raises(CommandError, match="not found"):
        locate_quote("„nicht verhandelbar“", '"verhandelbar nicht"')
