"""A saved search made while the library is narrowed to an entity keeps the entity: choosing it
narrows the list, the timeline and exports again. From the seed files (grep): "Takaichi" is
named in 001 and 004, "Trump" in 001, 002 and 004, "Kishida" in 002 and 003."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from reader.core.entities import place_names
from reader.core.store import SavedSearch
from reader.ui.export.dialog import ExportDialog
from tests.ui.settled import settle


def _answer(monkeypatch, name: str) -> None:
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("reader.ui.dialogs.run", run)


def _narrow_to(window, qtbot, name: str) -> None:
    """View ▸ Entities, filter to `name`, Show sources in library: as a user does."""
    mode = window.entities.mode
    if not mode.action.isChecked():
        with qtbot.waitSignal(mode.indexed, timeout=60_000):
            mode.action.setChecked(True)
    view = mode.view
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, name)
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    view.show_sources.click()


def test_the_entity_is_saved_and_put_back(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    ids = {s.file_name[:3]: s.id for s in window.session.store.sources.list()}
    library = window.library
    _narrow_to(window, qtbot, "Donald Trump")
    library.search_box.setText("Kishida")
    library.reload()
    _answer(monkeypatch, "Kishida with Trump")
    qtbot.keyClick(library.source_view, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    (saved,) = window.session.store.saved_searches.all()
    assert (saved.query, saved.entity_name) == ("Kishida", "Donald Trump")
    assert library.scope().saved == "Kishida with Trump"  # what the library shows
    assert "naming “Donald Trump”" in library.saved.view.item(0).toolTip()

    library.filters.entity_chip.click()  # every source again, the saved search no longer shown
    library.clear_search()
    assert library.filters.entity is None and library.scope().saved is None
    library.saved.view.setCurrentRow(0)
    assert library.filters.entity is not None and library.filters.entity[1] == "Donald Trump"
    assert library.filters.entity_chip.isVisible()
    assert {library.results_model.result(r).source_id for r in range(library.results_model.rowCount())} == {ids["002"]}

    window.timeline.action.trigger()
    assert window.timeline.window.scope_ids() == [ids["002"]]
    assert window.timeline.window.scope.text() == "1 source · saved search “Kishida with Trump”"
    window.timeline.window.close()
    dialog = ExportDialog(window.session, [], window, library.scope().tag, library.scope().saved)
    assert dialog.chosen() == ([ids["002"]], "Kishida with Trump")
    dialog.deleteLater()


def test_a_saved_search_without_an_entity_clears_the_chip(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    ids = {s.file_name[:3]: s.id for s in window.session.store.sources.list()}
    library = window.library
    library.search_box.setText("Takaichi")
    library.reload()
    _answer(monkeypatch, "Takaichi")
    library.saved.save_action.trigger()
    _narrow_to(window, qtbot, "Fumio Kishida")
    assert library.scope().saved is None
    library.saved.view.setCurrentRow(0)
    assert library.filters.entity is None and not library.filters.entity_chip.isVisible()
    assert {library.results_model.result(r).source_id for r in range(library.results_model.rowCount())} == {
        ids["001"], ids["004"]}  # fmt: skip


def test_a_long_entity_name_does_not_widen_the_library(make_window, qtbot) -> None:
    """Seen in the window (session 12): "Naming “Bundesministerium für Familie, Senioren, Frauen
    und Jugend (BMFSFJ)” ✕" made the library pane 537 px wide at least, squeezing the article."""
    window = make_window()
    before = window.library.minimumSizeHint().width()
    name = "Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ)"
    window.library.filters.put_entity((1, name))
    settle(qtbot, window)
    chip = window.library.filters.entity_chip
    assert chip.isVisible() and chip.text().startswith("Naming “Bundesminist") and "…" in chip.text()
    assert window.library.minimumSizeHint().width() <= max(before, 230)  # about a side pane's least (220)
    assert name in chip.toolTip()  # the whole name where the user can read it


