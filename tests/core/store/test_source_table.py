"""The library table's queries (issue 13): every column sorts both ways with empty values last
going down, filters narrow, and read state set in bulk comes back exactly on undo."""

from __future__ import annotations

import pytest

from reader.core.ingest import prepare_bytes
from reader.core.store import (
    COLUMN_KEYS,
    SourceFilter,
    Store,
    filter_choices,
    opened_states,
    restore_opened,
    set_read,
    table_ids,
    table_rows,
)

PROSE = ("Die Regierung in Tokio kündigte am Dienstag neue Investitionen in die Halbleiterfertigung an, "
         "die bis zum Ende des Jahrzehnts mehrere Milliarden Euro umfassen sollen. ")  # fmt: skip


@pytest.fixture
def ids(store: Store) -> list[int]:
    rows = [("B", "DWN", "Anna", "2025-01-01", "de"), ("a", "Handelsblatt", None, None, "en"),
            ("C", None, "Bert", "2024-06-30", "de")]  # fmt: skip
    made = []
    for n, (title, outlet, author, published, lang) in enumerate(rows):
        source_id, _ = store.sources.add(prepare_bytes(f"{title}\n\n{PROSE * (n + 1)}\n".encode(), f"{n}.txt"))
        store.sources.update_metadata(source_id, title=title, site_name=outlet, byline=author,
                                      published=published, lang=lang)  # fmt: skip
        made.append(source_id)
    store.highlights.add(made[2], 0, 5, "key")
    store.notes.set(made[0], "a note")
    return made


def test_every_column_sorts_both_ways(store: Store, ids: list[int]) -> None:
    b, a, c = ids
    assert table_ids(store.db, "title", False) == [a, b, c]  # case-insensitive
    assert table_ids(store.db, "published", True) == [b, c, a]  # undated last
    assert table_ids(store.db, "published", False) == [c, b, a]  # … both ways
    assert table_ids(store.db, "outlet", False) == [b, a, c]  # no outlet last
    assert table_ids(store.db, "author", True) == [c, b, a]
    assert table_ids(store.db, "highlights", True)[0] == c
    assert table_ids(store.db, "note", True)[0] == b
    for key in COLUMN_KEYS:
        assert sorted(table_ids(store.db, key, True)) == sorted(ids)
    with pytest.raises(ValueError):
        table_ids(store.db, "title; DROP TABLE sources", True)


def test_filters_and_their_choices(store: Store, ids: list[int]) -> None:
    b, a, c = ids
    assert table_ids(store.db, filters=SourceFilter(outlet="dwn")) == [b]
    assert table_ids(store.db, filters=SourceFilter(author="Bert")) == [c]
    assert table_ids(store.db, filters=SourceFilter(lang="en")) == [a]
    store.tags.add([a, c], "Japan")
    assert sorted(table_ids(store.db, filters=SourceFilter(tag="japan"))) == sorted([a, c])
    store.sources.mark_opened(b)
    assert sorted(table_ids(store.db, filters=SourceFilter(unread_only=True))) == sorted([a, c])
    choices = filter_choices(store.db)
    assert choices.outlets == [("DWN", 1), ("Handelsblatt", 1)] and choices.languages == [("de", 2), ("en", 1)]
    (row,) = table_rows(store.db, [c])
    assert (row.title, row.author, row.highlight_count, row.has_note, row.unread) == ("C", "Bert", 1, False, True)


def test_read_state_in_bulk_and_back(store: Store, ids: list[int]) -> None:
    b, a, c = ids
    store.sources.mark_opened(b)
    before = opened_states(store.db, ids)
    set_read(store.db, ids, True)
    assert not any(r.unread for r in table_rows(store.db, ids))
    assert opened_states(store.db, [b]) == {b: before[b]}  # an earlier read date is kept
    restore_opened(store.db, before)
    assert opened_states(store.db, ids) == before
    set_read(store.db, ids, False)
    assert all(r.unread for r in table_rows(store.db, ids))
