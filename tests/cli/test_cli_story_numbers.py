"""A story's number and a source's cannot be taken for each other: stories are written
`story:N` wherever they are printed and taken, a bare number is always a source's.

`briefing stories` printed both bare ("story    1" over its sources' "1", "2", "5"), `story
join|split` took sources' numbers and `story show` a story's: a user who typed `story join 4 5`
for stories 4 and 5 joined sources 4 and 5. Each command now refuses the other kind, saying
what the number is. The JSON keeps both bare (scripts read them).

The seeds' library: story 1 holds sources 1, 2 and 5 (the Tokyo reports); 3 and 4 are alone.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from reader.cli import main
from reader.core import stories
from reader.core.store import Store

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def test_stories_print_their_numbers_as_story_n(lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "stories")
    assert code == 0
    assert [line[:14] for line in out.splitlines()] == ["story:1     3 ", "             1", "             2",
                                                        "             5"]  # fmt: skip


@pytest.mark.parametrize("action", ["join", "split", "auto"])
def test_a_story_given_for_sources_is_refused_with_its_sources(lib: list[str], run: Run, action: str) -> None:
    with Store.open(lib[1] + "/library.sqlite") as store:
        before = store.stories.memberships(range(1, 6))
    assert run(*lib, "story", action, "story:1", "3") == (
        1, "", f"briefing: story:1 is a story, and `story {action}` takes sources' numbers: its sources are 1, 2 "
        "and 5; nothing was changed\n")  # fmt: skip
    assert run(*lib, "story", action, "3", "STORY:9")[2] == "briefing: no story:9; `briefing stories` lists the stories\n"
    with Store.open(lib[1] + "/library.sqlite") as store:
        assert store.stories.memberships(range(1, 6)) == before


def test_a_bare_number_no_source_has_says_whose_story_it_numbers(lib: list[str], run: Run) -> None:
    """A story's number typed bare (read from JSON, say) where no source has it."""
    with Store.open(lib[1] + "/library.sqlite") as store:
        for _ in range(6):
            store.stories.new_story()  # empty: the next story is numbered past the sources
        stories.join(store, [3, 4])
        (story,) = set(store.stories.story_of([3, 4]).values())
    assert story > 5
    for action in ("join", "split", "auto"):
        assert run(*lib, "story", action, str(story), "1") == (
            1, "", f"briefing: no source #{story} (story:{story}, a story, has 4 and 3); "
            "`briefing list` shows the sources and their numbers\n")  # fmt: skip


def test_story_show_takes_a_story_and_says_whose_a_bare_number_is(lib: list[str], run: Run) -> None:
    """`story show 2` showed story 2, where every other command reads 2 as a source."""
    said = "briefing: `story show` takes a story's number, written story:N as `briefing stories` prints it; "
    assert run(*lib, "story", "show", "2") == (1, "", said + "2 is a source's number (“Gegengewicht zu China: Japan "
                                               f"und USA stärken Allianz”), in story:1: briefing --data-dir {lib[1]} "
                                               "story show story:1\n")  # fmt: skip
    assert run(*lib, "story", "show", "3")[2].endswith(", in no story\n")
    assert run(*lib, "story", "show", "99")[2] == said + "there is no source #99 either\n"
    assert run(*lib, "story", "show", "story:99")[2] == "briefing: no story:99; `briefing stories` lists the stories\n"
    code, out, _ = run(*lib, "story", "show", "Story:1")
    assert code == 0 and out.startswith("story:1     3 sources  2025-10-28  Japan–USA schmieden „Goldenes Bündnis“\n\n"
                                        "#1  Japan–USA schmieden „Goldenes Bündnis“")  # fmt: skip


def test_show_names_a_sources_story_as_story_n(lib: list[str], run: Run) -> None:
    assert run(*lib, "show", "2")[1].splitlines()[2] == "in story:1 (briefing story show story:1)"
    assert "story" not in run(*lib, "show", "3")[1].split("\n\n")[0]


def test_the_json_keeps_bare_numbers_that_story_n_takes(lib: list[str], run: Run) -> None:
    listed = {s["id"]: s["story"] for s in json.loads(run(*lib, "list", "--json")[1])}
    assert listed == {1: 1, 2: 1, 3: None, 4: None, 5: 1}
    assert json.loads(run(*lib, "show", "2", "--json")[1])["story"] == 1
    (story,) = json.loads(run(*lib, "stories", "--json")[1])
    assert story["id"] == 1 and [s["id"] for s in story["sources"]] == [1, 2, 5]
    shown = json.loads(run(*lib, "story", "show", f"story:{story['id']}", "--json")[1])
    assert shown["id"] == 1 and [s["id"] for s in shown["sources"]] == [1, 2, 5]


@pytest.mark.parametrize(("typed", "says"), [
    ("s2", "argument SOURCE: 's2' is neither a source's number (12) nor a story's (story:4)"),
    ("story:x", "argument SOURCE: 'story:x' is neither a source's number (12) nor a story's (story:4)"),
    ("story:99999999999999999999", "99999999999999999999 is too large"),
])  # fmt: skip
def test_a_number_that_is_neither_is_a_usage_error(
    lib: list[str], capsys: pytest.CaptureFixture[str], typed: str, says: str
) -> None:
    with pytest.raises(SystemExit) as ended:
        main([*lib, "story", "join", "1", typed])
    err = capsys.readouterr().err
    assert ended.value.code == 2 and says in err and "Traceback" not in err
