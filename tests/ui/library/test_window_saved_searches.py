"""Saved searches in the window: save (Ctrl+Shift+S), list under the tags, apply, rename (F2),
delete (Delete), undo, the timeline and the export dialog using them, a bad query.

Expected sources come from the seed files (grep: "Kishida" is in 002 and 003, "Takaichi" in 001
and 004; 002 is Handelsblatt's)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from reader.core.store import SavedSearch
from reader.ui.export.dialog import ExportDialog


def _seeds(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


def _answer(monkeypatch, *names: str) -> None:
    """The next name dialogs are answered with `names`, one each, as a user would type them."""
    answers = list(names)

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(answers.pop(0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("reader.ui.dialogs.run", run)


def _listed(window) -> list[str]:
    view = window.library.saved.view
    return [view.item(r).text() for r in range(view.count())]


def _result_sources(window) -> set[int]:
    model = window.library.results_model
    return {model.result(r).source_id for r in range(model.rowCount())}


def test_save_apply_and_undo(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    ids, library = _seeds(window), window.library
    assert not library.saved.view.isVisible() and _listed(window) == []
    library.search_box.setText("Kishida")
    library.reload()
    _answer(monkeypatch, "  Kishida  ")
    qtbot.keyClick(library.source_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _listed(window) == ["Kishida"] and library.saved.view.isVisible()
    assert library.saved.view.currentRow() == 0  # it is what the library shows
    assert window.session.undo_stack.undoText() == "Save search “Kishida”"
    assert window.statusBar().currentMessage() == "Saved search “Kishida”: listed under the tags (Ctrl+Z takes it back)"
    library.clear_search()
    assert library.saved.view.currentRow() == -1
    view = library.saved.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(view.item(0)).center())
    assert library.search_box.text() == "Kishida"
    assert _result_sources(window) == {ids["002"], ids["003"]}
    window.session.undo_stack.undo()
    assert _listed(window) == [] and window.session.store.saved_searches.all() == []
    window.session.undo_stack.redo()
    assert _listed(window) == ["Kishida"]


def test_tag_and_filters_are_saved_and_put_back(make_window, monkeypatch) -> None:
    window = make_window()
    ids, library, store = _seeds(window), window.library, window.session.store
    window.session.apply(lambda: store.tags.add([ids["002"], ids["003"], ids["004"]], "Asia"))
    tags = library.tag_model
    library.tag_view.setCurrentIndex(tags.index(tags.row_of("Asia")))
    library.filters.set_current(library.filters.current().__class__(outlet="Handelsblatt"))
    library.filters.changed.emit()
    _answer(monkeypatch, "Asia from Handelsblatt")
    library.saved.save_action.trigger()
    (saved,) = store.saved_searches.all()
    assert (saved.query, saved.tag, saved.outlet, saved.unread_only) == ("", "Asia", "Handelsblatt", False)
    library.tag_view.setCurrentIndex(tags.index(0))
    library.filters.set_current(library.filters.current().__class__())
    library.search_box.setText("Takaichi")
    library.reload()
    window.timeline.action.trigger()
    assert set(window.timeline.window.scope_ids()) == {ids["001"], ids["004"]}
    library.saved.view.setCurrentRow(0)
    assert (library.search_box.text(), library.current_tag) == ("", "Asia")
    assert library.filters.outlet_combo.currentData() == "Handelsblatt"
    assert library.model.ids() == [ids["002"]]
    # the timeline follows: its scope is the saved search now
    assert [m.source_id for m in window.timeline.window.canvas.marks] == [ids["002"]]
    assert window.timeline.window.scope.text() == "1 source · saved search “Asia from Handelsblatt”"
    window.timeline.window.close()


def test_rename_with_f2_and_delete_with_the_delete_key(make_window, monkeypatch, qtbot) -> None:
    window = make_window()
    store, library = window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japan", "Japan"))[1])
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Kishida", "Kishida"))[1])
    view = library.saved.view
    library.tag_view.setFocus()
    qtbot.keyClick(library.tag_view, Qt.Key.Key_Tab)  # from the tags, Tab goes to the saved searches
    assert view.hasFocus()
    view.setCurrentRow(0)
    _answer(monkeypatch, "kishida", "Japan and the USA")
    qtbot.keyClick(view, Qt.Key.Key_F2)  # refused: the name is taken (in another case)
    assert _listed(window) == ["Japan", "Kishida"]
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert _listed(window) == ["Japan and the USA", "Kishida"]
    assert window.statusBar().currentMessage() == (
        "Renamed saved search “Japan” to “Japan and the USA” (Ctrl+Z takes it back)"
    )
    assert window.open_source_id is not None  # F2 did not open Edit metadata instead
    view.setCurrentRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _listed(window) == ["Japan and the USA"]
    window.session.undo_stack.undo()
    assert [s.name for s in store.saved_searches.all()] == ["Japan and the USA", "Kishida"]
    window.session.undo_stack.undo()
    assert _listed(window) == ["Japan", "Kishida"]


def test_a_bad_saved_query_says_invalid_search_like_the_box(make_window) -> None:
    window = make_window()
    store, library = window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Broken", "Japan in:nowhere"))[1])
    library.saved.view.setCurrentRow(0)
    assert library.status.text() == "Invalid search: in: takes article, highlight or note"
    assert library.status.property("error") is True


def test_export_offers_the_saved_search_the_library_shows(make_window) -> None:
    window = make_window()
    ids, store, library = _seeds(window), window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Takaichi", "Takaichi"))[1])
    library.saved.view.setCurrentRow(0)
    assert library.scope().saved == "Takaichi"
    dialog = ExportDialog(window.session, [], window, library.scope().tag, library.scope().saved)
    assert dialog.saved_radio.isChecked()
    chosen, title = dialog.chosen()
    assert set(chosen) == {ids["001"], ids["004"]} and title == "Takaichi"
    dialog.deleteLater()


def test_a_saved_search_finding_nothing_says_no_sources_match(make_window) -> None:
    window = make_window()
    store, library = window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Gone", outlet="Nowhere Times"))[1])
    library.saved.view.setCurrentRow(0)
    assert library.model.ids() == [] and library.status.text() == "No sources match"
    assert library.filters.outlet_combo.currentText() == "Nowhere Times  (0)"


def test_the_librarys_scope_is_a_value_the_timeline_reads(make_window, qtbot) -> None:
    """The pane's tag, typed search and filters come out as one value (and its saved search's
    name once one matches); the timeline draws what that value finds, not the pane's widgets."""
    from reader.core.store import SourceFilter
    from reader.ui.library.scope import LibraryScope

    window = make_window()
    ids, library, store = _seeds(window), window.library, window.session.store
    assert library.scope() == LibraryScope(SavedSearch(0, ""))
    library.search_box.setText("  Kishida ")
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    library.filters.set_current(SourceFilter(outlet="Handelsblatt"))
    assert library.scope() == LibraryScope(SavedSearch(0, "", "Kishida", outlet="Handelsblatt"))
    assert library.scope().source_ids(store) == [ids["002"]]
    store.saved_searches.add(SavedSearch(0, "HB", "Kishida", outlet="Handelsblatt"))
    library.saved.reload()
    assert library.scope().saved == "HB"

    window.timeline.action.trigger()
    timeline = window.timeline.window
    assert timeline.scope_ids() == [ids["002"]] and timeline.scope.text() == "1 source · saved search “HB”"
    library.scope = lambda: LibraryScope(SavedSearch(0, "", "Takaichi"))  # widgets untouched
    timeline.reload()
    assert set(timeline.scope_ids()) == {ids["001"], ids["004"]}
    assert timeline.scope.text() == "2 sources · matching “Takaichi”"
    assert LibraryScope(SavedSearch(0, "", "Japan OR -USA")).source_ids(store) == []  # cannot run: none


def test_a_broken_saved_search_is_marked_in_the_list_before_it_is_chosen(make_window) -> None:
    """A query that no longer parses (as if saved before a syntax change: written to the file
    directly) is slanted, has a warning sign and says why in its tooltip; the others do not."""
    window = make_window()
    store, library = window.session.store, window.library
    window.session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Japan", "Japan"))[1])
    with store.db.conn:
        store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('Broken', 'Japan in:nowhere', '')")
    library.saved.reload()
    view = library.saved.view
    broken, fine = view.item(0), view.item(1)
    assert (broken.text(), fine.text()) == ("Broken", "Japan")
    assert view.currentRow() == -1  # marked, not chosen
    assert broken.font().italic() and not broken.icon().isNull()
    assert broken.toolTip() == ("Invalid search: in: takes article, highlight or note\nJapan in:nowhere\n"
                                "Choose it, correct the search, and save it again under its name (Ctrl+Shift+S)")
    assert not fine.font().italic() and fine.icon().isNull() and fine.toolTip() == "Japan"
