"""`agency:` in the query language: sources whose news agency contains the text, like
`outlet:` for outlets ("agency:dpa" finds the "dpa/lno" story)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer, search
from reader.core.search import InvalidSearch
from reader.core.store import Store
from reader.paths import bundled_seeds_dir

WIRE = Path(__file__).resolve().parents[2] / "data" / "agency" / "hafen_v1.txt"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, int, int]:
    """The seeds (no agency), the dpa/lno story, and one seed given "Reuters" by hand."""
    opened = Store.open(Path(tmp_path_factory.mktemp("agency")) / "library.sqlite")
    importer.import_paths(opened, [bundled_seeds_dir()], workers=1)
    (result,) = importer.import_paths(opened, [WIRE], workers=1)
    reuters = min(i for i in opened.sources.ids() if i != result.source_id)
    opened.sources.update_metadata(reuters, agency="Reuters")
    return opened, int(result.source_id or 0), reuters


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("agency:dpa", {"dpa"}),
        ('agency:"DPA/lno"', {"dpa"}),
        ("agency:reuters", {"reuters"}),
        ("agency:afp", set()),
        ("agency:dpa Containerumschlag", {"dpa"}),
        ("agency:dpa Japan", set()),  # the words must match as well
    ],
)
def test_agency_filter(library: tuple[Store, int, int], query: str, expected: set[str]) -> None:
    store, dpa, reuters = library
    names = {dpa: "dpa", reuters: "reuters"}
    assert {names.get(i, "other") for i in search.source_ids(store, query)} == expected


def test_excluding_an_agency_keeps_everything_else(library: tuple[Store, int, int]) -> None:
    store, dpa, _ = library
    rest = search.source_ids(store, "-agency:dpa")
    assert dpa not in rest and len(rest) == store.sources.count() - 1


def test_agency_needs_a_value(library: tuple[Store, int, int]) -> None:
    store, _, _ = library
    with pytest.raises(InvalidSearch, match="agency: needs a value"):
        search.search(store, 'agency:""', limit=1)
