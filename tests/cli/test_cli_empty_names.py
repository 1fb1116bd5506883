"""An option that names a tag, a saved search, a briefing or an outlet, given an empty word
(`--tag "$CLIENT"` with the variable unset), is a usage error that changes nothing: it was
taken as the option left out, so `export --tag ""` and `export --briefing ""` wrote the whole
library, `entities --tag ""` and `entities ""` answered for every entity, and `saved add …
--tag ""` saved a search for the tag “”."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.mark.parametrize(
    "argv",
    [["export", "--tag", "", "{out}"], ["export", "--saved", " ", "{out}"], ["export", "--briefing", "", "{out}"],
     ["export", "--tag", "\u200b", "--single-file", "{out}"], ["entities", "--tag", ""], ["entities", ""],
     ["list", "--tag", "\t"], ["list", "--saved", ""], ["saved", "add", "Z", "Japan", "--tag", ""],
     ["saved", "add", "Z", "Japan", "--outlet", ""], ["saved", "add", "Z", "Japan", "--author", " "],
     ["saved", "add", "Z", "Japan", "--lang", ""], ["saved", "add", "Z", "Japan", "--entity", ""],
     ["import", "{out}", "--tag", ""],
     # a name where the command's NAME goes: it was "a tag needs a name" (exit status 1), or
     # "no briefing named “”", where every other empty name is a usage slip
     ["tag", "add", "1", ""], ["tag", "add", "1", "--tag", " "], ["tag", "remove", "1", "\u200b"],
     ["tag", "rename", "Japan", ""], ["tag", "rename", "", "Japan"], ["tag", "delete", ""],
     ["briefing", "create", ""], ["briefing", "show", " "], ["briefing", "add", "", "--text", "x"],
     ["briefing", "delete", ""], ["saved", "add", "", "Japan"], ["saved", "add", "  ", "Japan"],
     ["saved", "remove", ""]],
)  # fmt: skip
def test_an_empty_name_is_a_usage_error_and_changes_nothing(
    lib: list[str], run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    out = tmp_path / "vault"
    before = run(*lib, "saved", "--json").out, run(*lib, "list", "--json").out
    with pytest.raises(SystemExit) as ended:
        run(*lib, *(word.format(out=out) for word in argv))
    said, err = capsys.readouterr()
    assert ended.value.code == 2 and said == ""
    assert err.splitlines()[-1].endswith(": an empty name names nothing (is a shell variable unset?)")
    assert not out.exists()
    assert (run(*lib, "saved", "--json").out, run(*lib, "list", "--json").out) == before
