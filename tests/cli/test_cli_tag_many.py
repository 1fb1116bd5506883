"""`briefing tag add|remove SOURCE… TAG`: one tag on or off several sources in one step, the
tag last; every source's tags after it, a line each; a source that did not carry a tag to
remove is named on stderr, and an unknown source refuses the whole step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def lib(tmp_path: Path, seeds_dir: Path, run: Run) -> list[str]:
    data = ["--data-dir", str(tmp_path / "data")]
    assert run(*data, "import", str(seeds_dir))[0] == 0
    return data


def test_a_tag_on_and_off_several_sources(lib: list[str], run: Run) -> None:
    code, out, _ = run(*lib, "tag", "add", "1", "2", "3", "Client X")
    assert code == 0
    assert out.splitlines() == ["source #1: Client X", "source #2: Client X", "source #3: Client X"]
    code, out, err = run(*lib, "tag", "remove", "2", "4", "client x")
    assert code == 0
    assert out.splitlines() == ["source #2: no tags", "source #4: no tags"]
    assert err.strip() == "source #4 had no tag “client x”; nothing was changed"
    code, out, _ = run(*lib, "list", "--tag", "Client X")
    assert [line.split()[0] for line in out.splitlines()] == ["1", "3"]


def test_a_tag_added_again_is_said_to_be_there_already(lib: list[str], run: Run) -> None:
    """`tag add` of a tag the source has did nothing and said nothing of it, where `tag remove`
    of one it lacks said so: both are what was asked holding already, exit status 0 (README)."""
    assert run(*lib, "tag", "add", "1", "Client X").code == 0
    code, out, err = run(*lib, "tag", "add", "1", "2", "Client X")
    assert (code, out) == (0, "source #1: Client X\nsource #2: Client X\n")
    assert err == "source #1 has the tag “Client X” already; nothing was changed\n"


def test_an_unknown_source_refuses_the_whole_step(lib: list[str], run: Run) -> None:
    code, _, err = run(*lib, "tag", "add", "1", "99", "Client X")
    assert code == 1 and "no source #99" in err
    code, out, _ = run(*lib, "list", "--tag", "Client X")
    assert out.strip() == ""

