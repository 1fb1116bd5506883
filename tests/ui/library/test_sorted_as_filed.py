"""A–Z lists file a title, outlet, author or tag where a reader looks for it.

Seen in session 38 (an English walk-through at 1366 × 768): with Title A–Z chosen, the pasted
"Ölpreis steigt nach OPEC-Beschluss" stood after "The VW ID. SPACE VIZZION …", and the Los
Angeles Times' "‘We had some issues,’ exec says …" came last of all, in the library list and in
the library table alike. SQLite's NOCASE folds only A–Z, so an umlaut sorted after every Z,
and an opening quote after every letter. German dictionaries file "Ö" with the O's; a quote
opening a title is no letter to file it by.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader import paths
from reader.core.ingest import prepare_bytes
from reader.core.store import Store
from tests.ui.library.test_list_after_import_off_the_gui_thread import _listings_by_thread

PROSE = ("Die Netzbetreiber sollen die Mittel bis 2030 abrufen können, Kritiker bemängeln, dass "
         "die Nachfrage der Industrie noch unklar sei. ")  # fmt: skip
# title: (outlet, author, tag)
SOURCES = {
    "Zukunft der Rente": ("Zeit Online", "Zora Adler", "Zoll"),
    "‘We had some issues,’ exec says on Disney+ glitches": ("Los Angeles Times", "Meg James", "Asien"),
    "Ölpreis steigt nach OPEC-Beschluss": ("Ärzteblatt", "Özlem Demir", "Übernahme"),
    "Apple Arcade, so many ways to play": ("Bloomberg", "Anna Berg", "Energie"),
    "over the top: Streaming wächst": ("Observer", "Otto Meier", "Öl"),
}
# What a reader expects under A–Z: "Ö" among the O's, the quoted title among the W's.
TITLES_A_TO_Z = [
    "Apple Arcade, so many ways to play",
    "Ölpreis steigt nach OPEC-Beschluss",
    "over the top: Streaming wächst",
    "‘We had some issues,’ exec says on Disney+ glitches",
    "Zukunft der Rente",
]


@pytest.fixture
def window(make_window, data_dir: Path):
    store = Store.open(paths.resolve(data_dir).ensure().db_path)
    for n, (title, (outlet, author, tag)) in enumerate(SOURCES.items()):
        source_id, _ = store.sources.add(prepare_bytes(f"{title}\n\n{PROSE * (n + 1)}\n".encode(), f"{n}.txt"))
        store.sources.update_metadata(source_id, title=title, site_name=outlet, byline=author)
        store.tags.add([source_id], tag)
    store.close()
    return make_window()


def table_titles(window) -> list[str]:
    model = window.table_mode.view.model
    return [model.source_row(r).title for r in range(model.rowCount())]


def ours(titles: list[str]) -> list[str]:
    """The sources made here, without the samples the window starts with."""
    return [title for title in titles if title in SOURCES]


def test_the_library_list_files_umlauts_and_quoted_titles_by_their_letter(window) -> None:
    window.library.set_sort("title")
    store = window.session.store
    shown = [store.sources.get(i).title for i in window.library.model.ids()]
    assert ours(shown) == TITLES_A_TO_Z


def test_the_library_table_sorts_titles_up_and_down_by_their_letter(window) -> None:
    window.table_mode.action.trigger()
    view = window.table_mode.view
    view.table.sortByColumn(view.column_of("title"), Qt.SortOrder.AscendingOrder)
    assert ours(table_titles(window)) == TITLES_A_TO_Z
    view.table.sortByColumn(view.column_of("title"), Qt.SortOrder.DescendingOrder)
    assert ours(table_titles(window)) == TITLES_A_TO_Z[::-1]


def test_the_tables_outlet_and_author_columns_file_umlauts_by_their_letter(window) -> None:
    window.table_mode.action.trigger()
    view = window.table_mode.view
    view.table.setColumnHidden(view.column_of("author"), False)
    for key, expected in (("outlet", ["Ärzteblatt", "Bloomberg", "Los Angeles Times", "Observer", "Zeit Online"]),
                          ("author", ["Anna Berg", "Meg James", "Otto Meier", "Özlem Demir", "Zora Adler"])):  # fmt: skip
        view.table.sortByColumn(view.column_of(key), Qt.SortOrder.AscendingOrder)
        column = view.column_of(key)
        cells = [view.model.index(r, column).data() for r in range(view.model.rowCount())]
        assert [cell for cell in cells if cell in expected] == expected


def test_the_outlet_filter_and_the_tag_list_file_umlauts_by_their_letter(window) -> None:
    filters = window.library.filters
    filters._refill()  # what opening the list does
    combo = filters.outlet_combo
    outlets = [combo.itemData(i) for i in range(1, combo.count())]
    assert [o for o in outlets if o in {"Ärzteblatt", "Bloomberg", "Zeit Online"}] == [
        "Ärzteblatt", "Bloomberg", "Zeit Online"]  # fmt: skip
    tags = window.library.tag_model
    names = [tags.data(tags.index(r)) for r in range(1, tags.rowCount())]
    assert names == ["Asien  (1)", "Energie  (1)", "Öl  (1)", "Übernahme  (1)", "Zoll  (1)"]


def test_the_list_read_after_an_import_files_the_imported_title_by_its_letter(
    window, qtbot, tmp_path, monkeypatch
) -> None:
    """After an import the list is read on a thread of its own, with a read-only connection of
    its own: that connection sorts the same way. (One without the sort key failed the reading,
    and the list was read again on the window's thread, the stall the thread is there to spare.)"""
    window.library.set_sort("title")
    on_gui = _listings_by_thread(monkeypatch)
    article = tmp_path / "oel.md"
    article.write_text("# Öl und Gas: Europas Speicher sind voll\n\nDie Gasspeicher in Deutschland sind vor dem "
                       "Winter zu 98 Prozent gefüllt, meldet die Bundesnetzagentur. Händler rechnen mit "
                       "stabilen Preisen bis zum Frühjahr.\n", encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([article], report=False)
    qtbot.waitUntil(lambda: not window.library.loader.pending(), timeout=20_000)
    store = window.session.store
    shown = [store.sources.get(i).title for i in window.library.model.ids()]
    wanted = [*TITLES_A_TO_Z[:1], "Öl und Gas: Europas Speicher sind voll", *TITLES_A_TO_Z[1:]]
    assert [title for title in shown if title in wanted] == wanted
    assert on_gui == [False]
