"""Deleting many sources from the library table is all or nothing, as its one undo step says.

Each source went to the bin in a transaction of its own: when the third failed (a full disk),
the first two stayed in the bin, still listed (nothing was announced) and beyond Ctrl+Z (no step
was pushed). One transaction for the lot also spares 1,000 sources their 1,000 commits."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.core.store import search_index
from reader.ui.library import bulk


def test_a_bulk_delete_that_fails_half_way_deletes_none(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    ids = store.sources.ids()[:4]
    monkeypatch.setattr("reader.ui.dialogs.run", lambda _question: QMessageBox.StandardButton.Yes)
    unindex = search_index.unindex_source
    calls: list[int] = []

    def full_on_the_third(db, source_id: int) -> None:
        calls.append(source_id)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database or disk is full")
        unindex(db, source_id)

    monkeypatch.setattr(search_index, "unindex_source", full_on_the_third)
    with pytest.raises(sqlite3.OperationalError):
        bulk.delete_sources(window.session, ids, window)
    assert store.sources.count() == 5  # none in the bin
    assert not window.session.undo_stack.canUndo()


def test_a_bulk_delete_and_its_undo_take_every_source(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    every = sorted(store.sources.ids())
    ids = every[:3]
    rows = window.library.model.rowCount()
    monkeypatch.setattr("reader.ui.dialogs.run", lambda _question: QMessageBox.StandardButton.Yes)
    assert bulk.delete_sources(window.session, ids, window)
    assert sorted(store.sources.ids()) == every[3:]
    window.undo_action.trigger()
    assert sorted(store.sources.ids()) == every and window.library.model.rowCount() == rows
