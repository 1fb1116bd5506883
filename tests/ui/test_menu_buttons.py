"""The buttons that open a menu (the library table's "Selected sources", All highlights' "Add to
briefing") draw their arrow beside the text, in its own room, and level with it.

Seen at 1366 × 768: the arrow sat in the button's bottom corner against the last letter
("Selected sources⌄"), as a tool button draws it. Real window, offscreen; the button's own
pixels are read: the arrow is the last blot of ink, after the last blank column."""

from __future__ import annotations

import pytest

from tests.ui.highlights_listed import listed


def _arrow_and_gap(button) -> tuple[float, int]:
    """(where the arrow's middle sits, from 0 top to 1 bottom; blank columns before it)."""
    image = button.grab().toImage()
    width, height = image.width(), image.height()
    inked = [[y for y in range(3, height - 3) if image.pixelColor(x, y).lightness() < 150] for x in range(width)]
    columns = [x for x in range(width) if inked[x]]
    last = columns[-1]
    start = last
    while inked[start - 1]:
        start -= 1
    gap = start - max(x for x in columns if x < start) - 1
    rows = [y for x in range(start, last + 1) for y in inked[x]]
    return (min(rows) + max(rows)) / 2 / height, gap


@pytest.mark.parametrize("language", ["en", "de"])
def test_menu_buttons_draw_their_arrow_level_and_apart(make_window, qtbot, speak, language) -> None:
    speak(language)
    window = make_window()
    store = window.session.store
    window.session.apply(lambda: store.highlights.add(window.open_source_id, 0, 12, "key")[1])
    window.table_mode.action.trigger()
    table = window.table_mode.view
    table.table.selectAll()  # enabled: its text in full ink
    window.modes.action.trigger()
    highlights = listed(qtbot, window.modes.view)
    highlights.tree.selectAll()
    for button in (table.bulk_button, highlights.add_button):
        assert button.menu() is not None and button.isEnabled()
        middle, gap = _arrow_and_gap(button)
        em = button.fontMetrics().horizontalAdvance("M")
        assert 0.35 <= middle <= 0.65, f"{button.text()}: the arrow sits low ({middle:.2f})"
        assert gap >= em // 3, f"{button.text()}: {gap} px between text and arrow"
