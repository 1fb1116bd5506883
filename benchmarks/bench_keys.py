"""Does the window keep up with typing at 10,000 sources? The longest event-loop stall per burst of keys.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_keys [--sources 10000] [--runs 3]

The real window (`MainWindow`, 1366×768, as `benchmarks.bench_stall` builds it) on a copy of
the benchmark library (`benchmarks.library`; the cached one is never written) is typed at as a
consultant types, 80 ms a key: a search in the search box in German and in English, letters
in the library list (Qt's keyboard search: the next title starting with them), J through the
list. Meanwhile `bench_stall.Heartbeat` beats every 10 ms on the GUI thread; a burst's figure is
its longest stall, from its first key to a second after its last (so a search's listing counts).
Median of `--runs` windows. Writes results/keys.json and prints a table. Not part of `make
bench`: it judges a change to what a key does (session 36: the list's keyboard search).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.window_stalls import (
    KEY_GAP_MS,
    longest_stall,
    stall_main,
    type_keys,
    window_on_copy,
)

# (what, where the keys go, the keys): "/" focuses the search box, Esc clears it into the list.
BURSTS: tuple[tuple[str, str, str], ...] = (
    ("search box, German words", "search", "seltene Erden Zölle"),
    ("search box, English words", "search", "tariffs pharmaceutical"),
    ("library list, letters to a title", "list", "seltene Erden Japan"),
    ("library list, J fifteen times", "list", "J" * 15),
)


def run_once(library: Path) -> dict[str, float]:
    """One window on a copy of `library`: each burst's longest stall in ms."""
    figures: dict[str, float] = {}
    with window_on_copy(library, "briefing-bench-keys-") as (app, window):
        for what, place, keys in BURSTS:
            search = window.library.search_box
            if place == "search":
                search.setFocus()
                search.clear()
            else:
                search.clear()
                window.library.source_view.setFocus()
            focused: Callable[[], Any] = lambda: app.focusWidget() or window  # noqa: E731
            figures[what] = longest_stall(partial(type_keys, focused, keys))
    return figures


def main(argv: list[str] | None = None) -> int:
    return stall_main(argv, __doc__.split("\n", 1)[0], run_once, "keys.json", "longest stall per burst of keys",
                      {"key_gap_ms": KEY_GAP_MS})  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
