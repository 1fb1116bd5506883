"""A note or annotation typed while the disk is full is still saved once there is room.

Found on a walk through a full disk: the save failed with "The disk is full … then do it
again", the text stayed in the editor, but the editor had already counted it as saved — after
freeing space, quitting (or switching sources) wrote nothing and the text was gone. A real
library in a temp dir, made full with SQLite's page limit after its free pages are used up.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.ui.full_disk import fill, make_room

NOTE = "Kundentermin: Zahlen prüfen. " * 2000  # ~60 kB: it needs pages the full library lacks


def test_a_note_not_saved_on_a_full_disk_is_saved_at_quit(make_window, qtbot, data_dir) -> None:
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    window.notes.note.editor.setPlainText(NOTE)
    fill(store)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        window.notes.flush()
    assert store.notes.get(source_id).body == ""
    make_room(store)  # the user empties the trash, then quits
    window.close()
    with sqlite3.connect(data_dir / "library.sqlite") as conn:
        assert conn.execute(
            "SELECT body FROM notes WHERE source_id = ?", (source_id,)
        ).fetchone() == (NOTE,)


def test_an_annotation_not_saved_on_a_full_disk_is_saved_later(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    highlight, _ = store.highlights.add(source_id, 0, text.index(" ", 30), "key", "")
    window.notes.annotation.edit(store.highlights.get(highlight.id))
    window.notes.annotation.editor.setPlainText(NOTE)
    fill(store)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        window.notes.annotation.flush()
    make_room(store)
    window.notes.annotation.flush()  # the next pause in typing, focus leaving, or quitting
    assert store.highlights.get(highlight.id).annotation == NOTE
    window.undo_action.trigger()  # one step, from the text before to the text saved
    assert store.highlights.get(highlight.id).annotation == ""
