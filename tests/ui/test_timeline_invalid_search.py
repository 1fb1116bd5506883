"""A search whose words cannot be searched is called so by the timeline in the words the library
uses, and finds nothing there either.

Seen in the German window: "Japan OR" in the library's search box (the line under it: "Ungültige
Suche: …"), and the timeline headed "8 Quellen · passend zu „Japan OR“" over every source. Then,
with a saved search "Asia" of those words (saved before `OR` at the end was refused): its row in
the library slanted with "Invalid search: OR needs a word on both sides" in its tooltip, the
library's list empty under the same sentence, and the timeline drawing every source of the
library under "“Japan OR”: no valid search, not searched" — other words, and everything shown.
A saved `label:Gefahr` (a label the user renamed so) ran in the library and was refused by the
timeline and the export dialog, which did not know the label's new name. Real window, real
library in a temp dir.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.store import SavedSearch
from reader.ui.export.dialog import ExportDialog

WHY = "Invalid search: OR needs a word on both sides"


def _timeline_for(window, qtbot, text: str):
    library = window.library
    library.search_box.setText(text)
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    window.timeline.action.trigger()
    return window.timeline.window


def _broken_saved_search(window) -> None:
    store = window.session.store
    with store.db.conn:  # as an older version left it, before `OR` at the end was refused
        store.db.execute("INSERT INTO saved_searches (name, query, created_at) VALUES ('Asia', 'Japan OR', '')")
    window.library.saved.reload()


def test_typed_words_that_cannot_be_searched(make_window, qtbot) -> None:
    window = make_window()
    timeline = _timeline_for(window, qtbot, "Japan OR")
    assert window.library.status.text() == WHY
    assert timeline.scope.text() == f"0 sources · matching “Japan OR” · {WHY}"
    assert timeline.canvas.marks == [] and timeline.canvas.empty_text == WHY
    window.library.search_box.setText("Japan")
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Return)
    timeline.reload()
    assert timeline.scope.text().endswith(" · matching “Japan”") and timeline.canvas.marks


def test_a_broken_saved_search_is_said_alike_in_the_list_the_library_and_the_timeline(make_window) -> None:
    window = make_window()
    _broken_saved_search(window)
    library = window.library
    library.saved.view.setCurrentRow(0)
    assert library.saved.view.item(0).toolTip().splitlines()[0] == WHY
    assert library.status.text() == WHY and library.results_model.rowCount() == 0
    window.timeline.action.trigger()
    timeline = window.timeline.window
    assert timeline.scope.text() == f"0 sources · saved search “Asia” · {WHY}"
    assert timeline.canvas.marks == [] and timeline.canvas.empty_text == WHY
    assert timeline.undated.count() == 0 and timeline.scope_ids() == []


def test_german(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    _broken_saved_search(window)
    window.library.saved.view.setCurrentRow(0)
    why = window.library.status.text()
    assert why.startswith("Ungültige Suche: ")
    assert window.library.saved.view.item(0).toolTip().splitlines()[0] == why
    window.timeline.action.trigger()
    assert window.timeline.window.scope.text() == f"0 Quellen · gespeicherte Suche „Asia“ · {why}"
    speak("en")


def test_a_renamed_label_is_searched_by_its_name_everywhere(make_window, tmp_path: Path) -> None:
    window = make_window()
    session, store = window.session, window.session.store
    session.settings.label_names = {"risk": "Gefahr"}
    source_id = store.sources.ids()[0]
    session.apply(lambda: store.highlights.add(source_id, 0, 12, "risk")[1])
    session.apply(lambda: store.saved_searches.add(SavedSearch(0, "Risks", "label:Gefahr"))[1])
    window.library.saved.reload()
    window.library.saved.view.setCurrentRow(0)
    listed = {window.library.results_model.result(r).source_id for r in range(window.library.results_model.rowCount())}
    assert listed == {source_id}
    window.timeline.action.trigger()
    timeline = window.timeline.window
    assert timeline.scope_ids() == [source_id]
    assert timeline.scope.text() == "1 source · saved search “Risks”"
    dialog = ExportDialog(session, [], window, None, "Risks", str(tmp_path))
    assert dialog.chosen() == ([source_id], "Risks")
    dialog.deleteLater()
