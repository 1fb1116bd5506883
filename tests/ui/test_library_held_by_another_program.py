"""Another program holds the library's write lock (a `briefing import`, another window) past the
wait: the window says so, and never calls the library damaged.

Found starting the window on a library a second process held with BEGIN IMMEDIATE: the window
opened (reading is not locked), but adding a tag ended in "Something went wrong … The library may
be damaged: quit, and the next start checks it and offers your newest backup" — advice that,
followed, restores an older backup over a sound library. A note typed meanwhile was lost at quit:
the box came, and the window closed. A real library in a temp dir, held by a second connection
as another process holds it; the window's own waiting is cut to nothing, so no test waits out
the ten seconds a user waits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui import app

NOTE = "Kundentermin: Zahlen prüfen."


@pytest.fixture
def hold(data_dir: Path) -> Iterator[Callable[[], sqlite3.Connection]]:
    """Once the window is open: a second connection holding the library's write lock, as
    `briefing import` holds it mid-batch."""
    held: list[sqlite3.Connection] = []

    def take() -> sqlite3.Connection:
        conn = sqlite3.connect(data_dir / "library.sqlite", isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        held.append(conn)
        return conn

    yield take
    for conn in held:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()


def _window_that_does_not_wait(make_window):
    window = make_window()
    window.session.store.db.execute("PRAGMA busy_timeout = 0")
    return window


def test_a_write_kept_out_says_who_is_in_the_way_not_damage(make_window, hold, speak, monkeypatch) -> None:
    speak("de")
    window = _window_that_does_not_wait(make_window)
    hold()
    window.notes.note.editor.setPlainText(NOTE)
    with pytest.raises(sqlite3.OperationalError) as caught:
        window.notes.note.flush()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    app._excepthook(type(caught.value), caught.value, caught.value.__traceback__)
    box = shown[0]
    assert box.windowTitle() == "Die Bibliothek ist belegt"
    assert box.text().startswith("Ein anderes Programm schreibt gerade in die Bibliothek")
    assert "nicht beschädigt" in box.text() and "Sicherung" not in box.text()
    assert box.informativeText().startswith("Bibliothek ist gesperrt")
    assert window.notes.note.editor.toPlainText() == NOTE  # still there to save again


def _answer(label: str, asked: list[str]) -> None:
    """Press `label` in the question box once it shows."""

    def press() -> None:
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, press)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

    QTimer.singleShot(0, press)


def test_quitting_while_it_is_held_asks_and_the_note_is_saved_at_the_next_quit(make_window, data_dir, hold) -> None:
    window = _window_that_does_not_wait(make_window)
    held = hold()
    source_id = window.open_source_id
    window.notes.note.editor.setPlainText(NOTE)
    asked: list[str] = []
    _answer("Stay and try again", asked)
    assert not window.close()  # still open, the note in its editor
    assert asked and "another program is writing to the library" in asked[0]
    assert window.notes.note.editor.toPlainText() == NOTE
    held.execute("ROLLBACK")  # the other program is done
    assert window.close()
    with sqlite3.connect(data_dir / "library.sqlite") as conn:
        assert conn.execute("SELECT body FROM notes WHERE source_id = ?", (source_id,)).fetchone() == (NOTE,)
