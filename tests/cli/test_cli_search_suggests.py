"""`briefing search` that finds nothing says on stderr what it might have meant ("Did you mean:
Kishida"), so a mistyped word is not a dead end in a terminal either; stdout stays the results."""

from __future__ import annotations

import json

import pytest

from reader.cli import main
from reader.paths import bundled_seeds_dir


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = str(tmp_path_factory.mktemp("lib"))
    assert main(["--data-dir", folder, "import", str(bundled_seeds_dir())]) == 0
    return folder


def _search(data: str, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", data, "search", *words])
    out, err = capsys.readouterr()
    return code, out, err


def test_nothing_found_suggests_on_stderr(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _search(data, capsys, "Kishda")
    assert code == 0 and out == ""
    assert err.splitlines() == ["No matches.", "Did you mean: Kishida"]
    code, out, err = _search(data, capsys, "Kishida")
    assert out and "Did you mean" not in err


def test_the_query_around_the_word_is_kept(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    _code, _out, err = _search(data, capsys, "-Xylofon", '"Fumio Kishda"', "after:2020")
    assert "Did you mean: -Xylofon \"Fumio Kishida\" after:2020" in err.splitlines()


def test_json_stays_json(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _search(data, capsys, "Kishda", "--json")
    assert code == 0 and json.loads(out) == []
    assert err.splitlines() == ["Did you mean: Kishida"]


def test_no_suggestion_when_nothing_is_near(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    _code, _out, err = _search(data, capsys, "Xylophon")
    assert err.splitlines() == ["No matches."]
