"""A briefing's text typed while the disk is full stays in the editor when another item is
chosen, and is saved once there is room.

The save on focus-out failed (the disk-full box), and choosing another item then loaded that
item's text over what was typed: only a save still waiting for a pause in typing was made
before the switch. A real library in a temp dir, made full with SQLite's page limit."""

from __future__ import annotations

from reader.core.briefing_model import ItemKind
from reader.ui import dialogs
from reader.ui.briefing.add_menu import create_briefing
from tests.ui.full_disk import make_room

TEXT = "Lagebild: Zahlen prüfen. " * 2000  # ~50 kB: it needs pages the full library lacks


def _fails_full(qtbot, action) -> None:
    """Run `action`; the slot it reaches fails as a full disk does (the window's box shows it)."""
    with qtbot.capture_exceptions() as raised:
        action()
    assert raised and "full" in str(raised[0][1])


def test_text_not_saved_on_a_full_disk_survives_choosing_another_item(make_window, qtbot, monkeypatch,
                                                                     full_disk) -> None:  # fmt: skip
    window = make_window()
    store = window.session.store
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    composer = window.briefings.composer()
    composer.add_item(ItemKind.TEXT, "")
    composer.add_item(ItemKind.HEADING, "Ausblick")
    composer.items_list.setCurrentRow(0)
    text_id = composer.current_item().id
    composer.editor.setPlainText(TEXT)
    full_disk(store)
    _fails_full(qtbot, composer.editor.flush)  # focus left: the save fails, the box says so
    # tried again before the heading's text is shown: refused, the box says the text stays
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "run", lambda box: shown.append(box.text()) or 0)
    composer.items_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: len(shown) == 1 and composer.current_item().id == text_id)
    assert composer.editor.toPlainText() == TEXT and "still in the editor" in shown[0]
    make_room(store)  # room again
    composer.editor.flush()
    assert store.briefings.item(text_id).text == TEXT
