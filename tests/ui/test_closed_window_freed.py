"""A closed window is freed: the look for other programs' changes lets go of it.

The look's task reports through lambdas connected to its signals object, which Qt holds out of
the garbage collector's sight; they hold the task and the window's `OutsideChanges`, and
through it the window and its session. Kept, each window the tests closed stayed in memory
(the window tests' heap grew by ~3,000 objects a test, each full collection slower)."""

from __future__ import annotations

import gc
import sqlite3
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from reader.core.settings import Settings
from reader.core.store import Fingerprint, Store
from reader.ui import outside_changes
from reader.ui.main_window import MainWindow
from reader.ui.session import Session


def _freed(windows: list[weakref.ref[MainWindow]]) -> bool:
    """Whether every window is gone, once the deletions asked for are done (waited for: the
    task's last report, which deletes its signals, comes from its worker thread)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return all(w() is None for w in windows)


@pytest.mark.parametrize("look", ["taken", "failed"])
def test_a_closed_window_is_freed(qtbot, data_dir, monkeypatch, look: str) -> None:
    from reader import paths

    if look == "failed":  # a look that fails (logged, tried again later) lets go as well

        def unreadable(*_args: object) -> Fingerprint:
            raise sqlite3.DatabaseError("database disk image is malformed")

        monkeypatch.setattr(outside_changes, "_take", unreadable)

    where = paths.resolve(data_dir).ensure()
    windows = []
    for _ in range(3):
        store = Store.open(where.db_path)
        session = Session(store, settings=Settings.load(where.settings_file))
        window = MainWindow(session, where)
        window.show()
        window.state.set_seeds_offered()  # an empty library, no samples: its looks and list only
        window.start()
        qtbot.waitUntil(lambda window=window: window.outside.idle() and not window.library.loader.pending(), timeout=20_000)
        windows.append(weakref.ref(window))
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        session.deleteLater()  # no widget: the window does not own it (the app's lasts as the process)
        del window, session
        qtbot.waitUntil(lambda: _freed(windows))
        store.close()
