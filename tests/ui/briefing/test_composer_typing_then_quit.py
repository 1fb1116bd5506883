"""Text typed in the briefing composer and the window closed at once is saved, as the summary
note's is: the save waits for a pause in typing, and the window flushes it when it closes."""

from __future__ import annotations

import sqlite3

from reader.core.briefing_model import ItemKind
from reader.ui.briefing.add_menu import create_briefing


def test_text_typed_just_before_quitting_is_kept(make_window, qtbot, data_dir) -> None:
    window = make_window()
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    composer = window.briefings.composer()
    composer.add_item(ItemKind.TEXT, "")
    item_id = composer.current_item().id
    qtbot.keyClicks(composer.editor, "Lagebild")
    assert composer.editor.pending  # no pause in typing yet
    window.close()
    with sqlite3.connect(data_dir / "library.sqlite") as conn:
        row = conn.execute("SELECT text FROM briefing_items WHERE id = ?", (item_id,)).fetchone()
    assert row == ("Lagebild",)
