"""The import's progress bar: one line on a terminal's stderr, and nothing when stderr is a
file or a pipe (a log of `briefing import` holds the per-file lines, not the bar's redraws)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from reader.core.importer import ImportPhase


class ProgressBar:
    """A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    WIDTH = 30

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr  # looked up now: whatever stderr is at the time
        self.enabled = self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        filled = self.WIDTH * done // total
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        self.stream.write(f"\r{bar} {done}/{total}")
        if done == total:
            self.clear()
        self.stream.flush()

    def phase(self, phase: ImportPhase) -> None:
        """After the last file: say the import is still at work (grouping takes seconds)."""
        from reader.core.importer import ImportPhase  # loaded already: the import reports it

        if self.enabled and phase is ImportPhase.GROUPING:
            self.stream.write("\rgrouping same-event stories and similar sources…")
            self.stream.flush()

    def clear(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * (self.WIDTH + 24) + "\r")
            self.stream.flush()
