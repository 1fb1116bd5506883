"""The timeline draws the marks it was given last, even when their number and the zoom stay the
same: switched to "Colour by tag", the marks take their tag's colour; a retitled source is
named by its new title under the pointer.

Seen in the German window: every mark stayed grey ("other or none") under a legend showing
"Woche 12" in blue, as the layout kept the marks coloured by outlet. Real window on the seeds,
offscreen; the canvas's own pixels are read."""

from __future__ import annotations

from PySide6.QtGui import QColor


def _inks(canvas) -> list[str]:
    """The colour each drawn mark is filled with (its top-left inner pixel)."""
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()
    inks = []
    for placed in canvas._visible():
        corner = canvas.mark_rect(placed).topLeft()
        inks.append(image.pixelColor(int((corner.x() + 1) * ratio), int((corner.y() + 1) * ratio)).name())
    return inks


def test_colour_by_tag_paints_the_marks_in_their_tags_colour(make_window) -> None:
    window = make_window()
    store = window.session.store
    ids = [s.id for s in store.sources.list()]
    window.session.apply(lambda: store.tags.add(ids, "Woche 12"))
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.colour_by.setCurrentIndex(timeline.colour_by.findData("tag"))
    colour = QColor(timeline.canvas.colours["Woche 12"]).name()
    inks = _inks(timeline.canvas)
    assert inks and all(ink == colour for ink in inks), inks
    timeline.close()


def test_a_retitled_source_is_named_by_its_new_title(make_window) -> None:
    window = make_window()
    store = window.session.store
    window.timeline.action.trigger()
    canvas = window.timeline.window.canvas
    lone = next(p.mark for p in canvas._visible() if p.mark.count == 1)
    window.session.apply(lambda: store.sources.update_metadata(lone.source_id, title="Neuer Titel"))
    shown = next(p.mark for p in canvas._visible() if p.mark.source_id == lone.source_id)
    assert "Neuer Titel" in canvas.describe(shown)
    window.timeline.window.close()
