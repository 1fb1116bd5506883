"""The window and another process on one library: the window once it has taken its first look,
and the look the timer takes every two seconds (the second process is conftest's `other`)."""

from __future__ import annotations


def opened(qtbot, make_window):
    """The window, once its first look at the library is taken (behind it, as it opens)."""
    window = make_window()
    qtbot.waitUntil(window.outside.idle)
    return window


def look(qtbot, window) -> None:
    """What the timer does every two seconds: look, and show what another process changed."""
    window.outside.check()
    qtbot.waitUntil(window.outside.idle)
