"""Whether a word is a number (an id) or something else (a path, a title, a tag, `story:3`) is
one rule, `as_number`, in every command. Five places had asked it in five ways: `1_000` was
source 1000 to `show` and a name to `tag`, `+1` a number to `tag` and a name to `entities` and
`briefing show`, and 5,000 digits a traceback in `briefing show` and `entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from reader.cli.common import LARGEST_ID, as_number

if TYPE_CHECKING:
    from tests.cli.conftest import Run

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize(
    ("word", "value"),
    [("12", 12), (" 12", 12), ("12\n", 12), ("012", 12), ("１２", 12), ("+3", 3), ("-3", -3), ("0", 0),
     ("1e3", None), ("12.txt", None), ("story:3", None), ("1_000", None), ("0x1F", None), ("²", None),
     ("1 2", None), ("", None), (" ", None), ("+", None), ("+-3", None), ("--3", None), ("3.0", None),
     ("9" * 5000, LARGEST_ID + 1), ("-" + "9" * 20, -(LARGEST_ID + 1)), ("0" * 30 + "7", 7)],
)  # fmt: skip
def test_what_a_number_is(word: str, value: int | None) -> None:
    assert as_number(word) == value


# Every argument that takes an id, `{}` where it goes: of source 1 (and its highlight 1, item 1,
# entity 1, story 1), which are there, or 99, which is not, for the commands that would change
# something (so both readings of the number get the same answer: "no source #99").
THERE = [("show", "{}"), ("show", "1", "--revision", "{}"), ("highlight", "list", "{}"),
         ("entities", "--id", "{}"), ("entities", "--source", "{}", "--limit", "3"),
         ("note", "show", "{}"), ("story", "show", "story:{}"), ("briefing", "show", "Q")]  # fmt: skip
ABSENT = [("highlight", "add", "{}", "--quote", "Tokio"), ("highlight", "label", "{}", "risk"),
          ("highlight", "delete", "{}"), ("note", "set", "{}", "--text", "x"), ("tag", "add", "{}", "Japan"),
          ("tag", "remove", "{}", "Japan"), ("briefing", "add", "Q", "--highlight", "{}"),
          ("briefing", "move", "Q", "{}", "1"), ("briefing", "remove", "Q", "{}"), ("story", "join", "1", "{}"),
          ("story", "split", "{}"), ("story", "auto", "{}"), ("export", "--source", "{}", "out")]  # fmt: skip


def _said(run: Run, capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """What a command did, a usage error (SystemExit, its words on stderr) included."""
    try:
        code, out, err = run(*argv)
    except SystemExit as ended:
        out, err = capsys.readouterr()
        code = int(ended.code or 0)
    return code, out, err


@pytest.mark.parametrize("written", [" {}", "0{}", "+{}", "full-width"])
def test_every_id_reads_a_number_written_otherwise_as_the_number(
    filled: list[str], run: Run, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    for template, n in [(argv, "1") for argv in THERE] + [(argv, "99") for argv in ABSENT]:
        variant = n.translate(FULL_WIDTH) if written == "full-width" else written.format(n)
        plain = _said(run, capsys, [*filled, *(w.format(n) for w in template)])
        other = _said(run, capsys, [*filled, *(w.format(variant) for w in template)])
        assert other == plain, template
        assert "Traceback" not in plain[2] and plain[0] in (0, 1), (template, plain)


@pytest.mark.parametrize("word", ["1_000", "1e3", "12.txt", "²"])
def test_a_word_that_is_no_number_is_a_usage_error_wherever_an_id_goes(
    filled: list[str], run: Run, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    before = run(*filled, "list", "--json").out
    for template in THERE[:-1] + ABSENT:
        code, out, err = _said(run, capsys, [*filled, *(w.format(word) for w in template)])
        said = err.splitlines()[-1] if err else ""
        assert code == 2 and out == "", (template, code, err)
        assert any(words in said for words in ("not a number", "is neither a source's number", "is no source's number",
                                               "is no entity's number", "is no highlight's number")), said
    assert run(*filled, "list", "--json").out == before


def test_a_briefing_or_entity_named_by_number_is_answered_alike(filled: list[str], run: Run) -> None:
    for written in ("1", "+1", "01", "１"):
        code, _, err = run(*filled, "briefing", "show", written)
        assert (code, err) == (1, f"briefing: no briefing named “{written}”; briefing #1 is “Q”: a briefing goes by its name\n")
        code, _, err = run(*filled, "entities", written)
        assert code == 1 and f"no entity is called “{written}”; entity #1 is " in err and "(briefing entities --id 1)" in err
    for huge in ("9" * 5000, "9" * 25):  # int() refuses past 4,300 digits: a traceback
        assert run(*filled, "briefing", "show", huge)[:2] == (1, "")
        code, _, err = run(*filled, "entities", huge)
        assert code == 1 and err.startswith("briefing: no entity is called")


def test_a_tag_that_is_no_number_is_a_tag(filled: list[str], run: Run) -> None:
    """`1_000` and `2025.1` are names: the tag comes last without --tag."""
    assert run(*filled, "tag", "add", "1", "1_000").out == "source #1: 1_000\n"
    assert run(*filled, "tag", "add", "1", "2025.1").out == "source #1: 1_000, 2025.1\n"


def test_a_story_number_where_a_source_goes_says_where_it_goes(
    filled: list[str], run: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _said(run, capsys, [*filled, "show", "story:1"])
    assert code == 2 and err.splitlines()[-1] == (
        "briefing show: error: argument ID: not a number: 'story:1' "
        "(story:1 is a story's number: `briefing story show story:1` shows it)")
