"""Saved searches show how many sources they find, as the tags do (session 31), kept current
as sources are imported, deleted and tagged; counted once per change, not per keystroke or
repaint; a search that cannot run shows no count and says why in its tooltip.

The seeds: "Kishida" is in 002 and 003 (tests/ui/library/test_window_saved_searches.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from reader.core.store import SavedSearch
from reader.ui.library import saved_counts


def _shown(window) -> list[str]:
    """Each row as painted (the delegate's text: the name, then its count)."""
    view = window.library.saved.view
    delegate, option = view.itemDelegate(), QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualItemRect(view.item(0))
    return [delegate.shown_text(option, view.model().index(row, 0)) for row in range(view.count())]


def _save(window, saved: SavedSearch) -> None:
    store = window.session.store
    window.session.apply(lambda: store.saved_searches.add(saved)[1])


def _ids(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def test_counts_follow_imports_deletions_and_tags(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    session, store, ids = window.session, window.session.store, _ids(window)
    _save(window, SavedSearch(0, "Kishida", "Kishida"))
    _save(window, SavedSearch(0, "Tagged Asia", tag="Asia"))
    qtbot.waitUntil(lambda: _shown(window) == ["Kishida  (2)", "Tagged Asia"])  # no source carries "Asia": marked, no count
    view = window.library.saved.view
    assert view.item(1).toolTip().startswith("The tag “Asia” is on no source any more")
    session.apply(lambda: store.tags.add([ids["002"], ids["001"]], "Asia"))
    qtbot.waitUntil(lambda: _shown(window) == ["Kishida  (2)", "Tagged Asia  (2)"])
    session.apply(lambda: store.sources.delete(ids["003"]))
    qtbot.waitUntil(lambda: _shown(window)[0] == "Kishida  (1)")
    article = tmp_path / "kishida.txt"
    article.write_text("Kishida in Berlin\n\nDer frühere Premier Fumio Kishida sprach in Berlin über "
                       "Handel und Sicherheit in Ostasien.\n", encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.open_files([article])
    qtbot.waitUntil(lambda: _shown(window)[0] == "Kishida  (2)")
    # what it says is what the library shows when it is chosen
    view.setCurrentRow(0)
    qtbot.waitUntil(lambda: window.library.search_box.text() == "Kishida")
    qtbot.waitUntil(lambda: window.library.status.text() == "2 results")


def test_an_invalid_query_shows_no_count_and_says_why(make_window, qtbot) -> None:
    window = make_window()
    _save(window, SavedSearch(0, "Broken", "before:soon"))
    _save(window, SavedSearch(0, "Every source"))
    qtbot.waitUntil(lambda: _shown(window) == ["Broken", "Every source  (5)"])
    tip = window.library.saved.view.item(0).toolTip()
    assert tip.startswith("Invalid search: before: takes a date like") and "save it again" in tip


def test_counted_once_per_change_not_per_keystroke_or_repaint(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    _save(window, SavedSearch(0, "Kishida", "Kishida"))
    qtbot.waitUntil(lambda: window.library.saved.counts.task is None)
    calls: list[str] = []
    counted = saved_counts.saved_source_ids
    monkeypatch.setattr(saved_counts, "saved_source_ids", lambda *a, **k: calls.append("run") or counted(*a, **k))
    library = window.library
    for letter in "Takaichi":
        qtbot.keyClick(library.search_box, letter)
    library.saved.view.viewport().repaint()
    window.repaint()
    assert calls == []
    session, store, ids = window.session, window.session.store, _ids(window)
    for name in ("one", "two", "three"):  # a burst of changes: one count
        session.apply(lambda name=name: store.tags.add([ids["002"]], name))
    qtbot.waitUntil(lambda: calls == ["run"])
    assert _shown(window) == ["Kishida  (2)"]


def test_counts_in_german_digits(make_window, speak, qtbot) -> None:
    speak("de")
    try:
        window = make_window()
        _save(window, SavedSearch(0, "Alle"))
        view = window.library.saved.view
        assert view.item(0).data(Qt.ItemDataRole.DisplayRole) == "Alle"  # the name stays the row's text
        qtbot.waitUntil(lambda: _shown(window) == ["Alle  (5)"])
    finally:
        speak("en")
