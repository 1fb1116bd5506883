"""A move to another source whose save first writes an older text, left pending in a busy spell,
while the move's catch-up lets the current note go: the older text's "database is locked" came
after that, and the move raised it — a second "The library is busy" box in the spell, the move
cut off in the middle of the window's open. It goes through as any busy move does.

The order, for real: the note of the first source typed and told busy (a second sqlite3
connection holding BEGIN IMMEDIATE), J to the second source and typing there; the other program
lets go, bins the second source in its own window and takes the library again; then J. The
move's save writes the first source's text first (`GuardedText.flush(leaving=True)`), whose
catch-up shows the second source binned: the notes let it go (its own move keeps its text),
and then the first source's text meets the lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.store import Store
from tests.ui.elsewhere import opened
from tests.ui.test_moving_on_while_the_library_is_busy import (
    NOTE,
    _all_on,
    _release,
    _typed_then_told,
)
from tests.ui.test_one_busy_message_per_spell import _held, _stored

SECOND = "Zweite Notiz"


def test_an_older_text_meeting_the_lock_after_the_catch_up_let_the_note_go(
        qtbot, make_window, data_dir: Path, other: Store) -> None:  # fmt: skip
    window = opened(qtbot, make_window)
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    view, note = window.library.source_view, window.notes.note
    first, holder = _typed_then_told(qtbot, window, data_dir)
    try:
        view.setFocus()
        with qtbot.captureExceptions() as told:
            qtbot.keyClick(view, Qt.Key.Key_J)
        second = window.open_source_id
        note.editor.setFocus()
        qtbot.keyClicks(note.editor, SECOND)
        assert not told and second != first
    finally:
        _release(holder)
    other.sources.delete(second)  # binned in the other program's window, which holds on again
    holder = _held(data_dir)
    try:
        view.setFocus()
        with qtbot.captureExceptions() as told:
            qtbot.keyClick(view, Qt.Key.Key_J)
            target = window.open_source_id
            _all_on(window, target)
            assert "kept" in window.statusBar().currentMessage()
            qtbot.wait(100)
        assert not told  # the spell was told once, at the first pause
        assert target not in (first, second)
    finally:
        _release(holder)
    qtbot.waitUntil(lambda: _stored(data_dir, first) == NOTE, timeout=5_000)  # in its own source
    qtbot.waitUntil(lambda: note.lost.text == SECOND, timeout=5_000)  # its source binned: the bar holds it
    assert _stored(data_dir, second) in (None, "")  # not hidden in the bin
    assert _stored(data_dir, target) in (None, "")
    _all_on(window, target)
