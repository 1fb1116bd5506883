"""A write from the window waits briefly, not ten seconds, while another program holds the
library; while the window's own import runs it waits as long as the import may need.

Found holding a window's library with a second connection (BEGIN IMMEDIATE, as `briefing import`
holds it mid-batch): every note saved and every tag added waited the store's full 10 s on the
window's thread before "The library is busy", the window frozen meanwhile (its quit question
once showed as a blank frame). The window's own import of a few files, though, holds the lock
while it parses the next one (seconds for a large file): a note saved then must wait for it, as
it did. A real library in a temp dir, a real second connection, real writes from the window.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.store.connection import BUSY_TIMEOUT_MS, library_busy
from reader.ui.session import WRITE_WAIT_MS

NOTE = "Rückruf bei der Bundesbank: Zahlen zum Quartal."


def _wait_ms(window) -> int:
    """How long a write from the window waits for another connection's write lock."""
    return int(window.session.store.db.execute("PRAGMA busy_timeout").fetchone()[0])


def test_a_note_kept_out_by_another_program_is_refused_after_a_short_wait_and_kept(make_window, data_dir: Path) -> None:
    window = make_window()
    assert _wait_ms(window) == WRITE_WAIT_MS < BUSY_TIMEOUT_MS / 4
    other = sqlite3.connect(data_dir / "library.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program, mid-write
    try:
        window.notes.note.editor.setPlainText(NOTE)
        with pytest.raises(sqlite3.OperationalError) as caught:
            window.notes.note.flush()
        assert library_busy(caught.value)  # "The library is busy", not damage
        assert window.notes.note.editor.toPlainText() == NOTE  # kept, to be saved again
    finally:
        other.execute("ROLLBACK")
        other.close()
    window.notes.note.flush()  # the other program is done: it is saved
    with sqlite3.connect(data_dir / "library.sqlite") as conn:
        row = conn.execute("SELECT body FROM notes WHERE source_id = ?", (window.open_source_id,)).fetchone()
    assert row == (NOTE,)


def test_while_its_own_import_runs_the_window_waits_for_it(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    article = tmp_path / "hafen.txt"
    article.write_text("Hafen meldet Rekord\n\nDer Hafen hat so viel umgeschlagen wie nie.\n", encoding="utf-8")
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([article], report=False)
        assert _wait_ms(window) == BUSY_TIMEOUT_MS  # the import may hold the lock for seconds
    qtbot.waitUntil(lambda: not window.session.busy(), timeout=5_000)
    assert _wait_ms(window) == WRITE_WAIT_MS  # done: another program's hold is told soon again


def test_the_quit_question_is_not_followed_by_another_try_and_a_second_box(make_window, data_dir: Path, qtbot) -> None:
    """Seen on screen: the question showed as a blank frame, then a second "The library is busy"
    box came over it. Taking the focus from the note editor, the question made it save once more,
    which waited for the library again before the question was painted, and failed into the
    second box (raised here from a slot, which pytest-qt fails the test on)."""
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")  # the wait is not what is tested here
    editor = window.notes.note.editor
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPlainText(NOTE)
    other = sqlite3.connect(data_dir / "library.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    focus_in_box: list[bool] = []

    def stay() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None or not box.isActiveWindow():
            QTimer.singleShot(20, stay)
            return
        QApplication.processEvents()  # what the focus leaving the editor sets off
        focus_in_box.append(not editor.hasFocus() and box.isAncestorOf(QApplication.focusWidget()))
        box.escapeButton().click()  # Stay and try again

    try:
        QTimer.singleShot(0, stay)
        assert not window.close()  # stayed: the note still in its editor
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert focus_in_box == [True]
    assert editor.toPlainText() == NOTE

