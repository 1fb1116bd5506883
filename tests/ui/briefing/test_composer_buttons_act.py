"""The composer's buttons are enabled only while they can act (seen in the German window with
no briefing open: Umbenennen …, Löschen, Exportieren … did nothing, Überschrift hinzufügen asked
for a heading and dropped it; Nach oben, Nach unten and Entfernen did nothing without an item).
A real store in a temp dir, the composer offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from reader.core.briefing_model import ItemKind
from reader.core.store import Store
from reader.ui.briefing.composer import BriefingComposer
from reader.ui.session import Session


@pytest.fixture
def composer(qtbot, tmp_path: Path):
    store = Store.open(tmp_path / "library.sqlite")
    session = Session(store)
    widget = BriefingComposer(session)
    qtbot.addWidget(widget)
    yield widget
    session.shutdown()
    store.close()


def _enabled(composer) -> set[str]:
    return {b.text().replace("&", "") for b in composer.findChildren(QPushButton) if b.isEnabled() and b.isVisibleTo(composer)}


BRIEFING = {"New…", "Rename…", "Delete", "Export…", "Add heading", "Add text"}


def test_buttons_act_only_when_they_can(composer) -> None:
    assert _enabled(composer) == {"New…"}  # no briefing yet
    composer.create_briefing("Japan")
    assert _enabled(composer) == BRIEFING  # nothing chosen to move or remove
    composer.add_item(ItemKind.HEADING, "Lage")
    composer.add_item(ItemKind.HEADING, "Ausblick")  # chosen: the last
    assert _enabled(composer) == BRIEFING | {"Move up", "Remove"}
    composer.items_list.setCurrentRow(0)
    assert _enabled(composer) == BRIEFING | {"Move down", "Remove"}
    composer.items_list.setCurrentRow(-1)
    assert _enabled(composer) == BRIEFING
    next(b for b in composer.findChildren(QPushButton) if b.text().replace("&", "") == "Delete").click()
    assert _enabled(composer) == {"New…"}  # deleted: none open
    composer.session.undo_stack.undo()
    assert "Rename…" in _enabled(composer)
