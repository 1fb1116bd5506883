"""A move whose save first writes an older text, left pending in a busy spell, once the library
is free again but its disk full: the move is refused with the one box ("… is still in the
editor"), and nothing more is raised.

The older text's retry (every 1.5 s while the library was busy) then met the full disk as well
and raised "The disk is full … do it again" over the move's box: two boxes for one move. The
refused move now stops the retry; the next move, once there is room, writes the older text
first, as its own. For real: a second sqlite3 connection holds the library while the first
source's note is typed (`tests.ui.test_one_busy_message_per_spell._held`), J moves on (the note
kept pending), the second source's note is typed, the other program lets go, the disk fills
(`tests.ui.full_disk`), J again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.store import Store
from tests.ui.elsewhere import opened
from tests.ui.full_disk import make_room
from tests.ui.test_moving_on_while_the_library_is_busy import _release
from tests.ui.test_moving_on_with_a_full_disk import _boxes
from tests.ui.test_one_busy_message_per_spell import _held, _stored

FIRST = "Kundentermin: Zahlen prüfen. " * 2000  # ~60 kB: pages the full library lacks
SECOND = "Rückruf bei der Bundesbank. " * 2000


def _an_older_text_pending(qtbot, window, data_dir: Path):
    """The first source's note typed while another program holds the library ("The library is
    busy", once, the text kept to be written later), J to the second source, its note typed:
    the list, the note, and the two sources' ids."""
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    view, note = window.library.source_view, window.notes.note
    first = window.open_source_id
    holder = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            note.editor.setPlainText(FIRST)
            note.editor.flush()  # a pause in typing: "The library is busy", once
            view.setFocus()
            qtbot.keyClick(view, Qt.Key.Key_J)
        assert len(told) == 1
        second = window.open_source_id
        assert second != first
        note.editor.setPlainText(SECOND)
    finally:
        _release(holder)
    return view, note, first, second


def test_a_move_meeting_a_full_disk_with_an_older_text_pending_shows_one_box(
        qtbot, make_window, data_dir: Path, monkeypatch, full_disk) -> None:  # fmt: skip
    window = opened(qtbot, make_window)
    view, note, first, second = _an_older_text_pending(qtbot, window, data_dir)
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    with qtbot.captureExceptions() as raised:
        qtbot.keyClick(view, Qt.Key.Key_J)
        qtbot.waitUntil(lambda: len(boxes) == 1)
        qtbot.wait(2500)  # past the retry's 1.5 s
    assert not raised  # no "The disk is full … do it again" over the move's box
    assert len(boxes) == 1 and "still in the editor" in boxes[0]
    assert window.open_source_id == second and note.editor.toPlainText() == SECOND
    make_room(window.session.store)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.open_source_id not in (first, second)
    assert _stored(data_dir, first) == FIRST and _stored(data_dir, second) == SECOND


def test_a_move_whose_catch_up_shows_the_source_binned_elsewhere_shows_one_box(
        qtbot, make_window, data_dir: Path, other: Store, monkeypatch, full_disk) -> None:  # fmt: skip
    """As above, and the other program also bins the second source: the move's catch-up shows
    it binned, and the notes and the library list each move off it — each refused on the full
    disk, each with its box, and the list put back with one more: four boxes for one J. One now;
    once there is room, the next J writes the older text to its source, with no box more."""
    window = opened(qtbot, make_window)
    view, note, first, second = _an_older_text_pending(qtbot, window, data_dir)
    other.sources.delete(second)  # binned in the other program's window
    full_disk(window.session.store)
    boxes = _boxes(monkeypatch)
    view.setFocus()
    with qtbot.captureExceptions() as raised:
        qtbot.keyClick(view, Qt.Key.Key_J)
        qtbot.waitUntil(lambda: len(boxes) == 1)
        qtbot.wait(2500)  # past the retry's 1.5 s
    assert not raised
    assert len(boxes) == 1 and "still in the editor" in boxes[0]
    assert window.open_source_id == second and note.editor.toPlainText() == SECOND
    make_room(window.session.store)
    view.setFocus()
    with qtbot.captureExceptions() as raised:
        qtbot.keyClick(view, Qt.Key.Key_J)
        qtbot.wait(300)
    assert not raised and len(boxes) == 1
    assert _stored(data_dir, first) == FIRST
