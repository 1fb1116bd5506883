"""The "Naming “X” ✕" chip shows when Tab reaches it, in every theme.

Seen backing out of an entity's filter by keyboard: Tab from the tag list went to the chip (Space
on it shows every source again), and nothing on screen changed, so the keys seemed to go nowhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.core.store import Store
from reader.ui.appearance import CHROMES
from reader.ui.library.filter_bar import FilterBar
from reader.ui.session import Session
from tests.ui.test_focus_frame_text import focus_page


def _edge_colours(chip: QWidget) -> set[str]:
    """The colours along the chip's left half of its middle row (its frame among them)."""
    image = chip.grab().toImage()
    row = image.height() // 2
    return {QColor(image.pixel(x, row)).name() for x in range(min(6, image.width()))}


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_the_entity_chip_is_framed_in_the_focus_colour_when_tab_reaches_it(
    qtbot: QtBot, themed: Callable[[str], None], theme: str, tmp_path: Path,
) -> None:  # fmt: skip
    themed(theme)
    with Store.open(tmp_path / "lib.sqlite") as store:  # empty: the chip asks it how to name the entity
        bar = FilterBar(Session(store))
        _page, other = focus_page(qtbot, bar)
        bar.put_entity((1, "Sanae Takaichi"))
        other.setFocus()
        qtbot.waitUntil(other.hasFocus)
        unfocused = _edge_colours(bar.entity_chip)
        bar.entity_chip.setFocus()
        qtbot.waitUntil(bar.entity_chip.hasFocus)
        focus = CHROMES[theme].focus
        assert focus not in unfocused
        assert focus in _edge_colours(bar.entity_chip)
