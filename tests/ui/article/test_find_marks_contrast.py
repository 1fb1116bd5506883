"""Find's marks keep the article's words readable in every theme.

Seen at 200 % in the dark theme: the current match (Ctrl+F "China", 2 of 7) was a bright orange
under the theme's light ink, 3.2:1 — the one word the reader was sent to was the hardest to
read. Now it is drawn in the page's dark colour there (7.3:1), the other matches keep the ink
on their dim orange, and the current one still stands out of them.
"""

from __future__ import annotations

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QTextCursor

from reader.ui.article.article_pane import ArticlePane
from reader.ui.session import Session
from reader.ui.theme import THEMES, contrast_ratio
from tests.ui.colour_measures import strongest_contrast


@pytest.fixture
def pane(qtbot, reading_session: Session) -> ArticlePane:  # noqa: F811
    pane = ArticlePane(reading_session)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _mark_rect(pane: ArticlePane, colour: str) -> QRect:
    """Where the view paints the first match marked in `colour` (viewport pixels)."""
    view = pane.view
    selections = view.extraSelections()
    marked = next(s.cursor for s in selections if s.format.background().color().name() == colour)
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(marked.selectionStart())
    last.setPosition(marked.selectionEnd())
    left, right = view.cursorRect(first), view.cursorRect(last)
    assert left.top() == right.top(), "the match should sit on one line"
    return QRect(left.left() + 1, left.top(), right.left() - left.left() - 2, left.height())


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_current_and_other_matches_read_and_differ(pane: ArticlePane, qtbot, seeded_store, name: str) -> None:  # noqa: F811
    theme = THEMES[name]
    pane.set_theme(name)
    pane.show_source(source_id_of(seeded_store, "002"))
    bar = pane.find_bar
    bar.open()
    qtbot.keyClicks(bar.edit, "Japan")
    assert bar.match_count > 2
    image = pane.view.viewport().grab().toImage()
    for colour in (theme.match_current, theme.match):
        rect = _mark_rect(pane, colour)
        # the mark is painted in its colour, and its letters read on it at 4.5:1
        assert QColor(image.pixel(rect.left(), rect.center().y())).name() == colour
        assert strongest_contrast(image, colour, rect) >= 4.5, colour
    assert contrast_ratio(theme.match_current, theme.match) >= 1.3  # the current one stands out (sepia 1.36)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_current_match_in_the_teaser_reads(pane: ArticlePane, qtbot, seeded_store, name: str) -> None:  # noqa: F811
    theme = THEMES[name]
    pane.set_theme(name)
    pane.show_source(source_id_of(seeded_store, "002"))
    bar = pane.find_bar
    bar.open()
    qtbot.keyClicks(bar.edit, "Panasonic")  # its first match is in the teaser, above the text
    assert pane.view.teaser_matches and bar.count.text() == "1 of 2"
    image = pane.view.header.teaser.grab().toImage()
    painted = [(x, y) for y in range(image.height()) for x in range(image.width())
               if QColor(image.pixel(x, y)).name() == theme.match_current]  # fmt: skip
    assert painted
    xs, ys = [x for x, _y in painted], [y for _x, y in painted]
    box = QRect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
    assert strongest_contrast(image, theme.match_current, box) >= 4.5
