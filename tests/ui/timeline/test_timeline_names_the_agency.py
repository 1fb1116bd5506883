"""A wire report without an outlet is named by its news agency on the timeline too, as the
library's row and the story view name it ("AP · 30 Oct 2025"); the mark's tooltip and the
undated list's said only the title and date."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_a_wire_reports_mark_and_undated_entry_name_the_agency(make_window) -> None:
    window = make_window()
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    store.sources.update_metadata(files["003"], site_name="", agency="AP", published="2025-10-30")
    store.sources.update_metadata(files["004"], site_name="", agency="Reuters")  # undated
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.reload()
    mark = next(m for m in timeline.canvas.marks if m.source_id == files["003"])
    assert "AP · " in timeline.canvas.describe(mark)
    undated = next(timeline.undated.item(r) for r in range(timeline.undated.count())
                   if timeline.undated.item(r).data(Qt.ItemDataRole.UserRole) == files["004"])  # fmt: skip
    assert undated.toolTip().split("\n")[1] == "Reuters"  # under its title, over its story
    timeline.close()


def test_colour_by_outlet_gives_a_wire_report_its_agencys_colour(make_window) -> None:
    """Seen in the walkthrough: the dpa and Reuters reports, 'dpa · 14 May 2024' in the library,
    were grey marks under 'other or none' while each outlet with one report had its colour."""
    window = make_window()
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    store.sources.update_metadata(files["003"], site_name="", agency="AP", published="2025-10-30")
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.reload()
    mark = next(m for m in timeline.canvas.marks if m.source_id == files["003"])
    assert mark.key == "AP" and "AP" in timeline.canvas.colours
    assert "AP" in timeline.legend.text()
    timeline.close()


def test_the_legend_names_an_agency_as_the_outlet_filter_does(make_window) -> None:
    """Seen in the walkthrough: the legend said "dpa/lno" while the library's Outlet filter, where
    the regional desks count under their agency, offers "dpa". Two desks of one agency: one
    colour, named as the filter names it."""
    window = make_window()
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    store.sources.update_metadata(files["003"], site_name="", agency="dpa/lno", published="2025-10-30")
    store.sources.update_metadata(files["004"], site_name="", agency="dpa/bay", published="2025-10-31")
    filters = window.library.filters
    filters._refill()  # what opening the Outlet list does
    offered = {filters.outlet_combo.itemData(i) for i in range(filters.outlet_combo.count())}
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.reload()
    marks = [m for m in timeline.canvas.marks if m.source_id in (files["003"], files["004"])]
    assert {m.key for m in marks} == {"dpa"} and "dpa" in offered
    legend = timeline.legend.text()
    assert "dpa" in legend and "dpa/" not in legend
    timeline.close()
