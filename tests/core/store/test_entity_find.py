"""Finding an entity by name (`briefing entities NAME`, a saved search's entity): the exact
name in any case — German letters too — before names containing it; only live sources count.

Names are those the seeds' Entities view lists (checked by eye against the seed texts)."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.store import Store


def _names(store: Store, name: str) -> list[str]:
    return [e.name for e in store.entities.find(name)]


def test_exact_names_in_any_case_then_names_containing_it(store: Store, seeds_dir: Path) -> None:
    results = importer.import_paths(store, [seeds_dir], workers=1)
    store.entities.refresh()
    assert _names(store, "SÜDKOREA") == ["Südkorea"]  # beyond ASCII: SQLite's NOCASE would miss it
    assert _names(store, "fumio KISHIDA") == ["Fumio Kishida"]
    assert _names(store, "kishida") == ["Fumio Kishida"]  # no exact name: the one containing it
    assert _names(store, "ASIEN") == ["Asien"]  # not Südostasien, which contains it
    # "asie" would be exact since Asia is known by its French name too (CLDR)
    assert sorted(_names(store, "stasien")) == ["Südostasien"]  # no exact name: containing it
    assert sorted(_names(store, "sien")) == ["Asien", "Indonesien", "Südostasien"]
    assert _names(store, "eu") == ["EU"]  # not Deutschland or Europa
    assert _names(store, "Nobody Known") == []
    (korea,) = store.entities.find("Südkorea")
    for source_id in store.entities.source_ids(korea.id):  # its one source deleted: gone
        store.sources.delete(source_id)
    assert _names(store, "Südkorea") == [] and len(results) == 5
