"""Pasting or dropping text on a full disk says nothing was stored, and why, in one message.

The store's error came out of the undo step's first redo: the window showed it as an
unexpected error, then a second one (the source id the step never got), and left a
"Paste as new source" step on the undo stack whose undo failed again. The full disk is
SQLite's own (`max_page_count` on the window's connection).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui import dialogs

WORDS = " ".join(f"wort{j}" for j in range(8000))  # more than the library's free pages hold
TEXT = f"Meldung zum Hafen\n\nDer Text: {WORDS}.\n"


@pytest.fixture
def shown(monkeypatch) -> list[QMessageBox]:
    seen: list[QMessageBox] = []

    def answer(dialog: QMessageBox) -> int:
        seen.append(dialog)
        return 0

    monkeypatch.setattr(dialogs, "run", answer)
    return seen


def _fill_the_disk(window) -> None:
    conn = window.session.store.db.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")


def _said_nothing_was_stored(window, shown: list[QMessageBox], before: int) -> None:
    assert window.session.store.sources.count() == before
    assert window.session.undo_stack.count() == 0  # no step that did nothing (and whose undo fails)
    assert [box.windowTitle() for box in shown] == ["Not added"]
    text = shown[0].text()
    assert text.startswith("The text was not added to the library.")
    assert "disk holding the library is full" in text and "add the text again" in text


def test_a_paste_on_a_full_disk_says_nothing_was_stored(make_window, shown) -> None:
    window = make_window()
    before = window.session.store.sources.count()
    _fill_the_disk(window)
    QApplication.clipboard().setText(TEXT)
    try:
        window.paste_action.trigger()
    finally:
        QApplication.clipboard().clear()  # left holding it, the interpreter crashed on exit
    _said_nothing_was_stored(window, shown, before)


def test_a_drop_of_text_on_a_full_disk_says_nothing_was_stored(make_window, qtbot, shown) -> None:
    window = make_window()
    before = window.session.store.sources.count()
    _fill_the_disk(window)
    mime = QMimeData()
    mime.setText(TEXT)
    window.importer.drop(mime)
    qtbot.waitUntil(lambda: bool(shown))
    _said_nothing_was_stored(window, shown, before)


def test_a_paste_with_room_is_one_undo_step(make_window, shown) -> None:
    window = make_window()
    store = window.session.store
    before = store.sources.count()
    QApplication.clipboard().setText(TEXT)
    try:
        window.paste_action.trigger()
    finally:
        QApplication.clipboard().clear()
    assert store.sources.count() == before + 1 and shown == []
    window.undo_action.trigger()
    assert store.sources.count() == before
    window.redo_action.trigger()
    assert store.sources.count() == before + 1


def test_the_german_window_says_it_in_german(make_window, speak, shown) -> None:
    speak("de")
    window = make_window()
    _fill_the_disk(window)
    QApplication.clipboard().setText(TEXT)
    try:
        window.paste_action.trigger()
    finally:
        QApplication.clipboard().clear()
    assert shown[0].windowTitle() == "Nicht hinzugefügt"
    assert shown[0].text().startswith("Der Text wurde nicht in die Bibliothek aufgenommen. Der Datenträger")
