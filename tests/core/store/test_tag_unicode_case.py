"""Tags are one in any case beyond A–Z too: "Öl" and "öl", "Ärzte" and "ÄRZTE".

Walking the command line: `tag add 1 Öl` and `tag add 2 öl` made two tags (SQLite's NOCASE
folds only ASCII), `list --tag öl` found one source of the two, `export --tag öl` one file.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.ingest import prepare_file
from reader.core.store import Store


def test_a_tag_in_another_unicode_case_is_the_same_tag(tmp_path: Path, seed_files: list[Path]) -> None:
    with Store.open(tmp_path / "library.sqlite") as store:
        ids = [store.sources.add(prepare_file(f))[0] for f in seed_files[:3]]
        store.tags.add([ids[0]], "Öl")
        store.tags.add([ids[1]], "öl")
        store.tags.add([ids[2]], "ÖL")
        assert store.tags.names() == ["Öl"]
        assert store.sources.ids("title", tag="öl") == store.sources.ids("title", tag="Öl")
        assert sorted(store.sources.ids(tag="öL")) == sorted(ids)
        assert sorted(store.tags.carriers("öl")) == sorted(ids)
        store.tags.remove([ids[2]], "öl")
        assert store.sources.get(ids[2]).tags == ()  # type: ignore[union-attr]
        store.tags.add([ids[2]], "Ärzte")
        store.tags.rename("ärzte", "öl")  # into "Öl": they merge under its spelling
        assert store.tags.names() == ["Öl"] and sorted(store.sources.ids(tag="Öl")) == sorted(ids)
        store.tags.rename("öl", "öl")  # a change of case alone renames the tag itself
        assert store.tags.names() == ["öl"]
        store.tags.delete("ÖL")
        assert store.tags.names() == []


def test_search_finds_a_tag_typed_in_another_unicode_case(tmp_path: Path, seed_files: list[Path]) -> None:
    from reader.core import search

    with Store.open(tmp_path / "library.sqlite") as store:
        first, _ = store.sources.add(prepare_file(seed_files[0]))
        store.sources.add(prepare_file(seed_files[1]))
        store.tags.add([first], "Öl")
        assert {hit.source_id for hit in search.search(store, "tag:öl")} == {first}
        assert search.source_ids(store, "", tag="öl") == [first]
        assert first not in {hit.source_id for hit in search.search(store, "-schlagwort:ÖL Japan")}


def _nfd(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", text)


def test_a_tag_with_a_combining_mark_is_the_tag_typed(tmp_path: Path, seed_files: list[Path]) -> None:
    """"Müller" with a combining diaeresis (pasted from a PDF, a macOS file name) was a second tag
    beside the "Müller" typed, and `list --tag` with it said "no tag “Kunde Müller”; did you mean
    “Kunde Müller”?"."""
    with Store.open(tmp_path / "library.sqlite") as store:
        ids = [store.sources.add(prepare_file(f))[0] for f in seed_files[:2]]
        store.tags.add([ids[0]], "Kunde Müller")
        store.tags.add([ids[1]], _nfd("Kunde Müller"))
        assert store.tags.names() == ["Kunde Müller"]
        assert sorted(store.sources.ids(tag=_nfd("kunde müller"))) == sorted(ids)


def test_a_tag_stored_with_a_combining_mark_is_found_by_the_one_typed(tmp_path: Path, seed_files: list[Path]) -> None:
    """A library tagged before tags were NFC keeps its tag: the one typed now joins it."""
    with Store.open(tmp_path / "library.sqlite") as store:
        ids = [store.sources.add(prepare_file(f))[0] for f in seed_files[:2]]
        store.tags.add([ids[0]], "Öl")
        store.db.conn.execute("UPDATE tags SET name = ?", (_nfd("Öl"),))  # as an earlier version stored it
        store.tags.add([ids[1]], "öl")
        assert store.tags.names() == [_nfd("Öl")]
