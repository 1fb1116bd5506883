"""After Ctrl+Z takes back an inserted block, an item of the composer's list is current.

Seen walking through the app: Briefing ▸ Insert chronology, then Ctrl+Z, left no item chosen
in the list (the chosen one had gone), so the arrows and Delete had nowhere to start. Now the
item that stands where the removed one stood is chosen, or the last one, as a list does after
a delete. The real window offscreen on a real library in a temp dir."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from reader.core.briefing_model import ItemKind
from reader.ui.briefing.add_menu import add_to_briefing, create_briefing

CTRL = Qt.KeyboardModifier.ControlModifier


def _current_text(composer) -> str | None:
    entry = composer.items_list.currentItem()
    return entry.text() if entry is not None else None


def test_ctrl_z_after_an_inserted_chronology_chooses_the_item_in_its_place(make_window, qtbot) -> None:
    window = make_window()
    window.activateWindow()
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    composer = window.briefings.composer()
    for heading in ("Lage", "Ausblick"):
        composer.add_item(ItemKind.HEADING, heading)
    composer.items_list.setCurrentRow(0)
    window.chronology.action.trigger()  # after "Lage", chosen
    assert composer.items_list.count() == 3 and composer.items_list.currentRow() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert composer.items_list.count() == 2
    assert _current_text(composer) == "Ausblick"  # it stands where the chronology stood
    remove = next(b for b in composer.findChildren(QPushButton) if b.text().replace("&", "") == "Remove")
    assert remove.isEnabled()  # the keys have an item to act on
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [composer.items_list.item(r).text() for r in range(2)] == ["Ausblick", "Lage"]


def test_ctrl_z_after_a_highlight_added_last_chooses_the_last_item(make_window, qtbot) -> None:
    window = make_window()
    session = window.session
    briefing_id = create_briefing(session, "Japan")
    window.briefings.show(briefing_id)
    composer = window.briefings.composer()
    composer.add_item(ItemKind.HEADING, "Lage")
    text = session.store.sources.get(1).reading_text  # type: ignore[union-attr]
    highlight, _changes = session.store.highlights.add(1, 0, len(text.split()[0]), "key")
    add_to_briefing(session, briefing_id, [highlight.id])
    composer.items_list.setCurrentRow(1)  # the quote, chosen
    session.undo()
    assert composer.items_list.count() == 1
    assert _current_text(composer) == "Lage"


def test_the_briefing_shown_after_a_delete_has_nothing_chosen(make_window) -> None:
    """Only the same briefing's list keeps the row: after Delete the briefing that is shown
    instead opens as it always did, with nothing chosen."""
    window = make_window()
    composer = window.briefings.composer()
    window.briefings.show(create_briefing(window.session, "China"))
    composer.add_item(ItemKind.HEADING, "Handel")
    window.briefings.show(create_briefing(window.session, "Japan"))
    composer.add_item(ItemKind.HEADING, "Lage")
    assert composer.items_list.currentRow() == 0
    composer._delete_clicked()
    assert composer.briefing_combo.currentText() == "China"
    assert composer.items_list.currentRow() == -1


def test_a_highlight_sent_to_the_briefing_becomes_the_current_item(make_window) -> None:
    """Sent with B (or dropped) while another item is current, the new quote is chosen, as the
    preview brings it into view; it stayed on the heading, so Delete and Alt+arrows acted there."""
    window = make_window()
    session = window.session
    briefing_id = create_briefing(session, "Japan")
    window.briefings.show(briefing_id)
    composer = window.briefings.composer()
    for heading in ("Lage", "Ausblick"):
        composer.add_item(ItemKind.HEADING, heading)
    composer.items_list.setCurrentRow(0)
    text = session.store.sources.get(1).reading_text  # type: ignore[union-attr]
    highlight, _changes = session.store.highlights.add(1, 0, len(text.split()[0]), "key")
    add_to_briefing(session, briefing_id, [highlight.id])
    assert composer.items_list.count() == 3
    current = composer.current_item()
    assert current is not None and current.kind is ItemKind.HIGHLIGHT
