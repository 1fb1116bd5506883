"""The library row's summary says whether the source has a summary note (✎ in the list)."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths
from reader.core.store import Store
from reader.core.store.source_table import table_rows


def test_summaries_flag_a_note_with_words_only(store: Store, seeds_dir: Path) -> None:
    import_paths(store, [seeds_dir], workers=1)
    a, b, c = store.sources.ids()[:3]
    store.notes.set(a, "Wichtig für den Bericht")
    store.notes.set(b, "  \n ")  # blanks only: no note, as in the library table
    flags = {s.id: s.has_note for s in store.sources.summaries([a, b, c])}
    assert flags == {a: True, b: False, c: False}
    assert {s.id for s in store.sources.list() if s.has_note} == {a}
    assert {row.id: row.has_note for row in table_rows(store.db, [a, b, c])} == flags  # the table agrees
