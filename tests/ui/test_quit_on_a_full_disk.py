"""Quitting while the disk is full asks before the text still in an editor is given up.

Found walking through a full disk: the note could not be saved at quit, the error box said
so, and the window closed all the same — the text was gone. Now the user may stay and make
room (the window stays open, the text in its editor, saved at the next quit), or quit without
it. A real library in a temp dir made full with SQLite's page limit; the question is answered
by pressing its button as a user would."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.full_disk import fill, make_room

NOTE = "Kundentermin: Zahlen prüfen. " * 2000  # ~60 kB: it needs pages the full library lacks


def _answer(label: str, asked: list[str]) -> None:
    """Press `label` in the question box once it shows."""

    def press() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(20, press)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()

    QTimer.singleShot(0, press)


def test_stay_keeps_the_window_and_the_text_and_the_next_quit_saves_it(
    make_window, data_dir
) -> None:
    window = make_window()
    store, source_id = window.session.store, window.open_source_id
    window.notes.note.editor.setPlainText(NOTE)
    fill(store)
    asked: list[str] = []
    _answer("Stay and make room", asked)
    assert not window.close()  # still open, the note in its editor
    assert asked and "disk holding the library is full" in asked[0]
    assert window.notes.note.editor.toPlainText() == NOTE
    make_room(store)  # the user made room
    assert window.close()
    with sqlite3.connect(data_dir / "library.sqlite") as conn:
        assert conn.execute(
            "SELECT body FROM notes WHERE source_id = ?", (source_id,)
        ).fetchone() == (NOTE,)


def test_quit_without_it_closes_the_window(make_window) -> None:
    window = make_window()
    window.notes.note.editor.setPlainText(NOTE)
    fill(window.session.store)
    asked: list[str] = []
    _answer("Quit without it", asked)
    assert window.close()
    assert asked
