"""The panes are shared out again whenever the splitter's width changes, not only the window's.

Seen in the real window (X11, 1318 px): the composer opened (Ctrl+Shift+B) and closed with its
× gave its width back to the splitter only after the panes had been shared out at the splitter's
narrow width (870 px: library and notes 220 px each); the width that came back went to the
article alone, and the side panes stayed at 220 px instead of 330 and 370. Offscreen the
composer's width comes back at once, so here a plain dock takes the splitter's width and gives
it back, late, the window's own width unchanged throughout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from tests.ui.settled import settle


def test_the_width_a_dock_gives_back_is_shared_out(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1318, 720)
    settle(qtbot, window)
    splitter = window.splitter
    assert (splitter.sizes()[0], splitter.sizes()[2]) == (330, 370)
    dock = QDockWidget("Other", window)
    dock.setWidget(QWidget(dock))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [450], Qt.Orientation.Horizontal)
    settle(qtbot, window)
    narrow = splitter.sizes()
    assert narrow[0] < 330 and narrow[2] < 370  # the rule's share of the narrower splitter
    dock.hide()
    settle(qtbot, window)
    assert (splitter.sizes()[0], splitter.sizes()[2]) == (330, 370)  # the whole width back, shared out
