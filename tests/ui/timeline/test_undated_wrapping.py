"""Each undated title takes the lines it needs at the column's width, two at most, in both themes.

Seen in the German window of a 10,000-source library: a title that wrapped was cut with "…" and
a blank line followed it (Qt measured the item at one width and painted it at another: 301 of
1,623 items stood 20 px apart instead of 6). The rows are read from pixels: the ink of each title
must fill its row to within a line, rows stand one gap apart, and a word wider than the column
breaks inside rather than running under the scroll bar. A title longer than two lines ends in
"…", whole in its tooltip (`test_undated_two_lines`).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QSplitter

from reader.core.importer import import_paths

LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung"
TITLES = (
    "Wettlauf um Rohstoffe: das japanische Wirtschaftsministerium setzt auf neue Partner",
    "Südkorea und USA vertiefen Zusammenarbeit bei Permanentmagneten",
    "Zollstreit: Was die neuen US-Abgaben für die Energiewirtschaft bedeuten",
    f"Neue Regeln für die {LONG_WORD}",
)


def _undated(make_window, qtbot, speak, column: int):
    speak("de")
    window = make_window()
    store = window.session.store
    for source_id, title in zip(store.sources.ids()[: len(TITLES)], TITLES, strict=True):
        store.sources.update_metadata(source_id, title=title, published=None)
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(900, 760)
    split = timeline.undated_column.parentWidget()
    assert isinstance(split, QSplitter)
    qtbot.wait(150)
    timeline.undated.grab()  # laid out and painted at the first width
    split.setSizes([900 - column, column])  # the user narrows the column after it was laid out
    qtbot.wait(150)  # the list lays its items out again after a short delay
    return timeline.undated


def _ink_rows(image: QImage, rect: QRect) -> list[int]:
    """Rows of `rect` with text on them: pixels far from the row's own shading at its left edge."""
    rows = []
    for y in range(rect.top(), rect.bottom() + 1):
        ground = image.pixelColor(rect.left(), y).lightness()
        if any(abs(image.pixelColor(x, y).lightness() - ground) > 80 for x in range(rect.left() + 1, rect.right())):
            rows.append(y)
    return rows


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("column", [130, 190])
def test_each_title_takes_the_lines_it_needs(make_window, qtbot, speak, themed, theme: str, column: int) -> None:
    themed(theme)
    undated = _undated(make_window, qtbot, speak, column)
    line = QFontMetricsF(undated.font()).lineSpacing()
    image = undated.viewport().grab().toImage()
    items = [undated.item(r) for r in range(undated.count())]
    rects = [undated.visualItemRect(item) for item in items]
    assert all(rect.right() < undated.viewport().width() for rect in rects)  # no title runs under the scroll bar
    for upper, lower in zip(rects, rects[1:], strict=False):
        assert lower.top() - upper.bottom() - 1 == 2 * undated.spacing()  # one gap, no blank line between
    shown = [(item, rect) for item, rect in zip(items, rects, strict=True) if undated.viewport().rect().contains(rect)]
    assert len(shown) >= len(TITLES)
    for item, rect in shown:
        inked = _ink_rows(image, rect)
        assert inked, item.text()
        assert inked[0] - rect.top() < line / 2, item.text()  # the title starts at the row's top
        assert rect.bottom() - inked[-1] < line, item.text()  # and its last line ends the row
        if item.text() in TITLES[:3]:
            assert rect.height() >= 2 * line  # these do wrap at this width
    # The long word breaks inside the column: its title fills both lines.
    last = next(rect for item, rect in zip(items, rects, strict=True) if LONG_WORD in item.text())
    assert last.height() >= 2 * line * 0.95


@pytest.mark.parametrize("column", [130, 190])
def test_titles_keep_clear_of_the_scroll_bar(make_window, qtbot, speak, tmp_path, column: int) -> None:
    """A lower window brings the scroll bar: no title runs under it, and rows keep one gap."""
    undated = _undated(make_window, qtbot, speak, column)
    for n in range(8):  # more undated titles than the column holds
        page = tmp_path / f"undated_{n}.txt"
        page.write_text(f"{TITLES[n % 3]} ({n})\n\n" + "Der Bericht nennt kein Datum. " * 12 + "\n", encoding="utf-8")
        import_paths(undated.window().parent().session.store, [page], workers=1)
    undated.window().reload()
    undated.window().resize(900, 200)
    qtbot.waitUntil(lambda: undated.verticalScrollBar().isVisible())
    qtbot.wait(150)
    rects = [undated.visualItemRect(undated.item(r)) for r in range(undated.count())]
    assert all(rect.right() < undated.viewport().width() for rect in rects)
    for upper, lower in zip(rects, rects[1:], strict=False):
        assert lower.top() - upper.bottom() - 1 == 2 * undated.spacing()


def test_the_column_by_keyboard(make_window, qtbot, speak) -> None:
    """Tab from the timeline to the column, arrows pick a title, Enter opens it."""
    undated = _undated(make_window, qtbot, speak, 190)
    timeline = undated.window()
    timeline.activateWindow()
    timeline.canvas.setFocus()
    qtbot.keyClick(timeline.canvas, Qt.Key.Key_Tab)
    assert undated.hasFocus()
    qtbot.keyClick(undated, Qt.Key.Key_Home)
    qtbot.keyClick(undated, Qt.Key.Key_Down)
    chosen = undated.currentItem()
    assert chosen is not None and chosen.text() == undated.item(1).text()
    with qtbot.waitSignal(timeline.source_opened) as opened:
        qtbot.keyClick(undated, Qt.Key.Key_Return)
    assert opened.args == [chosen.data(Qt.ItemDataRole.UserRole)]
