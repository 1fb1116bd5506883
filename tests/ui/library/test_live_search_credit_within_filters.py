"""The live search's Outlet/author hits are those the filter bar lets through, up to 20: a
library of 28 Nordkurier reports, the 25 newest read, lists the 3 older unread ones under
"Unread only" (the 20 newest hits were taken first and then filtered, leaving none). The
count says when the hits stopped at 20 with more to list."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths
from tests.ui.library.typed_search import typed_results

READ = 25  # the newest reports, read
UNREAD = 3  # older ones, unread


def _report(folder: Path, n: int) -> Path:
    """A copied page of its own (no duplicate of another), naming no outlet in its text."""
    page = folder / f"hafen_{n:02d}.txt"
    page.write_text(f"Hafenbilanz Nummer {n}: Umschlag an Kai {n}\n\n"
                    f"Am Kai {n} wurden in der Woche {n} insgesamt {n * 1000 + 17} Container umgeschlagen. "
                    f"Die Hafengesellschaft nennt die Zahl {n * 31 + 5} einen guten Wert für Liegeplatz {n}. "
                    f"Kapitän Jansen lobt die Schleuse {n} und die Lotsen der Schicht {n}.\n",
                    encoding="utf-8")  # fmt: skip
    return page


def _library(window, tmp_path: Path) -> dict[int, int]:
    """Report n (0 the newest) → its source id: published on day n back from 30 March 2025."""
    store = window.session.store
    results = import_paths(store, [_report(tmp_path, n) for n in range(READ + UNREAD)], workers=1)
    ids = {n: result.source_id for n, result in enumerate(results)}
    assert None not in ids.values()
    for n, source_id in ids.items():
        store.sources.update_metadata(source_id, site_name="Nordkurier", published=f"2025-03-{30 - n:02d}")
        if n < READ:
            store.sources.mark_opened(source_id)
    window.library.reload()
    return ids


def _search(window, qtbot, text: str) -> list[int]:
    """The sources listed as Outlet/author hits for `text`, as the list shows them."""
    return [r.source_id for r in typed_results(window, qtbot, text) if r.where == "source"]


def test_unread_only_lists_the_older_unread_reports_by_their_outlet(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    ids = _library(window, tmp_path)
    window.library.filters.unread_check.setChecked(True)
    listed = _search(window, qtbot, "nordkurier")
    assert listed == [ids[n] for n in range(READ, READ + UNREAD)]  # newest first
    qtbot.waitUntil(lambda: window.library.status.text() == "3 results")


def test_twenty_hits_with_more_to_list_say_so(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    ids = _library(window, tmp_path)
    listed = _search(window, qtbot, "nordkurier")
    assert listed == [ids[n] for n in range(20)]  # the 20 newest of 28
    qtbot.waitUntil(lambda: window.library.status.text() == "20+ results")


def test_exactly_twenty_hits_say_no_more(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    ids = _library(window, tmp_path)
    store = window.session.store
    for n in range(20, READ + UNREAD):  # 8 of the 28 from another outlet
        store.sources.update_metadata(ids[n], site_name="Ostsee-Zeitung")
    window.library.reload()
    assert _search(window, qtbot, "nordkurier") == [ids[n] for n in range(20)]
    qtbot.waitUntil(lambda: window.library.status.text() == "20 results")
