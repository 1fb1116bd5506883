"""Edit ▸ Undo names what it takes back: an inserted chronology or who's who was offered as
"Undo Add text" (and "Rückgängig gemacht: Text hinzufügen"), as if typed by hand."""

from __future__ import annotations

from reader.ui.briefing.add_menu import create_briefing


def test_an_inserted_chronology_and_whos_who_are_named_on_the_undo_stack(make_window, qtbot) -> None:
    window = make_window()
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    stack = window.session.undo_stack
    window.chronology.action.trigger()
    assert stack.undoText() == "Insert chronology"
    # Said as a sentence, with the way back (it read "Chronology of the sources the library
    # lists inserted", the verb trailing after the scope).
    said = window.statusBar().currentMessage()
    assert said == "Inserted a chronology of the sources the library lists (Ctrl+Z takes it back)"
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.whos_who.action.trigger()  # indexes first, then inserts
    qtbot.waitUntil(lambda: stack.undoText() != "Insert chronology")
    assert stack.undoText() == "Insert who's who"
    assert window.statusBar().currentMessage().startswith("Inserted a who's who of the sources the library lists")
    window.briefings.composer()._add_text()  # a text added by hand keeps its own name
    assert stack.undoText() == "Add text"


def test_ctrl_z_right_after_an_inserted_chronology_takes_it_back(make_window, qtbot) -> None:
    """Seen in session 18: the status line offered "Ctrl+Z takes it back", but the cursor sat
    in the inserted text, so Ctrl+Z went to that editor and took nothing back. A text added
    by hand still takes the cursor, ready for typing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.activateWindow()
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    composer = window.briefings.composer()
    window.chronology.action.trigger()
    assert composer.items_list.count() == 1
    focused = QApplication.focusWidget()
    assert focused is not composer.editor
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert composer.items_list.count() == 0
    composer._add_text()
    assert QApplication.focusWidget() is composer.editor
