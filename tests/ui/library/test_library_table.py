"""View ▸ Library table (issue 13): sortable, hideable columns remembered, filters for outlet,
author, language and unread, and bulk changes on a selection, each one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox

from reader.ui import dialogs
from reader.ui.library.table_model import SourceIdRole

METADATA = [  # title, outlet, author, published, lang
    ("Alpha Chips", "Handelsblatt", "Nicole Bastian", "2024-04-11", "de"),
    ("beta Energie", "DWN", None, "2025-10-28", "de"),
    ("Gamma Yen", "Handelsblatt", "Martin Kölling", None, "en"),
    ("Delta Allianz", "Industrie-Blog", "Redaktion", "2025-10-27", "de"),
    ("Epsilon Rohstoffe", None, None, "2023-01-02", "de"),
]


@pytest.fixture
def window(make_window):
    window = make_window()
    store = window.session.store
    for source_id, (title, outlet, author, published, lang) in zip(sorted(store.sources.ids()), METADATA, strict=True):
        store.sources.update_metadata(source_id, title=title, site_name=outlet, byline=author,
                                      published=published, lang=lang)  # fmt: skip
    window.table_mode.action.trigger()
    return window


def titles(window) -> list[str]:
    model = window.table_mode.view.model
    return [model.source_row(r).title for r in range(model.rowCount())]


def select_titles(window, *wanted: str) -> list[int]:
    view = window.table_mode.view
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row, title in enumerate(titles(window)):
        if title in wanted:
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            selection.select(view.model.index(row, 0), flags)
    return view.selected_ids()


def test_the_model_passes_the_model_tester(window, qtmodeltester) -> None:
    qtmodeltester.check(window.table_mode.view.model)


def test_columns_sort_and_undated_sources_stay_last(window) -> None:
    view = window.table_mode.view
    assert titles(window) == ["beta Energie", "Delta Allianz", "Alpha Chips", "Epsilon Rohstoffe", "Gamma Yen"]
    view.table.sortByColumn(view.column_of("title"), Qt.SortOrder.AscendingOrder)
    assert titles(window) == ["Alpha Chips", "beta Energie", "Delta Allianz", "Epsilon Rohstoffe", "Gamma Yen"]
    view.table.sortByColumn(view.column_of("outlet"), Qt.SortOrder.AscendingOrder)
    assert titles(window)[:1] == ["beta Energie"] and titles(window)[-1] == "Epsilon Rohstoffe"  # no outlet last
    view.table.sortByColumn(view.column_of("published"), Qt.SortOrder.AscendingOrder)
    assert titles(window)[0] == "Epsilon Rohstoffe" and titles(window)[-1] == "Gamma Yen"


def test_hidden_columns_are_remembered(window, make_window) -> None:
    view = window.table_mode.view
    outlet = view.column_of("outlet")
    assert not view.table.isColumnHidden(outlet) and view.table.isColumnHidden(view.column_of("author"))
    view.table.setColumnHidden(outlet, True)
    view.table.setColumnHidden(view.column_of("author"), False)
    window.close()
    again = make_window()
    again.table_mode.action.trigger()
    table = again.table_mode.view.table
    assert table.isColumnHidden(outlet) and not table.isColumnHidden(again.table_mode.view.column_of("author"))


def test_filters_for_outlet_author_language_and_unread(window) -> None:
    view = window.table_mode.view
    view.outlet_combo.setCurrentIndex(view.outlet_combo.findData("Handelsblatt"))
    assert sorted(titles(window)) == ["Alpha Chips", "Gamma Yen"]
    view.author_combo.setCurrentIndex(view.author_combo.findData("Martin Kölling"))
    assert titles(window) == ["Gamma Yen"]
    view.outlet_combo.setCurrentIndex(0)
    view.author_combo.setCurrentIndex(0)
    view.lang_combo.setCurrentIndex(view.lang_combo.findData("en"))
    assert titles(window) == ["Gamma Yen"]
    view.lang_combo.setCurrentIndex(0)
    view.words_edit.setText("bastian")  # plain words find authors, outlets and titles
    view.reload()
    assert titles(window) == ["Alpha Chips"]
    view.words_edit.setText("blog allianz")
    view.reload()
    assert titles(window) == ["Delta Allianz"]
    view.words_edit.setText("100%_")
    view.reload()
    assert titles(window) == []
    view.words_edit.clear()
    view.reload()
    opened = window.open_source_id  # the window opened one source at start: it is read
    view.unread_check.setChecked(True)
    assert len(titles(window)) == 4 and opened not in view.model.ids()


def test_typed_words_find_capitals_beyond_a_to_z_and_the_count_is_the_rows(window, qtbot) -> None:
    """A German user types in lower case: "österreich" found no "Österreich", "özdemir" no
    author "Cem Özdemir" (SQLite's LIKE folds A–Z only), and "strasse" no "Straße"."""
    store = window.session.store
    retitled = {"Alpha Chips": ("Österreich wählt", "Cem Özdemir"), "beta Energie": ("Osterreich-Reisen", None),
                "Delta Allianz": ("Gesperrte Straße", "Ozdemir")}  # fmt: skip
    for row in range(window.table_mode.view.model.rowCount()):
        source = window.table_mode.view.model.source_row(row)
        if source.title in retitled:
            title, author = retitled[source.title]
            store.sources.update_metadata(source.id, title=title, byline=author)
    view = window.table_mode.view
    for typed, wanted in (("österreich", ["Österreich wählt"]), ("özdemir", ["Österreich wählt"]),
                          ("strasse", ["Gesperrte Straße"]), ("ÖSTERREICH CEM", ["Österreich wählt"])):  # fmt: skip
        view.words_edit.clear()
        view.words_edit.insert(typed)  # as typed (QTest types no umlaut); the table's own pause
        qtbot.waitUntil(lambda wanted=wanted: titles(window) == wanted)
        assert view.count_label.text() == "1 source", typed  # the count is the rows, not the SQL's


def test_bulk_tag_is_one_undo_step_and_keeps_earlier_tags(window, monkeypatch) -> None:
    store = window.session.store
    ids = select_titles(window, "Alpha Chips", "beta Energie")
    store.tags.add([ids[0]], "Japan")  # already tagged: an undo must leave it
    monkeypatch.setattr(dialogs, "run", lambda d: (d.setTextValue(" Japan "), QDialog.DialogCode.Accepted)[1]
                        if isinstance(d, QInputDialog) else 0)  # fmt: skip
    window.table_mode.view._ask_tag(ids, add=True)
    assert all("Japan" in store.sources.get(i).tags for i in ids)
    window.undo_action.trigger()
    assert "Japan" in store.sources.get(ids[0]).tags and "Japan" not in store.sources.get(ids[1]).tags
    window.redo_action.trigger()
    window.table_mode.view._ask_tag(ids, add=False)
    assert not any("Japan" in store.sources.get(i).tags for i in ids)
    window.undo_action.trigger()
    assert all("Japan" in store.sources.get(i).tags for i in ids)


def test_bulk_read_unread_and_delete_undo_as_one_step(window, monkeypatch) -> None:
    store = window.session.store
    view = window.table_mode.view
    ids = select_titles(window, "Alpha Chips", "Gamma Yen", "Delta Allianz")
    menu = QMenu()
    view.fill_bulk_menu(menu)
    entries = {a.text().replace("&", ""): a for a in menu.actions() if a.text()}
    entries["Mark read"].trigger()
    assert not any(store.sources.summaries(ids)[n].unread for n in range(3))
    window.undo_action.trigger()
    unread_now = {s.id: s.unread for s in store.sources.summaries(ids)}
    assert unread_now == {i: i != window.open_source_id for i in ids}  # as before
    entries["Mark unread"].trigger()
    assert all(s.unread for s in store.sources.summaries(ids))
    window.undo_action.trigger()
    asked: list[QMessageBox] = []
    monkeypatch.setattr(dialogs, "run", lambda d: asked.append(d) or QMessageBox.StandardButton.Yes)
    entries["Delete…"].trigger()
    assert "3" in asked[0].text() and store.sources.count() == 2
    assert sorted(titles(window)) == ["Epsilon Rohstoffe", "beta Energie"]
    window.undo_action.trigger()
    assert store.sources.count() == 5 and len(titles(window)) == 5


def test_selected_sources_go_to_a_briefing_and_to_export(window, monkeypatch) -> None:
    store = window.session.store
    ids = select_titles(window, "Alpha Chips", "Delta Allianz")
    for source_id in ids:
        text = store.sources.get(source_id).reading_text
        store.highlights.add(source_id, 0, text.index(" ", 10), "key")
    briefing, _ = store.briefings.create("Memo")
    menu = QMenu()
    window.table_mode.view.fill_bulk_menu(menu)
    to_briefing = next(a.menu() for a in menu.actions() if a.menu() is not None)
    to_briefing.aboutToShow.emit()
    next(a for a in to_briefing.actions() if a.text().replace("&", "") == "Memo").trigger()
    assert len(store.briefings.items(briefing.id)) == 2
    assert sorted(window._selected_sources()) == sorted(ids)  # File ▸ Export… takes the selection


def test_opening_a_row_reads_it(window, qtbot) -> None:
    view = window.table_mode.view
    row = titles(window).index("Gamma Yen")
    index = view.model.index(row, 0)
    view.table.setCurrentIndex(index)
    view.table.activated.emit(index)
    assert not window.table_mode.active
    assert window.open_source_id == index.data(SourceIdRole)
    assert window.modes.stack.currentWidget() is window.splitter


def test_the_library_list_has_the_same_filters_beside_the_tags(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    for source_id, (title, outlet, author, published, lang) in zip(sorted(store.sources.ids()), METADATA, strict=True):
        window.session.apply(lambda i=source_id, t=title, o=outlet, a=author, p=published, la=lang:
                             store.sources.update_metadata(i, title=t, site_name=o, byline=a, published=p, lang=la))  # fmt: skip
    pane = window.library
    filters = pane.filters
    assert filters.outlet_combo.count() == 1  # nothing read at start-up: the choices come on opening
    filters._refill()  # what opening a filter's list does
    assert filters.outlet_combo.count() == 4  # All, DWN, Handelsblatt, Industrie-Blog
    filters.outlet_combo.setCurrentIndex(filters.outlet_combo.findData("Handelsblatt"))
    listed = {pane.model.summary(r).title for r in range(pane.model.rowCount())}
    assert listed == {"Alpha Chips", "Gamma Yen"}
    qtbot.keyClicks(pane.search_box, "Japan")  # the search honours the filters too
    qtbot.waitUntil(lambda: pane.results_model.rowCount() > 0)
    found = {pane.results_model.result(r).source_id for r in range(pane.results_model.rowCount())}
    allowed = {i for i in store.sources.ids() if store.sources.get(i).site_name == "Handelsblatt"}
    assert found and found <= allowed
    pane.search_box.clear()
    pane.reload()
    filters.outlet_combo.setCurrentIndex(0)
    filters.lang_combo.setCurrentIndex(filters.lang_combo.findData("en"))
    assert [pane.model.summary(r).title for r in range(pane.model.rowCount())] == ["Gamma Yen"]
    filters.lang_combo.setCurrentIndex(0)
    assert pane.model.rowCount() == 5


def test_one_full_width_view_at_a_time(window) -> None:
    """All highlights, the library table and Entities share the centre: choosing one leaves the
    one shown, in any order, and leaving the one shown goes back to the reading panes."""
    modes = {"highlights": window.modes, "table": window.table_mode, "entities": window.entities.mode}
    stack = window.modes.stack
    for name in ("highlights", "table", "entities", "highlights", "entities", "table"):
        modes[name].action.trigger()
        assert [n for n, mode in modes.items() if mode.action.isChecked()] == [name]
        assert stack.currentWidget() is modes[name]._page
    window.table_mode.action.trigger()
    assert not any(mode.action.isChecked() for mode in modes.values())
    assert stack.currentWidget() is window.splitter
