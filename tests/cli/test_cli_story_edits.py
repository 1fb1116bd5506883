"""`briefing story join|split` say what they did, by title, and how to take it back.

The story is printed as `stories` lists it (the sources new in it marked "+"), what is left of a
story split is shown, each with the command that undoes it. That command restores what was
there: sources grouping had placed go back to grouping (`story auto`); the undo had been a split
or join, which left them placed by hand, never to be grouped again. A source in no story is left
as it is and said so (exit status 0). (Story and source numbers apart: `test_cli_story_numbers`.)

The seeds' library: story 1 holds sources 1, 2 and 5 (the Tokyo reports); 3 and 4 are alone.
"""

from __future__ import annotations

import json
import shlex
from typing import TYPE_CHECKING

from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def groups(run: Run, lib: list[str]) -> set[frozenset[int]]:
    return {frozenset(s["id"] for s in story["sources"]) for story in json.loads(run(*lib, "stories", "--json")[1])}


def rows(lib: list[str]) -> dict[int, object]:
    """Each seed's story and whether it was placed by hand, as stored."""
    with Store.open(lib[1] + "/library.sqlite") as store:
        return store.stories.memberships(range(1, 6))


def undone(run: Run, out: str) -> None:
    """Run the `to undo:` line's commands, as a user would paste them."""
    (line,) = [line for line in out.splitlines() if line.startswith("to undo: ")]
    for command in line.removeprefix("to undo: ").split(" && "):
        words = shlex.split(command)
        assert words[0] == "briefing"
        assert run(*words[1:])[0] == 0


def test_join_names_the_sources_and_how_to_undo_it(lib: list[str], run: Run) -> None:
    before = rows(lib)
    assert groups(run, lib) == {frozenset({1, 2, 5})}
    code, out, err = run(*lib, "story", "join", "2", "3")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "joined by hand into story:1 (+ new in it):"
    assert lines[1].startswith("story:1     4 sources  2024-04-11 – 2025-10-28  ")
    assert lines[2] == ("           + 3  2024-04-11  Die USA und Japan machen vor, wie eine Technologie-Partnerschaft "
                        "funktioniert  — Handelsblatt")  # fmt: skip
    assert lines[4] == "             2  2025-10-28  Gegengewicht zu China: Japan und USA stärken Allianz  — DWN"
    assert lines[-1] == f"to undo: briefing --data-dir {lib[1]} story auto 3 1 2 5"
    undone(run, out)
    assert rows(lib) == before  # grouping's again: `story split 3` left all four placed by hand


def test_a_join_of_two_stories_is_undone_into_both(lib: list[str], run: Run) -> None:
    assert run(*lib, "story", "join", "3", "4")[0] == 0  # the user's story
    before = rows(lib)
    assert groups(run, lib) == {frozenset({1, 2, 5}), frozenset({3, 4})}
    code, out, _ = run(*lib, "story", "join", "1", "4")
    assert code == 0 and groups(run, lib) == {frozenset({1, 2, 3, 4, 5})}
    assert [line[:14] for line in out.splitlines() if "+" in line[:14]] == ["           + 4", "           + 3"]
    assert out.splitlines()[-1] == (f"to undo: briefing --data-dir {lib[1]} story split 4 3 && briefing --data-dir "
                                    f"{lib[1]} story join 4 3 && briefing --data-dir {lib[1]} story auto 1 2 5")  # fmt: skip
    undone(run, out)
    assert groups(run, lib) == {frozenset({1, 2, 5}), frozenset({3, 4})}
    after = rows(lib)
    assert {i: after[i] for i in (1, 2, 5)} == {i: before[i] for i in (1, 2, 5)}  # grouping's
    assert after[3] == after[4] and after[3] is not None and after[3][1]  # the user's, by hand


def test_split_names_what_it_took_out_what_is_left_and_how_to_undo_it(lib: list[str], run: Run) -> None:
    before = rows(lib)
    code, out, _ = run(*lib, "story", "split", "5")
    assert code == 0
    assert out.splitlines()[:3] == [
        "taken out of story:1 and kept apart by hand:",
        "             5              Neues goldenes Zeitalter der Allianz: USA und Japan intensivieren Kooperation",
        "what is left of story:1:",
    ]
    assert out.splitlines()[3].startswith("story:1     2 sources  2025-10-28  ")
    assert out.splitlines()[-1] == f"to undo: briefing --data-dir {lib[1]} story auto 5 1 2"
    undone(run, out)
    assert rows(lib) == before

    code, out, _ = run(*lib, "story", "split", "1", "5")  # one source is left: no story
    assert code == 0 and "story:1 is no more: #2 stands alone" in out
    assert groups(run, lib) == set()
    undone(run, out)
    assert rows(lib) == before


def test_a_split_of_the_users_story_is_undone_by_hand(lib: list[str], run: Run) -> None:
    assert run(*lib, "story", "join", "3", "4")[0] == 0
    before = rows(lib)
    code, out, _ = run(*lib, "story", "split", "4")
    assert code == 0 and out.splitlines()[-1] == f"to undo: briefing --data-dir {lib[1]} story join 4 3"
    undone(run, out)
    assert groups(run, lib) == {frozenset({1, 2, 5}), frozenset({3, 4})} and rows(lib)[1] == before[1]


def test_auto_hands_sources_back_to_grouping(lib: list[str], run: Run) -> None:
    before = rows(lib)
    assert run(*lib, "story", "split", "2")[0] == 0
    assert run(*lib, "stories", "--regroup")[0] == 0 and groups(run, lib) == {frozenset({1, 5})}  # by hand
    code, out, err = run(*lib, "story", "auto", "2", "3", "1", "5")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "handed back to automatic grouping; it placed them so:"
    assert out.splitlines()[1].startswith("story:1     3 sources  2025-10-28  ")
    assert "in no story:" not in out
    assert out.splitlines()[-1] == "grouped automatically already, left as before: #3"
    assert rows(lib) == before
    assert run(*lib, "story", "auto", "3") == (0, "#3 is grouped automatically already; nothing was changed\n", "")


def test_a_source_in_no_story_is_left_as_it_is_and_said_so(lib: list[str], run: Run) -> None:
    """Taking out a source that is in no story only pinned it, so grouping never placed it
    again; the window's Take out of story is off for one. It is apart already, as asked: said,
    exit status 0, as `story join` of sources in one story and `tag remove` of a tag not there
    (it was exit status 1, and the other sources named were not taken out)."""
    with Store.open(lib[1] + "/library.sqlite") as store:
        rows = store.stories.memberships(range(1, 6))
    code, out, err = run(*lib, "story", "split", "3")
    assert (code, err) == (0, "")
    assert out == ("#3 “Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert” "
                   "is in no story already; nothing was changed for it\n")  # fmt: skip
    with Store.open(lib[1] + "/library.sqlite") as store:
        assert store.stories.memberships(range(1, 6)) == rows
    code, out, err = run(*lib, "story", "split", "5", "3")  # 5 is taken out, 3 left as it is
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        "#3 “Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert” is in no story already; "
        "nothing was changed for it", "taken out of story:1 and kept apart by hand:"]  # fmt: skip
    with Store.open(lib[1] + "/library.sqlite") as store:
        after = store.stories.memberships(range(1, 6))
    assert after[3] == rows[3] and after[5] != rows[5]
