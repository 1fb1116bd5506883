"""The store's A–Z orders file a title, outlet, author or tag where a reader looks for it
(`sort_key`): "Ö" with the O's, past an opening quote, in any case — each list the window and
the command line read, both ways, on a read-only connection too. Real SQLite.

The window's tests (tests/ui/library/test_sorted_as_filed.py) see some of these through the
library; the author filter, the tag names offered as one types, and the table's columns sorted down
they do not reach: the rule could be undone there and no test failed (session 38's review)."""

from __future__ import annotations

import sqlite3

import pytest

from reader.core.ingest import prepare_bytes
from reader.core.store import Store, filter_choices, outlets, table_ids
from reader.core.text import sort_key

PROSE = ("Die Netzbetreiber sollen die Mittel bis 2030 abrufen können, Kritiker bemängeln, dass "
         "die Nachfrage der Industrie noch unklar sei. ")  # fmt: skip
# title, outlet, author, tag — each column's A–Z order is the rows' order here.
ROWS = [
    ("Apple Arcade", "Ärzteblatt", "Anna Berg", "Asien"),
    ("Ölpreis steigt", "Bloomberg", "Otto Meier", "Öl"),
    ("„Wir geben nicht nach“", "Observer", "Özlem Demir", "Übernahme"),
    ("Zukunft der Rente", "Zeit Online", "Zora Adler", "Zoll"),
]


@pytest.mark.parametrize(("text", "filed"), [
    ("Ölpreis", "olpreis"), ("ÉCLAIR", "eclair"), ("Straße", "strasse"), ("İlkay", "ilkay"),
    ("‘We had some issues,’", "we had some issues,’"), ("+++ Eilmeldung +++", "eilmeldung +++"),
    ("„Wir geben nicht nach“", "wir geben nicht nach“"), ("2030: Netz", "2030: netz"), ("+++", "+++"), ("", ""), (None, None),
])  # fmt: skip
def test_a_text_is_filed_by_its_first_letter_without_its_accent(text: str | None, filed: str | None) -> None:
    assert sort_key(text) == filed


@pytest.fixture
def made(store: Store) -> list[int]:
    ids = []
    for n, (title, outlet, author, tag) in enumerate(ROWS):
        source_id, _ = store.sources.add(prepare_bytes(f"{title}\n\n{PROSE * (n + 1)}\n".encode(), f"{n}.txt"))
        store.sources.update_metadata(source_id, title=title, site_name=outlet, byline=author)
        store.tags.add([source_id], tag)
        store.highlights.add(source_id, 0, 5, "key")
        ids.append(source_id)
    return ids


def test_the_tables_columns_file_by_the_letter_both_ways(store: Store, made: list[int]) -> None:
    for key in ("title", "outlet", "author"):
        assert table_ids(store.db, key, False) == made, key
        assert table_ids(store.db, key, True) == made[::-1], key


def test_the_filters_and_the_tag_names_file_by_the_letter(store: Store, made: list[int]) -> None:
    choices = filter_choices(store.db)
    assert [name for name, _ in choices.outlets] == [row[1] for row in ROWS]
    assert [name for name, _ in choices.authors] == [row[2] for row in ROWS]
    assert store.tags.names() == [row[3] for row in ROWS]  # offered as one types a tag
    assert outlets(store.db) == [row[1] for row in ROWS]  # All highlights' outlet filter


def test_a_read_only_library_sorts_as_the_window(store: Store, made: list[int]) -> None:
    """A library opened read-only (a damaged one, or a folder one may not write) has the sort
    key too: without it every list sorted A–Z failed ("no such function: sort_key")."""
    path = store.path
    store.close()
    read_only = Store.open(path, read_only=True)
    try:
        assert [s.id for s in read_only.sources.list(order="title")] == made
        assert [t.name for t in read_only.tags.all()] == [row[3] for row in ROWS]
    finally:
        read_only.close()


def test_the_library_file_needs_no_sort_key_to_be_read(store: Store, made: list[int]) -> None:
    """`sort_key` lives on the app's connections only: an index or a view using it would make
    the file unreadable to sqlite-utils or the sqlite3 shell, and fail the integrity check the
    backups run on a connection of their own ("no such function: sort_key")."""
    path = store.path
    store.close()
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for (view,) in plain.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
            plain.execute(f'SELECT * FROM "{view}"').fetchall()
        assert plain.execute("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%sort_key%'").fetchone() == (0,)
    finally:
        plain.close()


def test_a_sources_tags_are_listed_as_the_tag_list_files_them(store: Store, made: list[int]) -> None:
    """A row's tags ("Zoll", "Öl") stood in another order than the tag list beside it."""
    for tag in ("Zoll", "Übernahme", "Asien"):
        store.tags.add([made[1]], tag)
    assert store.sources.summaries([made[1]])[0].tags == ("Asien", "Öl", "Übernahme", "Zoll")
