"""A timeline fitted to a new scope shows every dated source, also when the Undated column comes
back (or goes) with it.

Seen walking the window over 45 news pages: after a search whose sources all had dates (no
column), the timeline of the whole library ended at mid-2024 — the two newest reports, of
October 2025, stood past the right edge until Fit was pressed. The marks had been fitted to the
width the canvas had before the column took its share. The seeds: 002 and 003 are dated, 004
is not.
"""

from __future__ import annotations

from tests.ui.timeline.test_timeline import _seeds


def _fitted(canvas) -> bool:
    """The view is what Fit makes of the canvas's width now, and every mark is within it."""
    shown = (canvas.start, canvas.px_per_day)
    days = [m.day for m in canvas.marks]
    inside = canvas.start <= min(days) and max(days) <= canvas.start + canvas.width() / canvas.px_per_day
    canvas.fit()
    return inside and shown == (canvas.start, canvas.px_per_day)


def test_every_dated_source_is_in_view_when_the_undated_column_comes_and_goes(make_window, qtbot) -> None:
    window = make_window()
    ids = _seeds(window)
    store = window.session.store
    window.session.apply(lambda: store.tags.add([ids["002"], ids["003"]], "Archiv"))
    tags = window.library.tag_model
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of("Archiv")))
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(1000, 500)
    qtbot.waitUntil(lambda: timeline.canvas.width() > 900)
    assert not timeline.undated_column.isVisibleTo(timeline)
    wide = timeline.canvas.width()
    window.library.tag_view.setCurrentIndex(tags.index(0))  # every source: 004 is undated
    qtbot.waitUntil(lambda: timeline.canvas.width() < wide)  # the column took its share
    assert timeline.undated_column.isVisibleTo(timeline)
    assert len(timeline.canvas.marks) > 2 and _fitted(timeline.canvas)
    narrow = timeline.canvas.width()
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of("Archiv")))  # the column goes
    qtbot.waitUntil(lambda: timeline.canvas.width() > narrow)
    assert _fitted(timeline.canvas)
    timeline.close()


def test_a_zoomed_view_stays_as_the_user_left_it_when_the_window_is_resized(make_window, qtbot) -> None:
    window = make_window()
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(1000, 500)
    canvas = timeline.canvas
    qtbot.waitUntil(lambda: canvas.width() > 700)
    canvas.zoom(4.0)
    zoomed, width = (canvas.start, canvas.px_per_day), canvas.width()
    timeline.resize(900, 500)
    qtbot.waitUntil(lambda: canvas.width() < width)
    assert (canvas.start, canvas.px_per_day) == zoomed  # only a fitted view is fitted again
    timeline.close()
