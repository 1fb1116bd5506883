""""Did you mean …": a search that finds (nearly) nothing is offered the query with its mistyped
words replaced by the nearest words of the library, the rest of the query as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer, search
from reader.core.search import Suggestion
from reader.core.store import Store

ARTICLES = {
    "schulden.txt": "Bundesregierung streitet über die Schuldenbremse\n\nDie Bundesregierung will die "
    "Schuldenbremse reformieren. Ökonomen warnen vor steigender Inflation. Die Schuldenbremse "
    "bleibt umstritten, sagt der Finanzminister in seinem Büro an der Leopoldstraße.\n\nDie "
    "Schuldenbremse begrenzt die Kreditaufnahme des Bundes. Die Bundesregierung prüft Ausnahmen.\n",
    "xi.txt": "Xi Jinping meets business leaders\n\nChinese President Xi Jinping met business "
    "leaders in Beijing on Tuesday. Exports grew while prices stayed low. Xi Jinping called for "
    "more investment at a summit held in München last spring.\n\nAnalysts said tariffs would shape "
    "the talks.\n",
    # The text has the typo itself, once: the word is in the library, the common one near it.
    "typo.txt": "Prices in the shops\n\nShoppers say the inflaton of food prices hurts them most. "
    "Bread, milk and butter cost more than a year ago.\n",
}
# A word in many sources, so that a typo of it that the library holds once is still offered it.
INFLATION = (
    "Inflation report number {i}\n\nInflation in the euro area slowed again in month {i}. The central "
    "bank said inflation would stay near its target, and economists expect it to fall further.\n"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    for i in range(12):
        (folder / f"inflation_{i:02d}.txt").write_text(INFLATION.format(i=i), encoding="utf-8")
    opened = Store.open(Path(tmp_path_factory.mktemp("library")) / "library.sqlite")
    results = importer.import_paths(opened, [folder], workers=1)
    assert all(r.source_id for r in results), results
    opened.tags.add([_source(opened, "Xi Jinping")], "China")
    return opened


def _source(store: Store, words: str) -> int:
    (found,) = {r.source_id for r in search.search(store, f'"{words}"', limit=5)}
    return found


def _suggested(store: Store, text: str) -> Suggestion | None:
    """The suggestion for `text` after searching it as the CLI does."""
    return search.suggest(store, text, len(search.search(store, text, limit=20)))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Schuldenbrmse", "Schuldenbremse"),
        ("Bundesrgierung", "Bundesregierung"),
        ("Xi Jinpin", "Xi Jinping"),
        ("schuldenbremze", "schuldenbremse"),  # lower case typed, lower case offered
        ("Finanzminster", "Finanzminister"),
    ],
)
def test_a_mistyped_word_is_offered_the_word_of_the_library(store: Store, typed: str, meant: str) -> None:
    assert search.search(store, typed) == []
    suggestion = _suggested(store, typed)
    assert suggestion is not None and suggestion.text == meant
    assert search.search(store, suggestion.text)


def test_the_offered_word_is_marked_where_it_stands(store: Store) -> None:
    suggestion = _suggested(store, "Xi Jinpin")
    assert suggestion == Suggestion("Xi Jinping", ((3, 10),))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Leopoldstrase", "Leopoldstraße"),  # ß typed as one s
        ("Munchen", "München"),  # an umlaut typed as its bare vowel (an English source: no
                                 # German stemmer makes the two one word there)
        ("Okonomn", "Ökonomen"),  # … with a typo beside it
        ("Ökonmen", "Ökonomen"),  # the umlaut right, a letter left out
    ],
)
def test_umlaut_and_sharp_s_spellings(store: Store, typed: str, meant: str) -> None:
    suggestion = _suggested(store, typed)
    assert suggestion is not None and suggestion.text == meant


def test_a_phrase_stays_a_phrase(store: Store) -> None:
    suggestion = _suggested(store, '"Schuldenbrmse reformieren"')
    assert suggestion is not None and suggestion.text == '"Schuldenbremse reformieren"'
    assert search.search(store, suggestion.text)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Schuldenbrmse OR Jinpin", "Schuldenbremse OR Jinping"),
        ("(Bundesrgierung OR Kanzlerin)  after:2020", "(Bundesregierung OR Kanzlerin)  after:2020"),
        ("Jinpin -Schuldenbrmse", "Jinping -Schuldenbrmse"),  # an excluded word is left alone
        ("NOT Schuldenbrmse Jinpin", "NOT Schuldenbrmse Jinping"),
        ("Jinpin tag:China in:article", "Jinping tag:China in:article"),
        ("Schuldenbrmse Subvent*", None),  # a prefix is not corrected, and blocks: nothing found
    ],
)
def test_operators_filters_and_spacing_stay_as_typed(store: Store, typed: str, meant: str | None) -> None:
    suggestion = _suggested(store, typed)
    assert (suggestion.text if suggestion else None) == meant


def test_a_typo_the_library_has_once_is_offered_the_common_word(store: Store) -> None:
    assert len(search.search(store, "inflaton")) == 1  # the shop article's own typo
    suggestion = _suggested(store, "inflaton")
    assert suggestion is not None and suggestion.text == "inflation"


def test_no_suggestion_when_nothing_is_near(store: Store) -> None:
    assert _suggested(store, "Xylophon") is None
    assert _suggested(store, "Bundesregierung Tokio") is None  # Tokio is not in the library
    assert _suggested(store, "Bundesregierung Jinping") is None  # both there, never together
    # In one source only, as "München": its stem "muench" is two edits from "month", which
    # twelve sources hold, but the words are not near.
    assert len(search.search(store, "Muenchen")) == 1
    assert _suggested(store, "Muenchen") is None


def test_no_suggestion_when_the_search_found_enough(store: Store) -> None:
    assert search.suggest(store, "Schuldenbrmse", found=search.FEW_RESULTS + 1) is None


def test_only_a_suggestion_that_finds_something(store: Store) -> None:
    # The only Schuldenbremse source is not tagged China: the corrected search finds nothing too.
    assert _suggested(store, "Schuldenbrmse tag:China") is None
    # Where the user searches (the window's own filters) decides, through `hits`.
    assert search.suggest(store, "Schuldenbrmse", 0, hits=lambda _query: 0) is None
    asked: list[str] = []
    assert search.suggest(store, "Schuldenbrmse", 0, hits=lambda q: asked.append(q) or 1) is not None
    assert asked == ["Schuldenbremse"]


def test_a_read_only_library_suggests_too(store: Store) -> None:
    assert store.path is not None
    with Store.open(store.path, read_only=True) as read_only:
        suggestion = _suggested(read_only, "Schuldenbrmse")
    assert suggestion is not None and suggestion.text == "Schuldenbremse"
