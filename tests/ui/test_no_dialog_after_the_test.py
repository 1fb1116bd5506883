"""A dialog shown once a test is over (in its teardown: its window closing, a timer the test
left) is not shown but reported, failing that test: shown, no one answered it and the run hung
(a failing full-disk test's box, come after the test's answerer was undone). The guard is
`tests/ui/conftest.py`'s `pytest_runtest_teardown` and the `dialogs.run` it wraps."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from reader.ui import dialogs


def test_a_box_after_the_test_is_reported_not_shown(qapp, monkeypatch) -> None:
    teardown = dialogs.run.__globals__  # the guard's module, the conftest, however it was imported
    monkeypatch.setitem(teardown, "_unanswered", [])  # as between the test and its teardown's end
    box = QMessageBox(QMessageBox.Icon.Warning, "The disk is full", "Nothing was saved.")
    QTimer.singleShot(2000, box.reject)  # shown after all (the guard broken): not for good
    shown: list[bool] = []
    QTimer.singleShot(0, lambda: shown.append(box.isVisible()))
    assert dialogs.run(box) == 0
    assert teardown["_unanswered"] == ["The disk is full: Nothing was saved."]
    assert not shown  # it returned at once, before any event ran


def test_a_box_during_the_test_is_shown(qapp) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Import finished", "3 imported")
    QTimer.singleShot(0, box.accept)
    dialogs.run(box)
    assert box.result() == 1  # shown (exec ran) and answered
