"""Cycles are freed on the GUI thread, never on a worker thread that happens to allocate."""

from __future__ import annotations

import gc
import threading

from reader.ui.gui_gc import GuiThreadCollector, collecting_on_gui_thread


class _Cycle:
    """Refers to itself, so only the cycle collector frees it; says on which thread."""

    def __init__(self, freed_on: list[bool]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread() is threading.main_thread())


def _garbage_then_allocations(freed_on: list[bool], held: list[list[int]]) -> None:
    """A cycle becomes garbage, then enough new containers stay alive to fill generation 0
    (freed ones would count down again)."""
    _Cycle(freed_on)
    held.extend([] for _ in range(2 * gc.get_threshold()[0]))


def test_a_worker_threads_cycles_are_freed_on_the_gui_thread(qtbot) -> None:
    # The suite already runs with the collector (tests/ui/conftest.py), as the window does.
    assert not gc.isenabled()
    gc.collect(1)  # the young generations empty (a full collection of the run's heap took seconds)
    freed_on: list[bool] = []
    held: list[list[int]] = []
    worker = threading.Thread(target=_garbage_then_allocations, args=(freed_on, held))
    worker.start()
    worker.join()
    assert freed_on == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: freed_on != [], timeout=5_000)
    assert freed_on == [True]


def test_collection_follows_pythons_thresholds(qapp) -> None:
    collector = GuiThreadCollector(qapp)
    gc.collect(1)  # none due: the young generations' counts start again, as after a full collection
    assert collector.collect() == 0  # nothing due: nothing collected
    freed_on: list[bool] = []
    held: list[list[int]] = []
    _garbage_then_allocations(freed_on, held)
    assert collector.collect() >= 1 and freed_on == [True]
    collector.deleteLater()


def test_automatic_collection_comes_back_after_the_window(qapp) -> None:
    gc.enable()
    try:
        with collecting_on_gui_thread(qapp):
            assert not gc.isenabled()
        assert gc.isenabled()
    finally:
        gc.disable()  # the suite's own collector stays in charge


def test_closing_the_window_drops_its_undo_steps_and_their_cycles_free_cleanly(make_window) -> None:
    """An undo step's closures hold widgets and the session; left in the stack after the window
    closed, that cycle was freed by a later collection in an order that crashed the process
    (seen in the suite). The window's close drops the steps while everything is alive."""
    window = make_window()
    session = window.session
    source_id = window.open_source_id
    session.perform("Tag", lambda: session.store.tags.add([source_id], "Japan"),
                    lambda: session.store.tags.remove([source_id], "Japan"))  # fmt: skip
    assert session.undo_stack.count() == 1
    window.close()
    assert session.undo_stack.count() == 0
    gc.collect()  # nothing left that crashes when freed
