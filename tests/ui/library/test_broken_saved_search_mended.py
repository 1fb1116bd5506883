"""A saved search whose query the search language now refuses (`Japan OR`, `a NEAR b`, saved
before the refusals came in) is marked, says why when chosen over an empty list — not the last
search's results, nor every source — and can be mended, renamed and deleted.

Mending was a dead end: saving the corrected search under its name said "There is already a
saved search called …". Now saving offers the chosen search's name and asks to replace it.
Real window, real library in a temp dir; the broken rows are written to the file directly, as
an older version left them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from reader.core.store import SavedSearch


def _broken(window, *rows: tuple[str, str]) -> None:
    store = window.session.store
    with store.db.conn:
        for name, query in rows:
            store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, '')", (name, query))
    window.library.saved.reload()


def _answer(monkeypatch, *answers: str | bool, seen: list[str] | None = None) -> None:
    """Name dialogs get the next text (None: the name offered), questions the next yes/no."""
    pending = list(answers)

    def run(dialog: QDialog | QMessageBox) -> int:
        answer = pending.pop(0)
        if isinstance(dialog, QInputDialog):
            if seen is not None:
                seen.append(dialog.textValue())
            if isinstance(answer, str):
                dialog.setTextValue(answer)
            return QDialog.DialogCode.Accepted
        if seen is not None:
            seen.append(dialog.text())
        return QMessageBox.StandardButton.Yes if answer else QMessageBox.StandardButton.No

    monkeypatch.setattr("reader.ui.dialogs.run", run)


def test_a_refused_saved_search_is_marked_and_chosen_shows_why_over_no_results(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    _broken(window, ("Asia old", "Japan OR"), ("Near", "a NEAR b"))
    library.saved.view.setFocus()
    view = library.saved.view
    for row, reason in ((0, "OR needs a word on both sides"), (1, "NEAR is not supported")):
        item = view.item(row)
        assert item.font().italic() and not item.icon().isNull()
        assert item.toolTip().startswith(f"Invalid search: {reason}")
        assert "save it again under its name (Ctrl+Shift+S)" in item.toolTip()
    library.search_box.setText("Japan")
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)  # results of another search on show
    assert library.results_model.rowCount() > 0
    view.setFocus()
    view.setCurrentRow(0)  # chosen as a click or the arrow keys choose it
    assert library.search_box.text() == "Japan OR"
    assert library.status.text() == "Invalid search: OR needs a word on both sides"
    assert library.status.property("error") is True
    assert library.list_stack.currentWidget() is library.results_view and library.results_model.rowCount() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert library.status.text().startswith("Invalid search: NEAR is not supported")
    assert library.results_model.rowCount() == 0


def test_a_broken_saved_search_is_mended_under_its_name_and_undone(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    library, store = window.library, window.session.store
    _broken(window, ("Asia old", "Japan OR"))
    old = store.saved_searches.find("Asia old")
    library.saved.view.setCurrentRow(0)
    library.focus_search()
    qtbot.keyClicks(library.search_box, "Japan OR Korea")
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    seen: list[str] = []
    _answer(monkeypatch, None, True, seen=seen)  # the name offered is the broken one's: Enter, Yes
    qtbot.keyClick(library.search_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["Asia old", "There is already a saved search called “Asia old”. Replace it with this search?"]
    assert store.saved_searches.all() == [SavedSearch(old.id, "Asia old", "Japan OR Korea")]
    item = library.saved.view.item(0)
    assert not item.font().italic() and item.icon().isNull()  # mended: no longer marked
    assert library.saved.view.currentRow() == 0  # and it is what the library shows
    assert window.session.undo_stack.undoText() == "Replace saved search “Asia old”"
    window.session.undo_stack.undo()
    assert store.saved_searches.all() == [old]
    assert library.saved.view.item(0).font().italic()


def test_saying_no_to_replace_keeps_the_old_search(make_window, monkeypatch) -> None:
    window = make_window()
    library, store = window.library, window.session.store
    store.saved_searches.add(SavedSearch(0, "Japan", "Japan"))
    library.saved.reload()
    library.search_box.setText("Kishida")
    library.reload()
    _answer(monkeypatch, "japan", False)
    library.saved.save_action.trigger()
    assert [s.query for s in store.saved_searches.all()] == ["Japan"]
    assert window.session.undo_stack.count() == 0


def test_a_broken_saved_search_can_be_renamed_and_deleted(make_window, qtbot, monkeypatch) -> None:
    window = make_window()
    library, store = window.library, window.session.store
    _broken(window, ("Near", "a NEAR b"))
    view = library.saved.view
    view.setFocus()
    view.setCurrentRow(0)
    _answer(monkeypatch, "Near (old)")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert [s.name for s in store.saved_searches.all()] == ["Near (old)"]
    assert view.item(0).font().italic()  # still marked under its new name
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert store.saved_searches.all() == [] and not view.isVisible()


def test_german_tooltip_and_question(make_window, qtbot, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    library = window.library
    _broken(window, ("Asien alt", "Japan OR"))
    tip = library.saved.view.item(0).toolTip()
    assert tip.startswith("Ungültige Suche: ") and "Strg+Umschalt+S" in tip
    library.saved.view.setCurrentRow(0)
    library.search_box.setText("Japan OR Korea")
    library.reload()
    seen: list[str] = []
    _answer(monkeypatch, None, False, seen=seen)
    library.saved.save_action.trigger()
    assert seen[0] == "Asien alt" and seen[1].startswith("Es gibt schon eine gespeicherte Suche „Asien alt“")
