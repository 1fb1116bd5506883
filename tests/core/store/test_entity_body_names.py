"""A body the rules list under its names in both languages (`known_bodies`) is one row, named by
whichever source came first; the window names it in its own language, and a saved search kept
under another of its names (from before the rules keyed them as one) still finds it."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer, search
from reader.core.entities import EntityKind
from reader.core.store import SavedSearch, Store

_ECB = "The European Central Bank raised rates. The ECB said inflation was too high, the ECB added.\n"
_EZB = "Die EZB erhöht die Zinsen. Die EZB sieht die Inflation zu hoch, sagte die EZB in Frankfurt.\n"
_EU = "The talks with the EU failed. The EU wants a deal before the summer, officials said.\n"


def _import(store: Store, tmp_path: Path, texts: dict[str, str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    importer.import_paths(store, [folder], workers=1)
    store.entities.refresh()


def _orgs(store: Store, lang: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in store.entities.list(EntityKind.ORG, lang=lang)}


def test_the_window_names_a_listed_body_in_its_language(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, {"a_en.txt": _ECB})  # the row is named by the English source
    assert list(_orgs(store, "en")) == ["European Central Bank"]
    german = _orgs(store, "de")
    assert list(german) == ["EZB"], german  # as German sources write it most
    assert {"ECB", "European Central Bank", "Europäische Zentralbank"} <= set(german["EZB"])


def test_a_name_of_the_window_language_stays_as_the_row_holds_it(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, {"a_de.txt": _EZB, "b_en.txt": _EU})
    assert set(_orgs(store, "de")) == {"EZB", "EU"}
    assert set(_orgs(store, "en")) == {"ECB", "EU"}  # "EU" is English too


def test_a_saved_search_under_another_name_of_the_body_finds_it(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, {"a_de.txt": _EZB, "b_en.txt": _ECB})
    (row,) = store.entities.list(EntityKind.ORG)
    # saved when the rules kept "European Central Bank" a row of its own, since gone
    saved = SavedSearch(0, "ECB", entity_id=row.id + 100, entity_name="European Central Bank")
    assert search.saved_entity_id(store, saved) == row.id
    assert len(search.saved_source_ids(store, saved)) == 2
    same_id = SavedSearch(0, "ECB", entity_id=row.id, entity_name="Europäische Zentralbank")
    assert search.saved_entity_id(store, same_id) == row.id


def test_a_chip_names_a_listed_body_as_the_list_does(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, {"a_en.txt": _ECB})
    (row,) = store.entities.list(EntityKind.ORG)
    assert store.entities.name_in(row.id, "de") == "EZB"  # the filter chip, the timeline's heading
    assert store.entities.name_in(row.id, "en") == "European Central Bank"


def test_the_whos_who_names_a_listed_body_in_the_briefing_language(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, {"a_en.txt": _ECB})
    ids = [s.id for s in store.sources.list()]
    assert "EZB" in store.entities.whos_who(ids, "de")
    assert "European Central Bank" in store.entities.whos_who(ids, "en")
