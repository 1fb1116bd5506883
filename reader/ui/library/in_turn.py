"""Imports' ends (and pastes waiting behind them) told in turn, each after the one before.

The next import may run and end while the report of the one before is open (a modal dialog's
own event loop): its own report (or its "Import failed") opened over that one, and its status
line was said, then said over. Each end now waits until the end before it is told.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class InTurn(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._ends: list[Callable[[], None]] = []

    def tell(self, tell: Callable[[], None]) -> None:
        """`tell` an end now, or once the ends before it are told (one's report is open)."""
        self._ends.append(tell)
        if len(self._ends) == 1:
            self._tell_ends()

    def _tell_ends(self) -> None:
        """Each end in turn; one that raises (to the error box) is over, and those after it are
        still told: they waited behind it for good, every later import and paste with them."""
        while self._ends:
            try:
                self._ends[0]()
            except BaseException:
                self._ends.pop(0)
                QTimer.singleShot(0, self, self._tell_ends)
                raise
            self._ends.pop(0)
