"""An empty timeline says why it is empty and what to do.

Seen in the window: a search that found nothing left a blank canvas with an axis ("Dec", "2027")
and not a word; a tag whose sources had no date looked the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette


def _ink_in_the_middle(canvas) -> int:
    """Pixels unlike the background above the axis, where marks would stand."""
    image = canvas.grab().toImage()
    base = canvas.palette().color(QPalette.ColorRole.Base)
    rows, columns = range(image.height() // 3, image.height() // 2), range(image.width() // 4, image.width() * 3 // 4)
    return sum(QColor(image.pixel(x, y)) != base for y in rows for x in columns)


def test_no_sources_found_says_so(make_window, qtbot) -> None:
    window = make_window()
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(1000, 400)
    assert timeline.canvas.empty_text == ""
    qtbot.keyClicks(window.library.search_box, "xyzzyqq")
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not timeline.canvas.marks)
    assert "No sources" in timeline.canvas.empty_text
    said = _ink_in_the_middle(timeline.canvas)
    timeline.canvas.empty_text = ""
    assert said > _ink_in_the_middle(timeline.canvas) + 200  # the words are drawn, not just kept
    timeline.close()


def test_sources_without_dates_are_pointed_to(make_window, qtbot) -> None:
    window = make_window()
    store = window.session.store
    undated = next(s.id for s in store.sources.list() if s.file_name.startswith("004"))  # no date
    window.session.apply(lambda: store.tags.add([undated], "Ohne Datum"))
    window.timeline.action.trigger()
    timeline = window.timeline.window
    tags = window.library.tag_model
    window.library.tag_view.setCurrentIndex(tags.index(tags.row_of("Ohne Datum")))
    qtbot.waitUntil(lambda: not timeline.canvas.marks)
    assert "right" in timeline.canvas.empty_text  # where the undated ones are listed
    timeline.close()


def test_an_empty_timeline_names_no_dates(make_window, qtbot, monkeypatch) -> None:
    """Under "No sources in this view…" the axis named the months around today ("Dec", "2027"),
    the dates of nothing; the baseline stays, without ticks or dates."""
    window = make_window()
    qtbot.keyClicks(window.library.search_box, "xyzzyqq")
    qtbot.keyClick(window.library.search_box, Qt.Key.Key_Return)
    window.timeline.action.trigger()
    canvas = window.timeline.window.canvas
    assert not canvas.marks
    drawn: list[str] = []
    real = QPainter.drawText

    def recording(painter, *args):  # type: ignore[no-untyped-def]
        drawn.append(next(a for a in args if isinstance(a, str)))
        return real(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording)
    canvas.grab()
    assert drawn == [canvas.empty_text]
