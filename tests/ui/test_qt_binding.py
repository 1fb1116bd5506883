"""Guards against a Qt binding that would crash the app in a long session."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12 on Python 3.11 dropped a reference to None per void call (none_dealloc)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(2000):
        widget.move(i % 50, i % 50)
    assert sys.getrefcount(None) > before - 100
