"""While another program holds the library's write lock (a `briefing import`, another window),
typing in the summary note and pausing, then typing and pausing again, tells "The library is
busy" once, not a box at each pause; the text stays in the editor and is saved by itself once
the other program lets go. A new spell later is told again.

The box is the window's last-resort error handler's (`app._excepthook`), which each error
raised from the save's slot reaches: counted here as the errors the slot raised
(`qtbot.captureExceptions`). The other program is a second sqlite3 connection holding
BEGIN IMMEDIATE on the library file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core.store import library_busy

NOTE, MORE = "Rueckruf bei der Bundesbank", ", Zahlen zum Quartal"


def _held(data_dir: Path) -> sqlite3.Connection:
    other = sqlite3.connect(data_dir / "library.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program, mid-write
    return other


def _stored(data_dir: Path, source_id: int) -> str | None:
    with sqlite3.connect(data_dir / "library.sqlite") as conn:
        row = conn.execute("SELECT body FROM notes WHERE source_id = ?", (source_id,)).fetchone()
    return row[0] if row else None


def _pause(qtbot, editor, text: str) -> None:
    """Typing, then the pause the save timer waits for."""
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)
    editor.flush()


def test_one_box_for_a_busy_spell_and_the_note_saved_once_it_is_free(qtbot, make_window, data_dir: Path) -> None:
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")  # the wait is not what is tested here
    source_id, editor = window.open_source_id, window.notes.note.editor
    other = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, editor, NOTE)
            _pause(qtbot, editor, MORE)  # the save timer fires again: no second box
        assert [library_busy(error) for _kind, error, _tb in told] == [True]
        assert editor.toPlainText() == NOTE + MORE
        with qtbot.captureExceptions() as again:  # the retry, failing on, only says so
            qtbot.waitUntil(lambda: "still busy" in window.statusBar().currentMessage(), timeout=5_000)
        assert not again
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE + MORE, timeout=5_000)  # tried again by itself
    other = _held(data_dir)  # a new spell, told anew
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, editor, ".")
        assert len(told) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE + MORE + ".", timeout=5_000)


def test_quit_without_it_during_a_busy_spell_saves_nothing_afterwards(qtbot, make_window, data_dir: Path) -> None:
    """The note told busy at a pause, then the window closed with "Quit without it": the save
    tried again every RETRY_MS stops with the window, and once the other program lets go the
    text the user gave up is not written behind their back (nor on a library closed meanwhile)."""
    from reader.ui.guarded_text import RETRY_MS
    from tests.ui.test_quit_on_a_full_disk import _answer

    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    source_id, editor = window.open_source_id, window.notes.note.editor
    other = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, editor, NOTE)
        assert len(told) == 1
        asked: list[str] = []
        _answer("Quit without it", asked)
        assert window.close() and asked
    finally:
        other.execute("ROLLBACK")
        other.close()
    with qtbot.captureExceptions() as later:
        qtbot.wait(2 * RETRY_MS)
    assert not later
    assert _stored(data_dir, source_id) in (None, "")


def test_staying_at_quit_during_a_busy_spell_keeps_the_text_and_saves_it_once_free(qtbot, make_window,
                                                                                   data_dir: Path) -> None:  # fmt: skip
    from tests.ui.test_quit_on_a_full_disk import _answer

    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    source_id, editor = window.open_source_id, window.notes.note.editor
    other = _held(data_dir)
    try:
        with qtbot.captureExceptions():
            _pause(qtbot, editor, NOTE)
        asked: list[str] = []
        _answer("Stay and try again", asked)
        assert not window.close() and asked
        assert editor.toPlainText() == NOTE
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE, timeout=5_000)


def test_pauses_during_a_told_spell_leave_the_save_to_the_retry(qtbot, make_window, data_dir: Path,
                                                               monkeypatch) -> None:  # fmt: skip
    """Each pause in typing after the box tried the library again, each try waiting up to
    WRITE_WAIT_MS for the lock with the window frozen (2 s a pause, while another program
    imports for minutes). The pauses now leave the save to the retry, which does not wait:
    counted here as the note's writes tried."""
    window = make_window()
    store = window.session.store
    source_id, editor = window.open_source_id, window.notes.note.editor
    tried: list[str] = []
    write = store.notes.set
    monkeypatch.setattr(store.notes, "set", lambda *args, **kwargs: (tried.append(args[1]), write(*args, **kwargs))[1])
    store.db.execute("PRAGMA busy_timeout = 0")
    other = _held(data_dir)
    try:
        with qtbot.captureExceptions():
            _pause(qtbot, editor, NOTE)
            _pause(qtbot, editor, MORE)
        assert tried == [NOTE]  # the second pause waited for nothing
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == NOTE + MORE, timeout=5_000)
    assert tried[-1] == NOTE + MORE


def test_a_spell_whose_typing_was_taken_back_leaves_the_next_spell_its_box(qtbot, make_window,
                                                                           data_dir: Path) -> None:  # fmt: skip
    """Told busy at a pause, the user deletes what they typed: no text waits any more, and no
    write ends the spell. The next time another program holds the library the typing kept out
    is told in the box again, not only in the status bar (which the user may not look at)."""
    from PySide6.QtCore import Qt

    from reader.ui.guarded_text import RETRY_MS

    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    source_id, editor = window.open_source_id, window.notes.note.editor
    other = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, editor, NOTE)
            qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(editor, Qt.Key.Key_Backspace)
            editor.flush()
            qtbot.wait(2 * RETRY_MS)  # the retry finds nothing left to save
        assert len(told) == 1 and editor.toPlainText() == ""
    finally:
        other.execute("ROLLBACK")
        other.close()
    other = _held(data_dir)  # another program, later: a spell of its own
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, editor, MORE)
        assert [library_busy(error) for _kind, error, _tb in told] == [True]
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: _stored(data_dir, source_id) == MORE, timeout=5_000)


def test_one_text_taken_back_while_another_still_waits_keeps_the_spell_told(qtbot, make_window, monkeypatch,
                                                                            data_dir: Path) -> None:  # fmt: skip
    """The note told busy, then a briefing's text kept out too (said in the status bar only);
    the note's typing deleted. The briefing's text still waits, so the spell goes on: its tries
    every RETRY_MS bring no second box."""
    from PySide6.QtCore import Qt

    from reader.core.briefing_model import ItemKind
    from reader.ui.guarded_text import RETRY_MS
    from tests.ui.briefing.test_composer_docked import open_memo

    window = make_window()
    composer = open_memo(window, monkeypatch)
    composer.add_item(ItemKind.TEXT, "")
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    note = window.notes.note.editor
    other = _held(data_dir)
    try:
        with qtbot.captureExceptions() as told:
            _pause(qtbot, note, NOTE)
            _pause(qtbot, composer.editor, MORE)
            note.setFocus()
            qtbot.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClick(note, Qt.Key.Key_Backspace)
            note.flush()
            qtbot.wait(3 * RETRY_MS)  # the note's retry finds nothing; the briefing's tries on
        assert [library_busy(error) for _kind, error, _tb in told] == [True]
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: window.session.store.briefings.items(composer.briefing_id)[0].text == MORE.strip(),
                    timeout=5_000)  # fmt: skip
