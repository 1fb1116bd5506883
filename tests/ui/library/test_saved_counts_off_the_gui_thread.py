"""The saved searches' counts are counted on a thread of their own, never on the window's:
at 10,000 sources five of them stalled the window 50–80 ms after every import, source read and
tag (session 32); and a count that comes back after its search changed is never shown.

The seeds: "Kishida" is in 002 and 003, every search finds the 5 seeds.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtCore import Qt

from reader.core.store import SavedSearch
from reader.ui.library import saved_counts
from reader.ui.library.eliding_rows import CountRole


def _counts(window) -> list[int | None]:
    view = window.library.saved.view
    return [view.item(row).data(CountRole) for row in range(view.count())]


def _save(window, saved: SavedSearch) -> SavedSearch:
    store = window.session.store
    kept: list[SavedSearch] = []

    def add():
        made, changes = store.saved_searches.add(saved)
        kept.append(made)
        return changes

    window.session.apply(add)
    return kept[0]


def test_counted_on_another_thread_never_the_windows(make_window, qtbot, monkeypatch, tmp_path) -> None:
    threads: list[threading.Thread] = []
    counting = saved_counts.saved_source_ids

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return counting(*args, **kwargs)

    monkeypatch.setattr(saved_counts, "saved_source_ids", recorded)
    window = make_window()
    _save(window, SavedSearch(0, "Kishida", "Kishida"))
    _save(window, SavedSearch(0, "All"))
    qtbot.waitUntil(lambda: _counts(window) == [5, 2])  # "All", then "Kishida"
    session, store = window.session, window.session.store
    first = store.sources.list()[0].id
    session.apply(lambda: store.tags.add([first], "Asia"))  # a change: counted again
    article = tmp_path / "kishida.txt"
    article.write_text("Kishida in Berlin\n\nDer frühere Premier Fumio Kishida sprach in Berlin über "
                       "Handel und Sicherheit in Ostasien.\n", encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.open_files([article])
    qtbot.waitUntil(lambda: _counts(window) == [6, 3])  # right once the import ended
    assert threads and threading.main_thread() not in threads


def test_a_count_of_a_search_changed_meanwhile_is_never_shown(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    saved = _save(window, SavedSearch(0, "Kishida", "Kishida"))
    qtbot.waitUntil(lambda: _counts(window) == [2])
    counting, release, held = saved_counts.saved_source_ids, threading.Event(), threading.Event()

    def slow(store, search, **kwargs):
        if search.query == "Kishida":  # the count of the old question waits until it changed
            held.set()
            release.wait(20)
        return counting(store, search, **kwargs)

    monkeypatch.setattr(saved_counts, "saved_source_ids", slow)
    view, shown = window.library.saved.view, []
    view.model().dataChanged.connect(lambda *_: shown.append(_counts(window)))
    session, store = window.session, window.session.store
    first = store.sources.list()[0].id
    session.apply(lambda: store.tags.add([first], "Asia"))  # counted again in a moment …
    qtbot.waitUntil(held.is_set)
    # … and while it counts, the search is edited to find every source (saved again under its name)
    session.apply(lambda: store.saved_searches.replace(replace(saved, query="")))
    shown.clear()
    release.set()
    qtbot.waitUntil(lambda: _counts(window) == [5])
    qtbot.waitUntil(lambda: window.library.saved.counts.task is None)
    assert view.item(0).data(Qt.ItemDataRole.DisplayRole) == "Kishida"
    assert all(counts in ([None], [5]) for counts in shown), shown  # never the old query's 2


def test_a_renamed_search_keeps_its_count_while_it_is_counted_again(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    saved = _save(window, SavedSearch(0, "Kishida", "Kishida"))
    qtbot.waitUntil(lambda: _counts(window) == [2])
    release = threading.Event()
    counting = saved_counts.saved_source_ids
    monkeypatch.setattr(saved_counts, "saved_source_ids",
                        lambda *args, **kwargs: release.wait(20) and counting(*args, **kwargs))  # fmt: skip
    store = window.session.store
    window.session.apply(lambda: store.saved_searches.rename(saved.id, "Fumio Kishida"))
    assert window.library.saved.counts.task is not None  # counting, and meanwhile …
    assert _counts(window) == [2]  # … the same question's number stays
    release.set()
    qtbot.waitUntil(lambda: window.library.saved.counts.task is None)
    assert _counts(window) == [2]
