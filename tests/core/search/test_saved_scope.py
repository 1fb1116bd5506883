"""What a saved search finds on the seeds; expected ids come from reading the seed files
(grep: "Kishida" is in 002 and 003, "Takaichi" in 001 and 004; 002 is Handelsblatt's)."""

from __future__ import annotations

import importlib
import unicodedata
from pathlib import Path

import pytest

from reader.core import importer, search
from reader.core.store import SavedSearch, SourceFilter, Store, table_ids


@pytest.fixture
def by_file(store: Store, seeds_dir: Path) -> dict[str, int]:
    importer.import_paths(store, [seeds_dir])
    return {s.file_name[:3]: s.id for s in store.sources.list()}


def found(store: Store, **fields: object) -> set[int]:
    return set(search.saved_source_ids(store, SavedSearch(0, "x", **fields)))  # type: ignore[arg-type]


def test_query_tag_and_filters_narrow_together(store: Store, by_file: dict[str, int]) -> None:
    assert found(store, query="Kishida") == {by_file["002"], by_file["003"]}
    assert found(store, query="Takaichi") == {by_file["001"], by_file["004"]}
    assert found(store, query="Kishida", outlet="Handelsblatt") == {by_file["002"]}
    store.tags.add([by_file["003"], by_file["004"]], "Asia")
    assert found(store, query="Kishida", tag="asia") == {by_file["003"]}
    assert found(store, tag="Asia") == {by_file["003"], by_file["004"]}
    store.sources.mark_opened(by_file["004"])
    assert found(store, tag="Asia", unread_only=True) == {by_file["003"]}
    assert found(store, query="Kishida", lang="en") == set()  # the seeds are German


def test_a_query_that_does_not_parse_is_refused(store: Store, by_file: dict[str, int]) -> None:
    with pytest.raises(search.InvalidSearch):
        search.saved_source_ids(store, SavedSearch(0, "bad", "in:nowhere"))


def test_words_naming_the_outlet_or_author_find_those_sources_as_the_list_does(store: Store,
                                                                             by_file: dict[str, int]) -> None:  # fmt: skip
    """The library lists the Handelsblatt report for "Handelsblatt" (an Outlet/author hit), which
    no article's text holds: the timeline, the chronology and a saved search found none."""
    assert found(store, query="Handelsblatt") == {by_file["002"]}
    assert found(store, query="bastian") == {by_file["002"]}  # its author, Nicole Bastian
    assert found(store, query="Handelsblatt Bastian") == {by_file["002"]}  # every word in the credit
    assert found(store, query="Handelsblatt Takaichi") == set()  # one word in no credit nor text
    assert found(store, query='"Handelsblatt"') == set()  # a phrase asks for the text
    assert found(store, query="outlet:Handelsblatt") == {by_file["002"]}  # the filter, as before
    store.tags.add([by_file["003"]], "Asia")
    assert found(store, query="Handelsblatt", tag="Asia") == set()  # the tag narrows them too


def test_found_by_credit_and_by_text_they_are_listed_together_newest_first(store: Store,
                                                                           by_file: dict[str, int]) -> None:  # fmt: skip
    with store.db.conn:  # 003, of 22 Jan 2022, signed by someone named as 001 and 004 name her
        store.db.execute("UPDATE sources SET byline = 'Mika Takaichi' WHERE id = ?", [by_file["003"]])
    ids = search.saved_source_ids(store, SavedSearch(0, "x", query="Takaichi"))
    assert ids == [by_file["001"], by_file["003"], by_file["004"]]  # 28 Oct 2025, 22 Jan 2022, undated


def test_a_credit_counts_a_word_only_where_a_word_of_it_begins(store: Store, by_file: dict[str, int]) -> None:
    """"EU" stood inside "Reuters", "USA" inside "Susanne": every report of either was an
    Outlet/author hit, and so in the timeline, the exports and a saved search's count."""
    with store.db.conn:  # 003, of 22 Jan 2022, names neither the EU nor "Reuters" in its text
        store.db.execute("UPDATE sources SET byline = 'Susanne Meyer', agency = 'Reuters' WHERE id = ?",
                         [by_file["003"]])  # fmt: skip
    assert by_file["003"] not in found(store, query="EU")
    assert found(store, query="Reuters") == found(store, query="reut*") == {by_file["003"]}
    assert found(store, query="Meyer Susanne") == {by_file["003"]}
    assert found(store, query="sanne") == set()


@pytest.mark.parametrize("query", ["Handelsblatt -Kishida", "Handelsblatt before:2023", "bastian in:note",
                                   "Handelsblatt (Bastian OR Takaichi)"])  # fmt: skip
def test_words_with_a_filter_or_exclusion_are_not_a_credit(store: Store, by_file: dict[str, int], query: str) -> None:
    """The Handelsblatt report (11 Apr 2024, no note) names Kishida: none of these asks for it,
    and the credit, which cannot answer the rest of the query, counted it all the same."""
    assert found(store, query=query) == set()
    assert search.credit_hits(store, query) == []


def test_a_tag_in_another_case_narrows_the_credit_hits_as_the_text_hits(store: Store, by_file: dict[str, int]) -> None:
    """SQLite's NOCASE folds A–Z only: a saved search tagged "öl" (`saved add --tag öl`) found
    the Handelsblatt report tagged "Öl" by its text words, and not by its outlet."""
    store.tags.add([by_file["002"]], "Öl")
    assert found(store, query="Kishida", tag="öl") == {by_file["002"]}
    assert found(store, query="Handelsblatt", tag="öl") == {by_file["002"]}


