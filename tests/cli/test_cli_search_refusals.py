"""`briefing search` with a malformed query: one line "briefing: invalid search: <reason>" on
stderr, prefixed as every other error is (it was not), exit status 1;
`NOT tag:x` leaves out the tagged sources, as `-tag:x` does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reader import paths
from reader.core.settings import Settings

if TYPE_CHECKING:
    from tests.cli.conftest import Run


@pytest.fixture
def library(tmp_path: Path, seeds_dir: Path, run: Run) -> str:
    data = str(tmp_path / "lib")
    assert run("--data-dir", data, "import", str(seeds_dir))[0] == 0
    first = sorted(seeds_dir.iterdir())[0]
    assert run("--data-dir", data, "import", str(first), "--tag", "archive")[0] == 0
    return data


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("title:", "title: is not a filter"),
        ("(Japan OR Korea", "a “(” is not closed"),
        ("Japan)", "a “)” closes no “(”"),
        ("Japan NEAR Korea", "NEAR is not supported"),
        ("Japan OR", "OR needs a word on both sides"),
        ("NOT", "NOT needs a word or filter after it"),
        ("   ", "nothing to search for"),  # said "No matches." with exit status 0
    ],
)
def test_malformed_query_says_why_in_one_line(
    library: str, run: Run, query: str, reason: str
) -> None:
    code, out, err = run("--data-dir", library, "search", query)
    assert code == 1 and not out
    assert err.count("\n") == 1 and err.startswith(f"briefing: invalid search: {reason}")


def test_not_tag_leaves_out_the_tagged_sources(
    library: str, run: Run
) -> None:
    def found(query: str) -> set[int]:
        code, out, err = run(
            "--data-dir", library, "search", query, "--json", "--limit", "100"
        )
        assert code == 0, err
        return {hit["source_id"] for hit in json.loads(out)}

    tagged = found("tag:archive")
    assert tagged and found("NOT tag:archive") == found("-tag:archive")
    assert found("NOT tag:archive") and not found("NOT tag:archive") & tagged


def test_a_tag_the_library_lacks_is_refused_with_the_closest(library: str, run: Run) -> None:
    """`search tag:archiv` said "No matches." with exit status 0, while `list --tag archiv`
    says there is no such tag and names the closest: search says the same now."""
    for query in ("Japan tag:archiv", "Japan -tag:archiv", "schlagwort:archiv"):
        code, out, err = run("--data-dir", library, "search", query)
        assert (code, out) == (1, "")
        assert err == "briefing: there is no tag “archiv”; did you mean “archive”?\n"
    code, out, _ = run("--data-dir", library, "search", "tag:ARCHIVE", "--json")  # any case
    assert code == 0 and len(json.loads(out)) == 1


def test_label_takes_the_users_own_name_for_a_label(library: str, run: Run) -> None:
    """`label:` with the name given to a label in the window: the window's box found its
    highlights, `briefing search` said "no highlight label"."""
    Settings(label_names={"risk": "Gefahr"}).save(paths.resolve(library).settings_file)
    assert run("--data-dir", library, "highlight", "add", "3", "--quote", "Zudem plant Microsoft",
               "--label", "risk")[0] == 0  # fmt: skip
    code, out, err = run("--data-dir", library, "search", "label:Gefahr", "--json")
    assert code == 0, err
    assert [hit["where"] for hit in json.loads(out)] == ["highlight"]
