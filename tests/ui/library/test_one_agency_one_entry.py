"""One news agency is one entry wherever the window lists it: the library's Outlet and Author
filters and the timeline's legend (coloured by outlet). Seen on the en-news pages: AP stories
came in as "AP", "The Associated Press" and "Associated Press", and each spelling was an entry
of its own. The three hand-written pages (tests/data/outlet_wires/ap_*.txt) credit AP in those
three shapes; a user should see one "Associated Press".
"""

from __future__ import annotations

from pathlib import Path

from quality import DATA

from reader import paths
from reader.core.importer import import_paths
from reader.core.store import Store

AP_PAGES = [DATA / "outlet_wires" / name for name in ("ap_dateline_only.txt", "ap_the_byline.txt", "ap_the_outlet.txt")]


def _library(data_dir: Path) -> None:
    store = Store.open(paths.resolve(data_dir).ensure().db_path)
    import_paths(store, AP_PAGES, workers=1)
    store.close()


def test_the_filters_and_the_timeline_legend_name_the_agency_once(make_window, data_dir) -> None:
    _library(data_dir)
    window = make_window()
    filters = window.library.filters
    filters._refill()  # what opening a list does
    outlets = [filters.outlet_combo.itemText(i) for i in range(filters.outlet_combo.count())]
    authors = [filters.author_combo.itemText(i) for i in range(filters.author_combo.count())]
    assert outlets == ["All", "Associated Press  (3)"]
    assert authors == ["All", "Associated Press  (2)", "Jane Roe and John Doe  (1)"]
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.reload()
    legend = timeline.legend.text()
    assert legend.count("Associated&nbsp;Press") == 1 and "AP" not in legend.replace("Associated&nbsp;Press", "")
    timeline.close()
