"""The notes pane's highlight list draws an annotation as the user's comment, not as a link.

Seen walking through the window: under each quote the annotation stood in the link colour, so it
looked like a link to click. Now it is in the ink, italic, after a ✎ (as in the composer's
list), readable on the list in the light, sepia and dark themes; only a real link inside it keeps
the link colour. The real window on a real library; the row is painted and its pixels read.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette

from reader.ui.notes.highlight_delegate import CHIP, PAD
from reader.ui.theme import contrast_ratio, theme

COMMENT = "Check this figure against the press release"


def _near(pixel: QColor, colour: QColor, within: int = 24) -> bool:
    return max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
               abs(pixel.blue() - colour.blue())) <= within  # fmt: skip


def _row_pixels(window) -> tuple[QImage, QRect]:
    """The list's first row as painted, and where its words are (right of the label's chip)."""
    listing = window.notes.list
    rect = listing.visualRect(window.notes.model.index(0))
    image = listing.viewport().grab().toImage()
    words = QRect(rect.left() + PAD + CHIP + 2, rect.top(), rect.width() - PAD - CHIP - 2, rect.height())
    return image, words


@pytest.mark.parametrize("name", ["light", "sepia", "dark"])
def test_the_annotation_is_drawn_in_the_ink_not_the_link_colour(make_window, themed, qtbot, name) -> None:
    window = make_window()
    window.session.settings.theme = name
    themed(name)  # the window's palette and style sheet: the pane restyles itself
    store = window.session.store
    source_id = store.db.execute("SELECT id FROM sources ORDER BY id LIMIT 1").fetchone()[0]
    text = store.sources.get(source_id).reading_text
    words = " ".join(text.split()[:3])
    highlight, _ = store.highlights.add(source_id, text.index(words), text.index(words) + len(words), "key")
    store.highlights.update(highlight.id, annotation=COMMENT)
    window.notes.show_source(source_id)
    qtbot.waitUntil(lambda: window.notes.model.rowCount() == 1)
    reading = theme(name)
    image, area = _row_pixels(window)
    link, ink = QColor(reading.link), QColor(reading.ink)
    inked = linked = 0
    for y in range(area.top(), area.bottom()):
        for x in range(area.left(), area.right()):
            pixel = image.pixelColor(x, y)
            linked += _near(pixel, link)
            inked += _near(pixel, ink)
    assert linked == 0, f"{linked} pixels in the link colour"
    assert inked > 0
    base = window.notes.list.viewport().palette().color(QPalette.ColorRole.Base).name()
    assert contrast_ratio(reading.ink, base) >= 4.5
