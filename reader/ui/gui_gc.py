"""Python's cycle collector runs on the GUI thread only, while the window is up.

The collector runs in whichever thread happens to allocate when a generation fills up. When
that is a worker thread (an import, the entity index refreshing) and the garbage it frees holds
a Qt wrapper (a closed dialog's widgets, a replaced model), the C++ object is destroyed off the
GUI thread and the process dies: a segmentation fault "Garbage-collecting" inside the entity
refresh was seen. So automatic collection is switched off and the GUI thread collects on a
timer, generation by generation with Python's own thresholds (the pattern Anki, qutebrowser and
pyqtgraph use). Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer

# Cyclic garbage waits at most this long; a collection of generation 0 costs well under 1 ms.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects when a generation holds more new objects than its threshold, as Python would."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start(INTERVAL_MS)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> int:
        """Collect the generations that are due; the number of unreachable objects found."""
        counts = gc.get_count()
        found = 0
        for generation in range(3):
            if counts[generation] <= self._threshold[generation]:
                break
            found = gc.collect(generation)
        return found


@contextmanager
def collecting_on_gui_thread(app: QCoreApplication) -> Iterator[GuiThreadCollector]:
    """Within the block only the GUI thread collects; automatic collection comes back after."""
    collector = GuiThreadCollector(app)
    collector.start()
    try:
        yield collector
    finally:
        collector.stop()
        collector.deleteLater()