def test_credit_words_look_at_the_credit_not_the_title(store: Store, by_file: dict[str, int]) -> None:
    """Credit hits read only the rows whose outlet, author or agency holds the words: with the
    title in the condition, "Japan" loaded every report headlined with Japan to find no credit."""
    headlined = set(table_ids(store.db, "published", True, SourceFilter(words="Japan")))
    assert by_file["002"] in headlined  # "Japan–USA schmieden …", Handelsblatt's headline
    assert table_ids(store.db, "published", True, SourceFilter(credit_words="Japan")) == []
    assert table_ids(store.db, "published", True, SourceFilter(credit_words="handelsblatt")) == [by_file["002"]]


def test_credit_hits_look_past_rows_whose_credit_holds_the_word_inside_another(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live search lists `limit` credit hits: "EU" is inside "Reuters" in six newer reports,
    and the one "EU Observer" report behind them was not listed."""
    folder = tmp_path / "reports"
    folder.mkdir()
    places = ["Lisbon", "Oslo", "Vienna", "Dublin", "Riga", "Tallinn", "Sofia"]
    for n, place in enumerate(places):
        (folder / f"{n}.txt").write_text(f"Harbour news from {place}\n\nThe port of {place} opened a quay "
                                         f"for the {n + 2}th time this year, its board said.\n", encoding="utf-8")  # fmt: skip
    importer.import_paths(store, [folder], workers=1)
    with store.db.conn:
        for n, (source_id,) in enumerate(store.db.execute("SELECT id FROM sources ORDER BY file_name").fetchall()):
            observer = n == len(places) - 1
            store.db.execute("UPDATE sources SET agency = ?, site_name = ?, published = ? WHERE id = ?",
                             [None if observer else "Reuters", "EU Observer" if observer else None,
                              "2020-01-01" if observer else f"2024-01-0{n + 1}", source_id])  # fmt: skip
    hits = search.credit_hits(store, "EU", limit=1)
    assert [hit.shown for hit in hits] == ["EU Observer"]
    # As you type, the list reads a bounded number of rows: past it, the report is not listed.
    # (the package's `credit_hits` is the function: the module by its name)
    monkeypatch.setattr(importlib.import_module("reader.core.search.credit_hits"), "_MAX_ROWS_READ", len(places) - 1)
    assert search.credit_hits(store, "EU", limit=1) == []
    assert [hit.shown for hit in search.credit_hits(store, "EU")] == ["EU Observer"]  # a saved search's count


def test_a_credit_word_typed_in_lower_case_finds_a_capital_umlaut(store: Store, by_file: dict[str, int]) -> None:
    """SQLite's LIKE folds A–Z only: "özdemir" found no credit of "Cem Özdemir", though the
    hits compare casefolded words."""
    with store.db.conn:
        store.db.execute("UPDATE sources SET byline = 'Cem Özdemir' WHERE id = ?", [by_file["003"]])
    for query in ("özdemir", "Özdemir", "ÖZDEMIR", unicodedata.normalize("NFD", "özdemir")):  # pasted decomposed
        assert [hit.row.id for hit in search.credit_hits(store, query)] == [by_file["003"]], query
    assert by_file["003"] in found(store, query="özdemir")


def test_the_same_word_as_title_and_credit_word_finds_its_letters_alone(store: Store, by_file: dict[str, int]) -> None:
    """Both word lists match a letter beyond A–Z in the SQL by any letter and are checked again
    in any case: the same string given as both (one object) finds "Özdemir", not "Ozdemir"."""
    with store.db.conn:
        store.db.execute("UPDATE sources SET byline = 'Cem Özdemir' WHERE id = ?", [by_file["003"]])
        store.db.execute("UPDATE sources SET byline = 'Ozdemir' WHERE id = ?", [by_file["001"]])
    word = "özdemir"
    assert table_ids(store.db, filters=SourceFilter(words=word, credit_words=word)) == [by_file["003"]]


def test_credit_hits_take_ss_for_sharp_s_and_the_dotted_capital_i_for_i(store: Store, by_file: dict[str, int]) -> None:
    """A German keyboard without ß, or a writer without it, types "weiss"; nobody types the
    Turkish "İ": the hits fold as the library table's filter does."""
    with store.db.conn:
        store.db.execute("UPDATE sources SET byline = 'Marcel Weiß' WHERE id = ?", [by_file["003"]])
        store.db.execute("UPDATE sources SET byline = 'İlkay Gündoğan' WHERE id = ?", [by_file["001"]])
    for query, wanted in (("weiss", "003"), ("WEISS", "003"), ("weiß", "003"), ("ilkay", "001"), ("İLKAY", "001")):
        assert [hit.row.id for hit in search.credit_hits(store, query)] == [by_file[wanted]], query
    assert by_file["001"] in found(store, query="ilkay")


def test_the_words_of_a_credit_hit_are_marked_where_they_stand(store: Store, by_file: dict[str, int]) -> None:
    """"ß" folds to two letters: the bold of "weiss" took the space after "Weiß", that of "dpa" read "· dp"."""
    with store.db.conn:
        store.db.execute("UPDATE sources SET byline = 'Marcel Weiß', agency = 'dpa' WHERE id = ?", [by_file["003"]])
    (hit,) = search.credit_hits(store, "weiss dpa")
    assert [hit.shown[start:end] for start, end in hit.spans] == ["Weiß", "dpa"]
    (hit,) = search.credit_hits(store, "Weiß marcel")
    assert [hit.shown[start:end] for start, end in hit.spans] == ["Marcel", "Weiß"]
