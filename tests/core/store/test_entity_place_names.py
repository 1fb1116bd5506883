"""A place is listed, found and matched by its English and German names, whatever language
the sources that name it are in. The seeds are German: they write "USA", "Vereinigte
Staaten", "Südkorea" and "Tokio" (grep), which an English reader knows as the United States,
South Korea and Tokyo."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer, search
from reader.core.entities import EntityKind
from reader.core.store import SavedSearch, Store


@pytest.fixture
def indexed(store: Store, seeds_dir: Path) -> Store:
    importer.import_paths(store, [seeds_dir], workers=1)
    store.entities.refresh()
    return store


def _places(store: Store, lang: str | None) -> dict[int, str]:
    return {e.id: e.name for e in store.entities.list(EntityKind.PLACE, lang=lang)}


def test_places_are_named_in_the_readers_language(indexed: Store) -> None:
    stored, english, german = _places(indexed, None), _places(indexed, "en"), _places(indexed, "de")
    assert set(stored) == set(english) == set(german)  # the same places, only named otherwise
    (usa,) = [i for i, name in stored.items() if name == "Vereinigte Staaten"]
    (korea,) = [i for i, name in stored.items() if name == "Südkorea"]
    (tokyo,) = [i for i, name in stored.items() if name == "Tokio"]
    assert (english[usa], english[korea], english[tokyo]) == ("United States", "South Korea", "Tokyo")
    assert (german[usa], german[korea], german[tokyo]) == ("Vereinigte Staaten", "Südkorea", "Tokio")
    people = {e.name for e in indexed.entities.list(EntityKind.PERSON, lang="en")}
    assert "Sanae Takaichi" in people  # only places change


def test_a_place_is_found_by_any_of_its_names(indexed: Store) -> None:
    for asked in ("United States", "usa", "Vereinigte Staaten", "America"):
        assert [e.name for e in indexed.entities.find(asked)] == ["Vereinigte Staaten"], asked
    (usa,) = indexed.entities.find("USA")
    assert {"united states", "vereinigte staaten"} <= indexed.entities.names(usa.id)
    assert indexed.entities.find("Atlantis") == []


def test_a_saved_search_naming_a_place_in_english_keeps_it(indexed: Store) -> None:
    (usa,) = indexed.entities.find("USA")
    kept = SavedSearch(0, "x", entity_id=usa.id, entity_name="United States")
    assert search.saved_entity_id(indexed, kept) == usa.id
    (korea,) = indexed.entities.find("Südkorea")
    moved = SavedSearch(0, "x", entity_id=korea.id, entity_name="United States")  # id taken by another
    assert search.saved_entity_id(indexed, moved) == usa.id
    assert search.saved_entity_id(indexed, SavedSearch(0, "x", entity_id=usa.id, entity_name="Canada")) == search.NO_ENTITY
