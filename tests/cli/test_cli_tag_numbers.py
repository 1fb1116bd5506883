"""`briefing tag add 1 2` tagged source 1 with the tag “2”: the user likely meant sources 1 and
2 and forgot the tag. A last word that is a number is refused (usage error, exit status 2,
nothing tagged) with how to tag both and how to use such a tag, which `--tag` takes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


def tags(run: Run, lib: list[str]) -> str:
    code, out, _ = run(*lib, "list", "--json")
    assert code == 0
    return out


@pytest.mark.parametrize("action", ["add", "remove"])
def test_a_number_last_is_refused_with_both_ways_out(lib: list[str], run: Run, action: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    before = tags(run, lib)
    with pytest.raises(SystemExit) as exit_:
        run(*lib, "tag", action, "1", "2")
    assert exit_.value.code == 2
    to = "tag sources" if action == "add" else "take a tag off sources"
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"briefing tag {action}: error: the tag comes last, and “2” is a number: to {to} 1 and 2, name the "
        f"tag after them (briefing tag {action} 1 2 TAG); for the tag “2”, use --tag (briefing tag {action} 1 --tag 2)")
    assert tags(run, lib) == before


def test_a_tag_that_is_a_number_goes_with_the_option(lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "tag", "add", "1", "3", "--tag", "2025")
    assert (code, out) == (0, "source #1: 2025\nsource #3: 2025\n")
    code, out, _ = run(*lib, "tag", "remove", "--tag", "2025", "3")
    assert (code, out) == (0, "source #3: no tags\n")
    code, out, _ = run(*lib, "tag", "add", "1", "2", "Client X")  # as the README writes it, unchanged
    assert (code, out) == (0, "source #1: 2025, Client X\nsource #2: Client X\n")


def test_a_tag_among_the_sources_is_named(lib: list[str], run: Run, capsys: pytest.CaptureFixture[str]) -> None:
    for argv, said in ((["1", "Japan", "3"], "“Japan” is no source's number (the tag comes last: briefing tag add … Japan)"),
                       (["1", "Japan", "--tag", "3"], "“Japan” is no source's number (with --tag, every word is a source's number)"),
                       (["Japan"], 'name one or more sources, then the tag (briefing tag add 3 7 "Client X")')):  # fmt: skip
        with pytest.raises(SystemExit):
            run(*lib, "tag", "add", *argv)
        assert capsys.readouterr().err.splitlines()[-1] == f"briefing tag add: error: {said}"
