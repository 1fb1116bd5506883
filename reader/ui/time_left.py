"""How long a long run still takes, said beside its count: "about 6 minutes left".

At 10,000 sources finding the names takes minutes (about 20 sources a second on two cores) and
an import half a minute or more; "Finding names: 1,075 of 10,000 sources" alone left the user
to work out whether to wait or go on reading. The rate is the run's own so far, measured from
the first count it reports, so what came before that count (place names prepared, the parsing
processes started) does not weigh on it. Nothing is said in the first seconds, while the rate
still swings, nor once the run is at its end.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject

SETTLE_S = 3.0  # no estimate before the run has counted this long: its first rate swings
MINUTE_S = 60.0


class TimeLeft(QObject):
    """Fed each count of one run (`counted`); `clock` is a monotonic clock in seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._clock = clock
        self._origin: tuple[float, int] | None = None  # when and how far the run's first count was

    def restart(self) -> None:
        """A new run (one before it may have stopped short of its end): measured afresh."""
        self._origin = None

    def counted(self, done: int, total: int) -> str:
        """The words for `done` of `total` now: "" while the rate is not known yet or when done.

        The count that ends a run (`done` reaching `total`) lets its measure go, so the next
        run (sources added later) is measured afresh, not at the earlier one's rate."""
        if done >= total:
            self._origin = None
            return ""
        now = self._clock()
        if self._origin is None:
            self._origin = (now, done)
            return ""
        since, first = self._origin
        elapsed = now - since
        if elapsed < SETTLE_S or done <= first:
            return ""
        return self.said(elapsed * (total - done) / (done - first))

    def said(self, seconds: float) -> str:
        """"less than a minute left" / "about 6 minutes left": whole minutes, as a wait is judged."""
        if seconds < MINUTE_S:
            return self.tr("less than a minute left")
        return self.tr("about %Ln minute(s) left", "", max(1, round(seconds / MINUTE_S)))
