"""A source's tags, highlights and annotation are never cut off or drawn over one another.

Seen at 960 × 540 (1920 × 1080 at 200 %): the second row of tag chips was cut in half and drawn
over the "Add tag…" field; with a narrow notes pane at 1280 × 720 the fourth. The pane's splitter
squeezed the tags, highlights and annotation below what they need; now they scroll instead, and
where there is room the highlights list takes all of it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from reader.ui.notes.tag_editor import TagChip
from tests.ui.settled import settle

TAGS = ("Japan", "Lieferketten Seltene Erden", "Sicherheitspolitik", "Client X – Q4-Briefing", "Rohstoffe")


@pytest.fixture
def light_theme(themed) -> None:
    """The window's own look (its padding makes every row taller); taken off afterwards."""
    themed("light")


@pytest.mark.parametrize("size", [(960, 540), (1024, 576), (1280, 720), (1366, 768)])
@pytest.mark.parametrize("count", [2, 5])
def test_every_tag_shows_whole_above_the_field(make_window, qtbot, light_theme, size, count) -> None:
    window = make_window()
    editor = window.notes.tag_editor
    for name in TAGS[:count]:
        assert editor.add_tag(name)
    window.resize(*size)
    notes = window.notes
    block = notes.splitter.widget(0)
    qtbot.waitUntil(lambda: block.widget().height() >= block.widget().minimumSizeHint().height())
    chips = [editor.flow.itemAt(i).widget() for i in range(editor.flow.count())]  # the ones shown
    assert len(chips) == count and all(isinstance(chip, TagChip) for chip in chips)
    assert editor.chips.height() >= editor.flow.heightForWidth(editor.chips.width())  # every row laid out
    assert editor.chips.geometry().bottom() < editor.field.geometry().top()  # nothing over the field
    assert notes.list.height() >= notes.list.minimumSizeHint().height()
    assert notes.annotation.height() >= notes.annotation.minimumSizeHint().height()


def test_a_tall_pane_gives_the_list_the_room_and_does_not_scroll(make_window, qtbot, light_theme) -> None:
    window = make_window()
    window.resize(1366, 900)
    settle(qtbot, window)
    block = window.notes.splitter.widget(0)
    assert block.verticalScrollBar().maximum() == 0
    assert window.notes.list.height() > 150  # the room left over is the list's


def test_the_scroll_bar_takes_no_width_from_the_block(qtbot) -> None:
    """Shown, the bar took its width from the block: the fields' right edges were cut off."""
    from PySide6.QtWidgets import QLineEdit, QStyle, QVBoxLayout, QWidget

    from reader.ui.scroll_block import scrolling

    page = QWidget()
    qtbot.addWidget(page)
    block = QWidget()
    field = QLineEdit(block)
    field.setMinimumWidth(200)
    QVBoxLayout(block).addWidget(field)
    area = scrolling(block, page)
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    assert area.minimumSizeHint().width() >= block.minimumSizeHint().width() + bar


def test_a_source_without_tags_fits_a_1024_by_576_screen_unscrolled(make_window, qtbot, qapp, light_theme) -> None:
    """The first start at 1280 × 720 with 125 %: the block scrolled a few pixels, the annotation
    box cut at the bottom, because the highlights list asked for Qt's least of 72 px."""
    from PySide6.QtGui import QFont

    before = qapp.font()
    desktop = QFont(before)
    desktop.setPointSizeF(10)  # as on the desktop at 125 %
    qapp.setFont(desktop)
    try:
        window = make_window()
        window.resize(1024, 576)
        window.splitter.setSizes([296, 452, 276])  # the panes as the window left them there
        settle(qtbot, window)
        block = window.notes.splitter.widget(0)
        assert block.verticalScrollBar().maximum() == 0
    finally:
        qapp.setFont(before)


@pytest.mark.parametrize("size", [(1024, 576), (1366, 768)])
def test_a_long_tag_elides_in_its_chip_and_the_pane_keeps_its_width(make_window, qtbot, light_theme, size) -> None:
    """Seen at 1366 × 768 (session 17): a chip of 52 letters widened the notes pane's block, and
    the tag field and the highlights list ran past the window's right edge."""
    window = make_window()
    window.resize(*size)
    settle(qtbot, window)
    notes = window.notes
    long_name = "Lieferketten und Halbleiter-Exportkontrollen in Ostasien"
    assert notes.tag_editor.add_tag(long_name)
    settle(qtbot, window)
    block = notes.splitter.widget(0)
    assert block.widget().width() <= block.viewport().width()  # nothing runs past the pane
    field = notes.tag_editor.field
    assert field.mapTo(window, field.rect().topRight()).x() < window.width()
    chip = notes.tag_editor.flow.itemAt(0).widget()
    assert isinstance(chip, TagChip) and chip.geometry().right() <= notes.tag_editor.chips.width()
    name = chip.findChild(QLabel)
    assert name.toolTip() == long_name


def test_a_short_pane_shows_the_first_highlight_whole(make_window, qtbot, light_theme) -> None:
    """Seen at 960 × 540 with two tags (session 17): the highlights list was two lines high and
    showed half of the first highlight, its quote cut through; the block scrolls, the list keeps
    one highlight whole at the least."""
    from reader.core.changes import Changes

    window = make_window()
    window.resize(960, 540)
    for name in TAGS[:3]:
        assert window.notes.tag_editor.add_tag(name)
    store, source_id = window.session.store, window.open_source_id
    text = store.sources.get(source_id).reading_text
    for start in (0, 200):
        store.highlights.add(source_id, start, text.index(" ", start + 60), "key", "")
    window.session.apply(lambda: Changes(highlights=frozenset({source_id})))
    notes = window.notes
    qtbot.waitUntil(lambda: notes.list.model().rowCount() == 2)
    settle(qtbot, window)
    assert notes.list.viewport().height() >= notes.list.sizeHintForRow(0)