def test_a_name_the_pane_has_room_for_is_shown_whole(make_window, qtbot) -> None:
    """Seen in session 18: "Naming “Christine Laga…” ✕" in a 330 px library pane: the name was
    cut at a fixed 100 px whatever the room. It now takes the pane's width, and cut, still
    leaves the pane free to narrow."""
    window = make_window()
    window.resize(1366, 768)
    window.splitter.setSizes([330, 700, 336])  # the library pane as it opens on a laptop
    settle(qtbot, window)
    filters = window.library.filters
    filters.put_entity((1, "Christine Lagarde"))
    settle(qtbot, window)
    chip = filters.entity_chip
    assert "“Christine Lagarde”" in chip.text() and chip.width() <= filters.width()
    assert chip.geometry().right() <= filters.width()
    name = "Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ)"
    filters.put_entity((2, name))
    settle(qtbot, window)
    assert "…" in chip.text() and chip.geometry().right() <= filters.width()
    assert window.library.minimumSizeHint().width() <= 230  # the pane may still narrow to a side pane's least
    window.splitter.setSizes([230, 800, 336])  # narrowed: the chip follows, no scroll bar
    settle(qtbot, window)
    assert filters.width() <= window.library.width() and chip.geometry().right() <= filters.width()
    shown = len(chip.text())
    filters.resize(filters.width() + 200, filters.height())
    assert len(chip.text()) > shown  # a wider pane shows more of it


def test_a_place_saved_in_the_other_language_is_named_off_the_window_thread(
    make_window, monkeypatch, qtbot
) -> None:
    """A saved search narrowed to "Tokyo" (saved in the English window) in a library whose index
    calls the city "Tokio": choosing it needs the city's English and German names (GeoNames'
    cities and babel's time zones, 0.3-0.4 s to work out; kept between runs now, see
    test_kept_gazetteer). The saved searches' counting thread reads them when the list is
    built, so choosing the search on the window's thread finds them loaded."""
    window = make_window()
    store = window.session.store
    store.entities.refresh()
    (tokio,) = [e for e in store.entities.find("Tokio") if e.name == "Tokio"]
    place_names._city_names.cache_clear()
    made_on_gui: list[bool] = []
    real = place_names.kept_city_names

    def recorded():  # type: ignore[no-untyped-def]
        made_on_gui.append(threading.current_thread() is threading.main_thread())
        return real()

    monkeypatch.setattr(place_names, "kept_city_names", recorded)
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Tokyo", entity_id=tokio.id,
                                                                      entity_name="Tokyo"))[1])  # fmt: skip
    counts = window.library.saved.counts
    qtbot.waitUntil(lambda: counts.task is None and bool(counts._known))
    window.library.saved.view.setCurrentRow(0)
    assert window.library.filters.entity == (tokio.id, "Tokyo")
    assert made_on_gui == [False]  # once, on the counting thread


def test_a_place_saved_in_the_other_language_is_named_in_the_windows(make_window, speak, qtbot) -> None:
    """Seen in the walk: in the English window the chip of a search saved in the German one
    read "Naming “Tokio”". A place is named in the window's language where the gazetteer has
    a name there, on the chip, its tooltip and the count under the search box; the search keeps
    the name it was saved with, and still finds the city by it."""
    window = make_window()
    store = window.session.store
    store.entities.refresh()
    (tokio,) = [e for e in store.entities.find("Tokio") if e.name == "Tokio"]
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japans Hauptstadt", entity_id=tokio.id,
                                                                      entity_name="Tokio"))[1])  # fmt: skip
    library = window.library
    library.saved.view.setCurrentRow(0)
    chip = library.filters.entity_chip
    assert library.filters.entity == (tokio.id, "Tokio") and library.scope().saved == "Japans Hauptstadt"
    assert "“Tokyo”" in chip.text() and chip.toolTip().startswith("Tokyo\n")
    assert "naming “Tokyo”" in library.status.text()
    speak("de")
    library.filters.put_entity((tokio.id, "Tokyo"))  # saved in the English window, shown in the German
    assert "„Tokio“" in chip.text()


def test_a_places_tooltip_names_it_in_the_windows_language(make_window, qtbot) -> None:
    """Seen in the walk: the chip said "Tokyo" in the English window, the saved search's tooltip
    still "naming “Tokio”" (the name it was saved with in the German one). The tooltip takes
    the window's name when the counts come (the counting thread has the cities' names loaded)."""
    window = make_window()
    store = window.session.store
    store.entities.refresh()
    (tokio,) = [e for e in store.entities.find("Tokio") if e.name == "Tokio"]
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japans Hauptstadt", entity_id=tokio.id,
                                                                      entity_name="Tokio"))[1])  # fmt: skip
    counts = window.library.saved.counts
    qtbot.waitUntil(lambda: counts.task is None and bool(counts._known))
    tooltip = window.library.saved.view.item(0).toolTip()
    assert "naming “Tokyo”" in tooltip and "Tokio" not in tooltip
