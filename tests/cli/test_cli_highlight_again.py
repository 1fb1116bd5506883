"""`highlight add` on words already highlighted, and `highlight delete`, as a script meets them.

Walking the command line: adding the same quote again (a script run twice) stacked identical
highlights (#3 and #4 on the same words), while the window gives the one there the new label;
and there was no way to take a wrong highlight away from a terminal.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.cli.conftest import Run


QUOTE = "Fast drei Milliarden Dollar"


def listed(run: Run, lib: list[str]) -> list[tuple[int, str, str]]:
    _, out, _ = run(*lib, "highlight", "list", "3", "--json")
    return [(h["id"], h["label"], h["annotation"]) for h in json.loads(out)]


def test_the_same_words_again_relabel_the_highlight_there(lib: list[str], run: Run) -> None:
    assert run(*lib, "highlight", "add", "3", "--quote", QUOTE, "--label", "evidence", "--note", "Use it")[0] == 0
    code, out, _ = run(*lib, "highlight", "add", "3", "--quote", QUOTE)
    assert code == 0 and out.strip() == f"highlight #1 (Evidence/figure) in ¶1 marks these words already: “{QUOTE}”"
    assert listed(run, lib) == [(1, "evidence", "Use it")]  # no --label: its own label stays
    code, out, _ = run(*lib, "highlight", "add", "3", "--quote", QUOTE, "--label", "Risiko")
    assert code == 0 and "#1 (Risk)" in out
    assert listed(run, lib) == [(1, "risk", "Use it")]
    code, _, err = run(*lib, "highlight", "add", "3", "--quote", QUOTE, "--label", "1", "--note", "Other")
    assert code == 1 and "highlight #1 marks these words already, with a note of its own" in err
    assert listed(run, lib) == [(1, "risk", "Use it")]  # nothing changed


def test_delete_takes_highlights_away_or_none(lib: list[str], run: Run) -> None:
    run(*lib, "highlight", "add", "3", "--quote", QUOTE)
    run(*lib, "highlight", "add", "3", "--quote", "Zudem plant Microsoft")
    code, _, err = run(*lib, "highlight", "delete", "1", "99")
    assert code == 1 and "no highlight #99 (nothing was deleted); `briefing highlight list SOURCE` shows" in err
    assert [h[0] for h in listed(run, lib)] == [1, 2]
    code, out, _ = run(*lib, "highlight", "delete", "1")
    assert code == 0 and out.strip() == f"deleted highlight #1 “{QUOTE}”"
    assert [h[0] for h in listed(run, lib)] == [2]
    _, out, _ = run(*lib, "search", "in:highlight Milliarden", "--json")
    assert json.loads(out) == []  # gone from the search too


def test_delete_names_the_briefings_it_leaves(lib: list[str], run: Run) -> None:
    """A deleted highlight drops out of the briefings quoting it (their export leaves it out):
    the command says which, instead of leaving it to `briefing show`'s "(deleted highlight)"."""
    run(*lib, "highlight", "add", "3", "--quote", QUOTE)
    for name in ("Q4 memo", "Board"):
        run(*lib, "briefing", "create", name)
        run(*lib, "briefing", "add", name, "--highlight", "1")
    code, out, _ = run(*lib, "highlight", "delete", "1")
    assert code == 0 and out.strip() == f"deleted highlight #1 “{QUOTE}” (no longer in the briefings “Board”, “Q4 memo”)"


def test_words_inside_a_highlight_of_their_label_are_that_highlight(lib: list[str], run: Run) -> None:
    """`highlight add 3 --quote PART` of a passage inside highlight #1 made a second highlight
    in #1, an invisible card in the window; #1 is reported instead. A label of its own makes
    one, as selecting those words and pressing another label's key does in the window."""
    whole = f"{QUOTE} will das Unternehmen"
    assert run(*lib, "highlight", "add", "3", "--quote", whole)[0] == 0
    for label in ((), ("--label", "key")):
        code, out, _ = run(*lib, "highlight", "add", "3", "--quote", "drei Milliarden", *label)
        assert code == 0 and out.strip() == f"highlight #1 (Key point) in ¶1 marks these words already: “{whole}”"
    assert [h[0] for h in listed(run, lib)] == [1]
    code, out, _ = run(*lib, "highlight", "add", "3", "--quote", "drei Milliarden", "--label", "risk")
    assert code == 0 and out.strip() == "highlight #2 (Risk) in ¶1: “drei Milliarden” (inside highlight #1)"
    assert [h[:2] for h in listed(run, lib)] == [(1, "key"), (2, "risk")]
