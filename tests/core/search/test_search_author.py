"""`author:` (German `autor:`) in the query language: sources whose byline contains the text.
The German filter words (`autor:`, `medium:`, `schlagwort:`, `nach:` …) mean what the English
ones do: typed in the German window, they had been searched as words and found nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer, search
from reader.core.search import InvalidSearch
from reader.core.store import Store
from reader.paths import bundled_seeds_dir


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The five seeds; their gold bylines: 000 "Redaktion", 002 "Nicole Bastian", the rest none."""
    opened = Store.open(Path(tmp_path_factory.mktemp("author")) / "library.sqlite")
    importer.import_paths(opened, [bundled_seeds_dir()], workers=1)
    opened.tags.add(opened.sources.ids()[:2], "Japan")
    return opened


def _bylines(store: Store, query: str) -> set[str]:
    return {store.sources.get(i).byline or "" for i in search.source_ids(store, query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("author:bastian", {"Nicole Bastian"}),
        ('author:"Nicole Bastian"', {"Nicole Bastian"}),
        ("autor:Bastian", {"Nicole Bastian"}),
        ("Autor:redaktion", {"Redaktion"}),
        ("author:müller", set()),
        ("autor:bastian Japan", {"Nicole Bastian"}),
        ("autor:bastian Sojabohnen", set()),  # the words must match as well
    ],
)
def test_author_filter(store: Store, query: str, expected: set[str]) -> None:
    assert _bylines(store, query) == expected


def test_excluding_an_author_keeps_everything_else(store: Store) -> None:
    rest = search.source_ids(store, "-autor:bastian")
    assert len(rest) == store.sources.count() - 1
    assert "Nicole Bastian" not in _bylines(store, "-autor:bastian")


@pytest.mark.parametrize(
    ("german", "english"),
    [("medium:handelsblatt", "outlet:handelsblatt"), ("nach:2025", "after:2025"),
     ("vor:2025", "before:2025"), ("schlagwort:japan", "tag:japan")],
)  # fmt: skip
def test_german_filter_words_mean_the_english_ones(store: Store, german: str, english: str) -> None:
    found = search.source_ids(store, german)
    assert found == search.source_ids(store, english)
    assert 0 < len(found) < store.sources.count()  # the filter picks some, not all


def test_german_filter_word_without_value_is_invalid(store: Store) -> None:
    with pytest.raises(InvalidSearch, match="autor: needs a value"):  # named as typed
        search.search(store, "Japan autor:", limit=1)
