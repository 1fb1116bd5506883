"""The relevance set: queries over the bundled seeds (German) and an English article, with the
hits a user expects, for inflections, umlaut spellings, compounds, phrases, OR, -, and filters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer
from reader.core.search import InvalidSearch, SearchResult, search, source_ids
from reader.core.store import Store

ENGLISH = """Chip makers scramble to secure rare earths

Semiconductor manufacturers are stockpiling the rare earth elements used in their plants,
as export controls tighten. Supply chains for magnets have become a board-level worry.

Analysts at the firm expect the shortage to last. "We are not there yet," said Dr. Müller.
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[str, int]]:
    """The seeds plus one English article, with a tag, highlights and notes; ids by file stem."""
    folder = tmp_path_factory.mktemp("relevance")
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    store = Store.open(folder / "library.sqlite")
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    importer.import_paths(store, [seeds, folder / "english.txt"], workers=1)
    ids = {Path(s.file_name).stem[:3]: s.id for s in store.sources.list()}
    store.sources.update_metadata(ids["eng"], lang="en")
    store.tags.add([ids["000"], ids["eng"]], "Japan")
    text = store.sources.get(ids["001"]).reading_text  # type: ignore[union-attr]
    start = text.index("Quasi-Monopol")
    store.highlights.add(ids["001"], start, start + len("Quasi-Monopol"), "risk", "Frau Müller fragen")
    store.notes.set(ids["002"], "Schön zusammengefasst: Investitionen in Rechenzentren.")
    return store, ids


def _hits(store: Store, query: str) -> set[tuple[str, int]]:
    return {(r.where, r.source_id) for r in search(store, query, limit=100)}


def _articles(store: Store, query: str) -> set[int]:
    return {r.source_id for r in search(store, query, limit=100) if r.where == "article"}


def _ids(ids: dict[str, int], *stems: str) -> set[int]:
    return {ids[s] for s in stems}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("seltene Erde", ("000", "001", "004")),  # seltenen/seltener Erden
        ("rare earth", ("eng",)),  # English stems: earths
        ("semiconductor", ("eng",)),  # Semiconductor
        ("Lieferkette", ("000", "001", "002", "003", "004")),  # Lieferketten
        ("kette", ("000", "001", "002", "003", "004")),  # tail of Lieferketten
        ("Halbleiter", ("000", "002", "003")),  # Halbleitern, Halbleiter-, Halbleiterproduktion
        # tail of Halbleiterproduktion; Produktion; Produkten (the English stem "produkt")
        ("Produktion", ("002", "003", "004")),
        ("Sueden", ()),  # no such word, in either spelling
        ("Suedkorea", ("001",)),  # Südkorea written with ue
        ("Südkorea", ("001",)),
        ("Takaichi OR Kishida", ("001", "002", "003", "004")),
        ("Japan -Takaichi", ("000", "002", "003")),
        ('"seltene Erden"', ("001", "004")),  # exactly these words in order
        ('"schon"', ("002",)),  # "Schon jetzt", never "schön"
        ("Lieferk*", ("000", "001", "002", "003", "004")),
        ("tag:japan Lieferketten", ("000",)),
        ("outlet:handels Japan", ("002",)),
        ("after:2025 Allianz", ("000", "001", "004")),
        ("before:2025 Japan", ("002", "003")),
        ("after:2024-04 before:2024-05", ("002",)),
        ("in:article Müller", ("eng",)),  # Dr. Müller; the annotation is not an article
    ],
)
def test_articles_found(library: tuple[Store, dict[str, int]], query: str, expected: tuple[str, ...]) -> None:
    store, ids = library
    assert _articles(store, query) == _ids(ids, *expected)


def test_umlaut_spellings_find_each_other(library: tuple[Store, dict[str, int]]) -> None:
    store, ids = library
    assert _hits(store, "Mueller") == _hits(store, "Müller") == {
        ("article", ids["eng"]),
        ("highlight", ids["001"]),
    }
    assert _hits(store, "Muell*") == _hits(store, "Müll*") == _hits(store, "Mueller")


