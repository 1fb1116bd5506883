"""Wait for a window's layouts to have run, on the condition, not on the clock.

Tests that resized a window (or changed what it shows) waited a fixed 20-150 ms for its layouts
before measuring them; under load (2 cores, load average 9) the layouts had not run by then
and the measures were of the layout before (session 31: the Entities view's mentions at the
heading row's old top). Layouts run from posted events (a resize, a LayoutRequest, a zero
timer); `settle` delivers them and waits until a pass changes no widget's geometry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtWidgets import QApplication, QWidget


def _geometries(widget: QWidget) -> list[tuple[int, QRect, bool]]:
    widgets = [widget, *widget.findChildren(QWidget)]
    return [(id(w), w.geometry(), w.isVisible()) for w in widgets]


def settle(qtbot, widget: QWidget, timeout: int = 10_000) -> None:
    """Until `widget` and everything in it keep their geometry through a pass of the event
    loop (posted layout requests delivered first)."""
    shown = [_geometries(widget)]

    def still() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
        now = _geometries(widget)
        same, shown[0] = now == shown[0], now
        return same

    qtbot.waitUntil(still, timeout=timeout)
