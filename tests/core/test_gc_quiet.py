"""Overlapping jobs share the collector's state: the last one to end puts it back."""

from __future__ import annotations

import gc
import threading
from contextlib import ExitStack

import pytest

from reader.core.gc_quiet import YOUNG_OBJECTS, old_objects_frozen

_BEFORE = (701, 11, 12)  # not Python's default, so a restored default shows


@pytest.fixture(autouse=True)
def _thresholds() -> object:
    saved = gc.get_threshold()
    gc.set_threshold(*_BEFORE)
    yield
    gc.set_threshold(*saved)
    gc.unfreeze()


def test_the_first_job_to_end_leaves_the_other_frozen_and_the_last_restores() -> None:
    """An import and an entity refresh that end in the order they began (not nested)."""
    first, second = ExitStack(), ExitStack()
    first.enter_context(old_objects_frozen())
    second.enter_context(old_objects_frozen())
    first.close()
    assert gc.get_threshold()[0] == YOUNG_OBJECTS
    assert gc.get_freeze_count() > 0
    second.close()
    assert gc.get_threshold() == _BEFORE
    assert gc.get_freeze_count() == 0


def test_nested_jobs_restore_the_thresholds_of_before_the_first() -> None:
    with old_objects_frozen(), old_objects_frozen():
        assert gc.get_threshold()[0] == YOUNG_OBJECTS
    assert gc.get_threshold() == _BEFORE
    assert gc.get_freeze_count() == 0


def test_a_job_that_fails_still_restores() -> None:
    with pytest.raises(RuntimeError), old_objects_frozen():
        raise RuntimeError
    assert gc.get_threshold() == _BEFORE
    assert gc.get_freeze_count() == 0


def test_jobs_on_two_threads_that_overlap() -> None:
    """The window's import on one thread, the Entities view's refresh on another; the one that
    began first ends first."""
    inside, first_done, seen = threading.Event(), threading.Event(), []

    def refresh() -> None:
        with old_objects_frozen():
            inside.set()
            first_done.wait(5)
            seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))

    with old_objects_frozen():
        worker = threading.Thread(target=refresh)
        worker.start()
        assert inside.wait(5)
    first_done.set()
    worker.join(5)
    assert seen == [(YOUNG_OBJECTS, True)]
    assert gc.get_threshold() == _BEFORE
    assert gc.get_freeze_count() == 0


def test_in_the_window_the_collector_stays_off() -> None:
    """`reader.ui.gui_gc` switches automatic collection off so that only the GUI thread
    collects; a job on a worker thread must not switch it back on, even as the last to end."""
    was_enabled = gc.isenabled()  # the UI tests' session collects on its own GUI thread
    gc.disable()
    try:
        first, second = ExitStack(), ExitStack()
        first.enter_context(old_objects_frozen())
        second.enter_context(old_objects_frozen())
        first.close()
        second.close()
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
