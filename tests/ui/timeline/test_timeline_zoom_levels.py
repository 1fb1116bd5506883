"""Zooming back out through levels already seen lays nothing out again, and the mark under the
pointer is found among its own column only (issue 15: smooth at 10,000 sources; the figures are
in benchmarks/bench_timeline.py, no timing here). Marks are hand-placed on known days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF

from reader.ui.timeline import kept_layouts
from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import Mark

DAY = date(2025, 10, 28).toordinal()


def _canvas(qtbot, marks: list[Mark]) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 400)
    canvas.set_marks(marks)
    return canvas


def _marks(days: list[int], title: str = "Bericht") -> list[Mark]:
    return [Mark(n + 1, day, f"{title} {n + 1}", None, "") for n, day in enumerate(days)]


def test_zooming_back_reuses_the_levels_laid_out(qtbot, monkeypatch) -> None:
    canvas = _canvas(qtbot, _marks([DAY - 300 + 7 * n for n in range(80)]))
    laid_out: list[float] = []
    real = kept_layouts.place
    monkeypatch.setattr(kept_layouts, "place", lambda marks, px, *w: (laid_out.append(px), real(marks, px, *w))[1])
    for _ in range(3):
        canvas.zoom(1.25)
    for _ in range(3):
        canvas.zoom(1 / 1.25)
    for _ in range(3):
        canvas.zoom(1.25)
    assert len(laid_out) == 3  # three new levels, each once (nine before)


def test_new_marks_are_laid_out_anew_at_a_level_seen(qtbot, monkeypatch) -> None:
    """Kept layouts belong to the marks they were made for: new marks at the same zoom drew
    the old ones (grey marks under a coloured legend, old titles in tooltips)."""
    canvas = _canvas(qtbot, _marks([DAY, DAY + 1]))
    canvas.zoom(1.25)
    canvas.zoom(1 / 1.25)
    canvas.set_marks(_marks([DAY, DAY + 1], "Neu"), refit=False)
    canvas.zoom(1.25)
    assert {p.mark.title for p in canvas._placed} == {"Neu 1", "Neu 2"}


def test_the_mark_under_the_pointer_in_a_stack(qtbot) -> None:
    """Marks stacked in columns: more than fit a captioned line each (see
    test_few_sources_captioned, where a mark's title beside it opens it too)."""
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 200)
    canvas.set_marks(_marks([DAY, DAY, DAY, DAY + 40] + [DAY + 100 + 9 * n for n in range(12)]))
    assert not canvas.captioned
    placed = {p.mark.source_id: p for p in canvas._placed}
    for source_id in (1, 2, 3, 4):
        centre = canvas.mark_rect(placed[source_id]).center()
        assert canvas.mark_at(centre).source_id == source_id
    edge = canvas.mark_rect(placed[1])
    assert canvas.mark_at(QPointF(edge.right() + 0.5, edge.center().y())).source_id == 1  # the pixel of slack
    assert canvas.mark_at(QPointF(edge.right() + 3, edge.center().y())) is None
    assert canvas.mark_at(QPointF(edge.left() - 3, edge.center().y())) is None


def test_german_counts_group_their_thousands(make_window, speak) -> None:
    """Seen on the 10,000-source library: the timeline said "10000 Quellen" where the library
    says "10.000 Quellen"."""
    speak("de")
    window = make_window()
    window.timeline.show()
    timeline = window.timeline.window
    timeline._show_scope(window.library.scope(), 10_000, None)
    assert timeline.scope.text() == "10.000 Quellen"
