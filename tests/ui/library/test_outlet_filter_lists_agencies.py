"""The library's Outlet filter (German "Medium") lists the news agencies wire reports came from.

Seen in session 25: a report imported from "Hamburg (dpa/lno) – …" read "dpa/lno · 14 Nov 2025"
in its row, but the Outlet list offered only DWN and Handelsblatt, so no filter found it; the
same for a Reuters report. An agency is listed by its name without the regional desk, as the
chronology cites it, and counts every report credited to it, with or without an outlet.
"""

from __future__ import annotations

from pathlib import Path

from reader import paths
from reader.core.ingest import prepare_bytes
from reader.core.store import Store
from tests.ui.highlights_listed import listed

PROSE = ("Der Containerumschlag im Hamburger Hafen ist im dritten Quartal deutlich gesunken, "
         "Reedereien verlagern Verkehre nach Rotterdam und Antwerpen. ")  # fmt: skip
# title: (outlet, agency), as the importer records them
CREDITS = {
    "Hafen": (None, "dpa/lno"),
    "Spiegel": ("DER SPIEGEL", "dpa"),
    "Reuters site": ("Reuters", "Reuters"),
    "Zölle": (None, "Reuters"),
    "Handelsblatt": ("Handelsblatt", None),
}


def _library(data_dir: Path) -> dict[str, int]:
    store = Store.open(paths.resolve(data_dir).ensure().db_path)
    made = {}
    for n, (title, (outlet, agency)) in enumerate(CREDITS.items()):
        source_id, _ = store.sources.add(prepare_bytes(f"{title}\n\n{PROSE * (n + 1)}\n".encode(), f"{n}.txt"))
        store.sources.update_metadata(source_id, title=title, site_name=outlet, agency=agency)
        made[title] = source_id
    store.close()
    return made


def test_agencies_are_outlets_to_filter_by(make_window, data_dir) -> None:
    ids = _library(data_dir)
    window = make_window()
    combo = window.library.filters.outlet_combo
    window.library.filters._refill()  # what opening the list does
    entries = [combo.itemText(i) for i in range(combo.count())]
    assert entries == ["All", "DER SPIEGEL  (1)", "dpa  (2)", "Handelsblatt  (1)", "Reuters  (2)"]
    combo.setCurrentIndex(combo.findData("dpa"))
    assert sorted(window.library.model.ids()) == sorted([ids["Hafen"], ids["Spiegel"]])
    combo.setCurrentIndex(combo.findData("Reuters"))
    assert sorted(window.library.model.ids()) == sorted([ids["Reuters site"], ids["Zölle"]])
    combo.setCurrentIndex(combo.findData("Handelsblatt"))
    assert window.library.model.ids() == [ids["Handelsblatt"]]


def test_the_tables_outlet_column_names_a_wire_reports_agency(make_window, data_dir) -> None:
    """In View ▸ Library table, "dpa" chosen listed two rows, one with an empty Outlet cell (the
    list's row reads "dpa/lno · …"); sorting by outlet put that report among those without one."""
    from PySide6.QtCore import Qt

    _library(data_dir)
    window = make_window()
    window.table_mode.action.trigger()
    view = window.table_mode.view
    view.table.sortByColumn(view.column_of("outlet"), Qt.SortOrder.AscendingOrder)
    column = view.column_of("outlet")
    cells = [view.model.index(r, column).data() for r in range(view.model.rowCount())]
    assert cells == ["DER SPIEGEL", "dpa/lno", "Handelsblatt", "Reuters", "Reuters"]


def test_all_highlights_filters_by_agency_too(make_window, data_dir, qtbot) -> None:
    """View ▸ All highlights: its Outlet filter offered outlets only, so the highlights of the
    "Hamburg (dpa/lno)" report could not be picked out."""
    ids = _library(data_dir)
    window = make_window()
    store = window.session.store
    for title in ("Hafen", "Spiegel", "Handelsblatt"):
        store.highlights.add(ids[title], 0, 20, "key")
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    combo = view.outlet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All", "DER SPIEGEL", "dpa", "Handelsblatt"]
    combo.setCurrentIndex(combo.findData("dpa"))
    listed(qtbot, view)
    assert sorted(store.highlights.get(i).source_id for i in view.model.shown_ids()) == sorted([ids["Hafen"], ids["Spiegel"]])
