"""How long work reports how far it is and learns that it should stop, in the shape the window's
tasks expect (`reader.ui.tasks`): imports, exports, story grouping and entity indexing alike."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]  # done, total: the window's bar
IsCancelled = Callable[[], bool]  # asked between steps: Cancel stops after the current one
