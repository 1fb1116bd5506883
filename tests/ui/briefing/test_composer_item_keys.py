"""The composer's list by keyboard: Alt+Up / Alt+Down move the chosen item, Delete removes it.

Seen composing a briefing without the mouse: in the list, Ctrl+Up, Alt+Up and Delete did
nothing; the only way to move an item was to Tab to Move up, press Space, and Shift+Tab back to
see where it went. A real store in a temp dir, the composer offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from reader.core.briefing_model import ItemKind
from reader.core.store import Store
from reader.ui.briefing.composer import BriefingComposer
from reader.ui.session import Session

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def composer(qtbot, tmp_path: Path):
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    widget = BriefingComposer(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    session.shutdown()
    store.close()


def _texts(composer) -> list[str]:
    items = composer.items_list
    return [items.item(row).text() for row in range(items.count())]


def _in_the_list(qtbot, composer) -> None:
    composer.activateWindow()
    composer.items_list.setFocus()
    qtbot.waitUntil(composer.items_list.hasFocus)


def test_alt_arrows_move_the_chosen_item_and_it_stays_chosen(qtbot, composer) -> None:
    composer.create_briefing("Japan")
    for heading in ("Lage", "Risiken", "Ausblick"):
        composer.add_item(ItemKind.HEADING, heading)
    composer.items_list.setCurrentRow(2)
    _in_the_list(qtbot, composer)
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Up, ALT)
    assert _texts(composer) == ["Lage", "Ausblick", "Risiken"]
    assert composer.items_list.currentItem().text() == "Ausblick"
    assert composer.items_list.hasFocus()  # ready for the next press
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Up, ALT)  # first already: nothing happens
    assert _texts(composer) == ["Ausblick", "Lage", "Risiken"]
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Down, ALT)
    assert _texts(composer) == ["Lage", "Ausblick", "Risiken"]
    composer.session.undo_stack.undo()  # each press one step
    assert _texts(composer) == ["Ausblick", "Lage", "Risiken"]


def test_delete_removes_the_chosen_item_undoably(qtbot, composer) -> None:
    composer.create_briefing("Japan")
    composer.add_item(ItemKind.HEADING, "Lage")
    composer.add_item(ItemKind.HEADING, "Ausblick")
    composer.items_list.setCurrentRow(0)
    _in_the_list(qtbot, composer)
    qtbot.keyClick(composer.items_list, Qt.Key.Key_Delete)
    assert _texts(composer) == ["Ausblick"]
    composer.session.undo_stack.undo()
    assert _texts(composer) == ["Lage", "Ausblick"]


def test_the_buttons_name_their_keys(composer) -> None:
    tips = {b.text().replace("&", ""): b.toolTip() for b in composer.findChildren(QPushButton)}
    assert "Alt+↑" in tips["Move up"] and "Alt+↓" in tips["Move down"]
    assert "Del" in tips["Remove"]
