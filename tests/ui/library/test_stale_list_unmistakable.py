"""A refused search's greyed list is unmistakably set aside, in the light theme too.

Seen in screenshots (session 30): in the light theme "Japan" typed, then "Japan OR", greyed the
last results so little (the titles a shade lighter) that under "Ungültige Suche: …" they read as
the new query's result. Now a wash of the window's colour, hatched, lies over them in every
theme: the list's ink keeps less than a third of its contrast; the reason and the line saying
whose the list is stay."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from tests.ui.library.test_search_refusal_waits import REASON, _type
from tests.ui.settled import settle


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def _strongest_contrast(image: QImage) -> float:
    """The contrast of the ink that stands out most against the list's commonest colour."""
    counts: dict[int, int] = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = _luminance(QColor.fromRgb(max(counts, key=lambda rgb: counts[rgb])))
    ratios = []
    for rgb in counts:
        ink = _luminance(QColor.fromRgb(rgb))
        ratios.append((max(ink, background) + 0.05) / (min(ink, background) + 0.05))
    return max(ratios)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_stale_list_loses_most_of_its_contrast(make_window, qtbot, themed, theme) -> None:
    themed(theme)
    window = make_window()
    window.resize(1024, 700)
    library = window.library
    library.focus_search()
    _type(library, qtbot, "Japan")
    assert library.results_model.rowCount() > 0
    settle(qtbot, window)
    live = _strongest_contrast(library.list_stack.grab().toImage())
    _type(library, qtbot, " OR")
    library.pacing.refusal_timer.timeout.emit()  # the user paused
    assert library.status.text() == REASON  # the reason stays
    assert library.stale.isVisible() and "last valid search" in library.stale.text()
    stale = _strongest_contrast(library.list_stack.grab().toImage())
    assert stale < live / 3, (live, stale)
    _type(library, qtbot, " Korea")  # a search that runs: its list as clear as before
    assert _strongest_contrast(library.list_stack.grab().toImage()) > live * 0.8
