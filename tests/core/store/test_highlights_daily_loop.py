"""Store behaviour the daily loop relies on (issue 13): undated sources last under "published",
and which briefings quote a source (what deleting it would take out of them)."""

from __future__ import annotations

from reader.core.ingest import prepare_bytes
from reader.core.store import Store


def add_source(store: Store, title: str, body: str, published: str | None) -> int:
    text = f"{title}\n\n{body}\n"
    source_id, _ = store.sources.add(prepare_bytes(text.encode(), f"{title}.txt"))
    store.sources.update_metadata(source_id, title=title, published=published)
    return source_id


PROSE = ("Die Regierung in Tokio kündigte am Dienstag neue Investitionen in die Halbleiterfertigung an, "
         "die bis zum Ende des Jahrzehnts mehrere Milliarden Euro umfassen sollen.")  # fmt: skip


def test_undated_sources_sort_last_under_newest_published(store: Store) -> None:
    """Bug 4: undated sources came first (placed by their import date, today)."""
    old = add_source(store, "Alt", PROSE + " Eins.", "2019-05-01")
    undated = add_source(store, "Ohne Datum", PROSE + " Zwei.", None)
    new = add_source(store, "Neu", PROSE + " Drei.", "2025-10-28")
    assert store.sources.ids("published") == [new, old, undated]


def test_briefings_quoting_a_source(store: Store) -> None:
    source = add_source(store, "Quelle", PROSE, "2025-01-01")
    other = add_source(store, "Andere", PROSE + " Noch etwas anderes hier.", "2025-01-02")
    first, _ = store.highlights.add(source, 0, 20, "key")
    second, _ = store.highlights.add(source, 30, 60, "risk")
    elsewhere, _ = store.highlights.add(other, 0, 20, "key")
    japan, _ = store.briefings.create("Japan")
    china, _ = store.briefings.create("China")
    store.briefings.add_highlights(japan.id, [first.id, second.id, elsewhere.id])
    store.briefings.add_highlights(china.id, [second.id])
    assert store.highlights.briefings_quoting(source) == [("China", 1), ("Japan", 2)]
    assert store.highlights.briefings_quoting(other) == [("Japan", 1)]
    store.highlights.delete(second.id)  # a deleted highlight is no longer quoted anywhere
    assert store.highlights.briefings_quoting(source) == [("Japan", 1)]
