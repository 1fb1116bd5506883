"""The app's own window run as `reader.ui.app` runs it (its single-instance lock, its start-up
checks), for tests that follow what the user sees once it is up; `qapp.exec` is the test's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from reader.core.settings import Settings
from reader.ui import app
from reader.ui.safety.instance import SingleInstance


def run_app_window(qapp: QApplication, where) -> int:
    """`app._run_window` on `where`, and the app's windows gone afterwards, before the next test."""
    instance = SingleInstance(where)
    assert instance.acquire()
    try:
        return app._run_window(qapp, where, Settings(), instance, [])
    finally:
        instance.release()
        for window in QApplication.topLevelWidgets():
            if hasattr(window, "safety"):
                window.session.store.close()
                window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
