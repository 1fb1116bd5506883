"""Deleting sources says so in the status bar, with the way back, as deleting a tag, a saved
search or a briefing does. Seen in the walk: after Source ▸ Delete source the next source came
up in its place without a word. Expected lines are written out from the seed titles."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reader.ui.library import bulk

TITLE = "Japan ist bereits der engste asiatische Verbündete der USA"


def _yes(monkeypatch) -> None:
    monkeypatch.setattr("reader.ui.dialogs.run", lambda _question: QMessageBox.StandardButton.Yes)


def _id(window, title: str) -> int:
    return next(s.id for s in window.session.store.sources.list() if s.title == title)


def test_delete_source_names_it_and_the_way_back(make_window, monkeypatch) -> None:
    window = make_window()
    _yes(monkeypatch)
    assert window.editor.delete(_id(window, TITLE))
    assert window.statusBar().currentMessage() == "Deleted “Japan ist bereits der engste as…” (Ctrl+Z brings it back)"


def test_deleting_sources_from_the_table_counts_them(make_window, monkeypatch) -> None:
    window = make_window()
    _yes(monkeypatch)
    ids = window.session.store.sources.ids()[:2]
    assert bulk.delete_sources(window.session, ids, window)
    assert window.statusBar().currentMessage() == "Deleted 2 sources (Ctrl+Z brings them back)"


def test_german(make_window, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    _yes(monkeypatch)
    assert window.editor.delete(_id(window, TITLE))
    assert window.statusBar().currentMessage() == "Quelle „Japan ist bereits der engste as…“ gelöscht (Strg+Z holt sie zurück)"
    assert bulk.delete_sources(window.session, window.session.store.sources.ids()[:1], window)
    assert window.statusBar().currentMessage() == "1 Quelle gelöscht (Strg+Z holt sie zurück)"
