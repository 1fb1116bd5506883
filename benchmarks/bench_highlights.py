"""Does All highlights open without freezing the window at 10,000 highlights? The longest stall per step.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_highlights [--sources 10000] [--runs 3]

The real window (`MainWindow`, 1366×768, as `benchmarks.bench_keys` builds it) on a copy of the
benchmark library (`benchmarks.library`: 10 highlights on every tenth source, 10,000 at 10,000
sources; the cached one is never written) opens View ▸ All highlights and then does what a
consultant does there: types a word into its text filter (80 ms a key), chooses a label,
groups by label, switches the theme, and goes back to reading and opens it again. Meanwhile
`bench_stall.Heartbeat` beats every 10 ms on the GUI thread; a step's figure is its longest
stall, from its start to a second after it (so filling the list counts). Median of `--runs`
windows. Writes results/highlights.json and prints a table. Not part of `make bench`: it
judges a change to All highlights (session 36: the list's model). Windows of earlier runs in the
same process take a new theme too, so the theme step's figure grows run by run: the README's
figures are `--runs 1`, a process each (in a copy of the checkout, `resources/` with it: without
its stylesheet a theme costs a tenth).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.window_stalls import (
    SETTLE_MS,
    longest_stall,
    stall_main,
    type_keys,
    wait,
    window_on_copy,
)

STEPS = ("open All highlights", "type 'Japan' in the filter", "choose a label", "group by label",
         "switch the theme", "back to reading and open again")  # fmt: skip


def _steps(window: Any) -> list[Callable[[], None]]:
    """Each step of `STEPS`, as the user's action on the window."""
    modes = window.modes

    def view() -> Any:
        assert modes.view is not None
        return modes.view

    def reopen() -> None:
        modes.action.setChecked(False)
        wait(SETTLE_MS)
        modes.action.setChecked(True)

    return [
        lambda: modes.action.setChecked(True),
        lambda: (view().text_edit.setFocus(), type_keys(lambda: view().text_edit, "Japan"), view().text_edit.clear()),
        lambda: view().label_combo.setCurrentIndex(1),
        lambda: (view().label_combo.setCurrentIndex(0), wait(SETTLE_MS), view().group_combo.setCurrentIndex(1)),
        lambda: window.preferences.set_theme("dark"),
        reopen,
    ]


def run_once(library: Path) -> dict[str, float]:
    """One window on a copy of `library`: each step's longest stall in ms."""
    with window_on_copy(library, "briefing-bench-highlights-") as (_app, window):
        window.preferences.set_theme("light")  # the step switches to dark (an earlier run left it so)
        figures = {what: longest_stall(step) for what, step in zip(STEPS, _steps(window), strict=True)}
        assert window.modes.view is not None and window.modes.view.model.rowCount() > 0
    return figures


def main(argv: list[str] | None = None) -> int:
    return stall_main(argv, __doc__.split("\n", 1)[0], run_once, "highlights.json",
                      "All highlights, longest stall per step")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
