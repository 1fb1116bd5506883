"""`briefing story join|split` say what they did, by title, and how to take it back.

They take sources' numbers, while `briefing stories` prints each story's own number first: a
user who typed `story join 4 5` for stories 4 and 5 joined sources 4 and 5 and read only
"story 7: sources #4, #5 joined by hand". Now the story is printed as `stories` lists it (the
sources new in it marked "+"), what is left of a story split is shown, each with the command
that undoes it; a number that is a story's and no source's, or a source in no story to take
out of, is refused with the stories' sources named; numbers that are stories' too get a note.

The seeds' library: story 1 holds sources 1, 2 and 5 (the Tokyo reports); 3 and 4 are alone.
"""

from __future__ import annotations

import json
import shlex
from typing import TYPE_CHECKING

from reader.core import stories
from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def groups(run: Run, lib: list[str]) -> set[frozenset[int]]:
    return {frozenset(s["id"] for s in story["sources"]) for story in json.loads(run(*lib, "stories", "--json")[1])}


def undone(run: Run, out: str) -> None:
    """Run the `to undo:` line's commands, as a user would paste them."""
    (line,) = [line for line in out.splitlines() if line.startswith("to undo: ")]
    for command in line.removeprefix("to undo: ").split(" && "):
        words = shlex.split(command)
        assert words[0] == "briefing"
        assert run(*words[1:])[0] == 0


def test_join_names_the_sources_and_how_to_undo_it(lib: list[str], run: Run) -> None:
    before = groups(run, lib)
    assert before == {frozenset({1, 2, 5})}
    code, out, err = run(*lib, "story", "join", "2", "3")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "joined by hand into story 1 (+ new in it):"
    assert lines[1].startswith("story    1  4 sources  2024-04-11 – 2025-10-28  ")
    assert lines[2] == ("           + 3  2024-04-11  Die USA und Japan machen vor, wie eine Technologie-Partnerschaft "
                        "funktioniert  — Handelsblatt")  # fmt: skip
    assert lines[4] == "             2  2025-10-28  Gegengewicht zu China: Japan und USA stärken Allianz  — DWN"
    assert lines[-1] == f"to undo: briefing --data-dir {lib[1]} story split 3"
    undone(run, out)
    assert groups(run, lib) == before


def test_a_join_of_two_stories_is_undone_into_both(lib: list[str], run: Run) -> None:
    assert run(*lib, "story", "join", "3", "4")[0] == 0
    before = groups(run, lib)
    assert before == {frozenset({1, 2, 5}), frozenset({3, 4})}
    code, out, _ = run(*lib, "story", "join", "1", "4")
    assert code == 0 and groups(run, lib) == {frozenset({1, 2, 3, 4, 5})}
    assert [line[:14] for line in out.splitlines() if "+" in line[:14]] == ["           + 4", "           + 3"]
    assert out.splitlines()[-1].endswith("story split 4 3 && briefing --data-dir " f"{lib[1]} story join 4 3")
    undone(run, out)
    assert groups(run, lib) == before


def test_split_names_what_it_took_out_what_is_left_and_how_to_undo_it(lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "story", "split", "5")
    assert code == 0
    assert out.splitlines()[:3] == [
        "taken out of story 1 and kept apart by hand:",
        "             5              Neues goldenes Zeitalter der Allianz: USA und Japan intensivieren Kooperation",
        "what is left of story 1:",
    ]
    assert out.splitlines()[3].startswith("story    1  2 sources  2025-10-28  ")
    assert out.splitlines()[-1] == f"to undo: briefing --data-dir {lib[1]} story join 5 1"
    undone(run, out)
    assert groups(run, lib) == {frozenset({1, 2, 5})}

    code, out, _ = run(*lib, "story", "split", "1", "5")  # one source is left: no story
    assert code == 0 and "story 1 is no more: #2 stands alone" in out
    assert groups(run, lib) == set()
    undone(run, out)
    assert groups(run, lib) == {frozenset({1, 2, 5})}


def test_a_source_in_no_story_is_not_taken_out(lib: list[str], run: Run) -> None:
    """Taking out a source that is in no story only pinned it, so grouping never placed it
    again; the window's Take out of story is off for one."""
    with Store.open(lib[1] + "/library.sqlite") as store:
        rows = store.stories.memberships(range(1, 6))
    code, out, err = run(*lib, "story", "split", "5", "3")
    assert (code, out) == (1, "")
    assert err == ("briefing: #3 “Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert” "
                   "is in no story, so there is nothing to take it out of; nothing was changed\n")  # fmt: skip
    with Store.open(lib[1] + "/library.sqlite") as store:
        assert store.stories.memberships(range(1, 6)) == rows


def test_a_story_number_that_is_no_source_is_named_as_one(lib: list[str], run: Run) -> None:
    with Store.open(lib[1] + "/library.sqlite") as store:
        for _ in range(6):
            store.stories.new_story()  # empty: the next story is numbered past the sources
        stories.join(store, [3, 4])
        (story,) = {s for s in store.stories.story_of([3, 4]).values()}
    assert story > 5
    for action in ("join", "split"):
        code, out, err = run(*lib, "story", action, str(story), "1")
        assert (code, out) == (1, "")
        assert err == (f"briefing: no source #{story}; {story} is a story's number, and `story join` and `story "
                       "split` take sources' numbers, as `briefing stories` lists them under each story "
                       f"(story {story}: #4, #3)\n")  # fmt: skip
    assert groups(run, lib) == {frozenset({1, 2, 5}), frozenset({3, 4})}


def test_numbers_that_are_stories_too_get_a_note(lib: list[str], run: Run) -> None:
    assert run(*lib, "story", "join", "3", "4")[0] == 0  # story 2: sources 3 and 4
    code, out, err = run(*lib, "story", "join", "1", "2")  # sources 1 and 2: in story 1 already
    assert code == 0 and out.startswith("#1, #2 are in one story already; nothing was changed:\n")
    assert err == ("note: 1, 2 are stories' numbers too; `story join` read them as sources' numbers, as it "
                   "always does (the stories' sources: story 1: #1, #2, #5; story 2: #4, #3)\n")  # fmt: skip
    assert groups(run, lib) == {frozenset({1, 2, 5}), frozenset({3, 4})}
    code, _, err = run(*lib, "story", "split", "2")
    assert code == 0 and err.startswith("note: 2 is a story's number too; `story split` read it as a source's number")
    code, _, err = run(*lib, "story", "join", "1", "5")  # story 5 there is none: no note
    assert code == 0 and err == ""


def test_story_show_of_a_source_number_says_so(lib: list[str], run: Run) -> None:
    """`story show` takes a story's number; a source's, from `list`, got a bare "no story #2"."""
    assert run(*lib, "story", "show", "2") == (1, "", "briefing: no story #2; #2 is a source's number (“Gegengewicht "
                                               "zu China: Japan und USA stärken Allianz”), in story 1: briefing story "
                                               "show 1\n")  # fmt: skip
    assert run(*lib, "story", "show", "3")[2].endswith(", in no story\n")
    assert run(*lib, "story", "show", "99")[2] == "briefing: no story #99; `briefing stories` lists the stories\n"