def test_phrase_keeps_accents_where_words_fold_them(library: tuple[Store, dict[str, int]]) -> None:
    store, ids = library
    assert _hits(store, '"schön"') == {("note", ids["002"])}
    assert ("article", ids["002"]) in _hits(store, '"Schon"')
    assert ("note", ids["002"]) not in _hits(store, '"Schon"')


def test_filters_for_highlights_and_notes(library: tuple[Store, dict[str, int]]) -> None:
    store, ids = library
    assert _hits(store, "label:risk") == {("highlight", ids["001"])}
    assert _hits(store, "label:Risk Monopol") == {("highlight", ids["001"])}
    assert _hits(store, "label:key") == set()
    assert _hits(store, "in:highlight Monopol") == {("highlight", ids["001"])}
    assert _hits(store, "in:note") == {("note", ids["002"])}
    assert _hits(store, "Rechenzentren -in:article") == {("note", ids["002"])}
    assert _hits(store, "-tag:japan tag:japan") == set()


def test_title_and_highlights_rank_above_body(library: tuple[Store, dict[str, int]]) -> None:
    store, ids = library
    first = search(store, "Monopol", limit=5)[0]
    assert (first.where, first.source_id) == ("highlight", ids["001"])
    assert search(store, "Gegengewicht", limit=1)[0].source_id == ids["001"]  # in its title


def test_result_carries_snippet_spans_and_offsets(library: tuple[Store, dict[str, int]]) -> None:
    store, ids = library
    (result,) = [r for r in search(store, "seltene Erde", markers=("<b>", "</b>")) if r.source_id == ids["000"]]
    assert isinstance(result, SearchResult) and result.file_name.startswith("000_")
    assert "<b>seltenen</b> <b>Erden</b>" in result.snippet
    assert [result.snippet_text[s:e] for s, e in result.snippet_spans] == ["seltenen", "Erden"]
    text = store.sources.get(ids["000"]).reading_text  # type: ignore[union-attr]
    assert [text[s:e] for s, e in result.match_offsets] == ["seltenen", "Erden"]
    assert result.to_json().keys() == {"source_id", "title", "file_name", "where", "snippet"}


def test_ties_go_to_the_newest_source(library: tuple[Store, dict[str, int]]) -> None:
    store, _ids = library
    results = search(store, "tag:japan")  # no words: every score ties
    dates = [r.published or "9999" for r in results]
    assert dates == sorted(dates, reverse=True)


def test_list_search_narrows_while_typing(library: tuple[Store, dict[str, int]]) -> None:
    store, ids = library
    assert set(source_ids(store, "Kishi")) == _ids(ids, "002", "003")
    assert source_ids(store, "Kishi ") == []
    assert source_ids(store, "Lieferketten", tag="Japan") == [ids["000"]]


@pytest.mark.parametrize(
    "query", ["in:somewhere", "label:purple", "after:2025-13", "before:yesterday", "a OR -b",
              "tag:x OR tag:y", "x" * 1001, " ".join(["w"] * 33)],
)  # fmt: skip
def test_what_cannot_be_searched_says_so_briefly(library: tuple[Store, dict[str, int]], query: str) -> None:
    with pytest.raises(InvalidSearch, match=r"^invalid search: .{1,80}$"):
        search(library[0], query)


def test_an_article_result_carries_its_teasers_hits(library: tuple[Store, dict[str, int]]) -> None:
    """The teaser's hits, for the reading view to mark above the text: only the text's were."""
    store, ids = library
    (result,) = [r for r in search(store, "Panasonic") if r.source_id == ids["002"] and r.where == "article"]
    teaser = store.sources.get(ids["002"]).teaser or ""  # type: ignore[union-attr]
    assert [teaser[s:e] for s, e in result.teaser_offsets] == ["Panasonic"]
    assert len(result.match_offsets) == 1  # the text's own, far down
    assert all(r.teaser_offsets == () for r in search(store, "Panasonic") if r.where != "article")
