"""A caption whose mark is panned just off the left edge is still drawn (session 28).

Seen at day zoom with captions on: panning the oldest mark a few pixels past the left edge took
its title away, though most of the title's line was still on screen — only the marks in view
had their captions painted. Now every caption any of which is in view is drawn, clipped to the
view. A real canvas offscreen, grabbed and its pixels read."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QPalette

from reader.ui.timeline.canvas import TimelineCanvas
from reader.ui.timeline.mark_layout import MAX_PX_PER_DAY, Mark

DAY = date(2025, 10, 28).toordinal()
TITLES = ["Gipfel in Tokio: Allianz vertieft", "Chipfabrik in Kumamoto eröffnet", "Exportkontrollen"]


def _ink_in(canvas: TimelineCanvas, left: float, right: float, top: float, bottom: float) -> int:
    """How many pixels of the text's colour (dark, not the ground) the area holds."""
    image = canvas.grab().toImage()
    ground = canvas.palette().color(QPalette.ColorRole.Base).lightness()
    return sum(
        1
        for x in range(max(0, int(left)), min(image.width(), int(right)))
        for y in range(max(0, int(top)), min(image.height(), int(bottom)))
        if abs(QColor(image.pixel(x, y)).lightness() - ground) > 80
    )


def test_a_caption_is_drawn_while_its_mark_is_just_off_the_left_edge(qtbot) -> None:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 400)
    canvas.set_marks([Mark(n + 1, DAY + 2 * n, title, None, "") for n, title in enumerate(TITLES)])
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.zoom(MAX_PX_PER_DAY / canvas.px_per_day)  # day zoom: a day is 160 px
    assert canvas.captioned
    oldest = min(canvas._placed, key=lambda p: p.mark.day)  # the top line: no stem crosses it
    canvas.start += (canvas.mark_rect(oldest).right() + 4) / canvas.px_per_day  # 4 px past the edge
    canvas.update()
    mark, caption = canvas.mark_rect(oldest), canvas.caption_rect(oldest)
    assert mark.right() < 0 < caption.right()  # the mark out of view, its title's line in it
    assert _ink_in(canvas, 0, caption.right(), caption.top(), caption.bottom()) > 20
    canvas.start += (caption.right() + 1) / canvas.px_per_day  # the whole title off: nothing left
    canvas.update()
    caption = canvas.caption_rect(oldest)
    assert caption.right() < 0
    assert _ink_in(canvas, 0, 100, caption.top(), caption.bottom()) == 0
