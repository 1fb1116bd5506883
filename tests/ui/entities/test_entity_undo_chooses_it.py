"""Ctrl+Z on a correction in the Entities view chooses the entry it brings back, as Del chose
the entry below it: after Del on "Asia" and Ctrl+Z, "Asia" was back in the list but the entry
below it stayed chosen, its mentions shown, and a second Ctrl+Z or Del acted on the wrong
entry's neighbour. The seeds name Asia ("Asien") in three sources."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.entities import EntityKind
from tests.ui.entities.test_entity_corrections_view import CTRL, _after, _choose, _open


def test_undoing_not_a_name_chooses_the_entry_again(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    asia = _choose(view, qtbot, "Asia")
    view.filter_box.clear()  # the whole list, Asia chosen in it
    view.table.setFocus()
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Delete))
    assert view.current_entity().name != "Asia"
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL))
    back = view.current_entity()
    assert back is not None and back.name == "Asia" and back.kind == asia.kind
    assert view.mention_heading.text().startswith("Asia ")  # its mentions shown


def test_undoing_a_new_kind_chooses_the_entry_again(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    _choose(view, qtbot, "Asia")
    view.filter_box.clear()
    view.table.setFocus()
    _after(window, qtbot, window.entities.corrections.kind_actions[EntityKind.PERSON].trigger)
    qtbot.keyClick(view.table, Qt.Key.Key_Home, CTRL)  # moved on to another entry meanwhile,
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # and into its mentions
    assert view.current_entity().name != "Asien"
    _after(window, qtbot, lambda: qtbot.keyClick(view.mention_view, Qt.Key.Key_Z, CTRL))
    back = view.current_entity()
    assert back is not None and back.name == "Asia" and back.kind == EntityKind.PLACE
