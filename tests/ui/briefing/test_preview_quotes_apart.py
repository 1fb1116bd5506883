"""Two quotes in a row are two tinted boxes in the composer's preview, as in the exported file.

Seen walking through the app: a briefing's two highlights in a row read as one quote in the
preview, while the exported Markdown (and Obsidian) has two. Qt draws a quote as indented
paragraphs only, so the preview tints each quote, its paragraphs touching, and leaves a gap
between quotes. The composer offscreen on a real library in a temp dir."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from reader.ui.briefing.add_menu import add_to_briefing
from tests.ui.briefing.seed_composer import seed_composer

FIRST = "Ein Schwerpunkt liegt auf Schlüsseltechnologien wie Halbleitern"
SECOND = "Die Japan-USA-Allianz tritt in eine neue Phase ein"


@pytest.fixture
def composer(qtbot, tmp_path: Path):
    with seed_composer(qtbot, tmp_path, 800) as widget:
        yield widget


def _highlight(composer, words: str) -> int:
    store = composer.session.store
    text = store.sources.get(1).reading_text
    start = text.index(words)
    highlight, _changes = store.highlights.add(1, start, start + len(words), "key")
    return highlight.id


def _box(preview, words: str):
    """The block that starts with `words`: where it stands, and its tint."""
    block = preview.document().begin()
    while block.isValid() and not block.text().startswith(words):
        block = block.next()
    assert block.isValid(), words
    return preview.document().documentLayout().blockBoundingRect(
        block
    ), block.blockFormat().background()


def test_two_quotes_in_a_row_are_two_boxes(composer) -> None:
    add_to_briefing(
        composer.session,
        composer.briefing_id,
        [_highlight(composer, FIRST), _highlight(composer, SECOND)],
    )
    composer.preview.refresh()
    (first, tint), (second, _) = (
        _box(composer.preview, FIRST[:20]),
        _box(composer.preview, SECOND[:20]),
    )
    assert tint.color() == composer.preview.palette().color(QPalette.ColorRole.AlternateBase)
    assert second.top() - first.bottom() >= 8  # a blank stripe between two quotes


def test_one_quote_of_two_paragraphs_is_one_box(composer) -> None:
    store = composer.session.store
    text = store.sources.get(1).reading_text
    start = text.index(FIRST)
    end = text.index("\n\n", text.index("\n\n", start) + 2)  # to the end of the next paragraph
    highlight, _changes = store.highlights.add(1, start, end, "key")
    add_to_briefing(composer.session, composer.briefing_id, [highlight.id])
    composer.preview.refresh()
    first, tint = _box(composer.preview, FIRST[:20])
    paragraph = text[text.index("\n\n", start) + 2 :][:20]
    second, second_tint = _box(composer.preview, paragraph)
    assert second_tint == tint
    assert abs(second.top() - first.bottom()) < 1  # its paragraphs touch: one box


def test_a_theme_chosen_while_it_is_shown_tints_the_quotes_anew(composer, qtbot, themed) -> None:
    """Chosen while the composer was shown, the dark theme left the light theme's pale boxes
    behind its light text."""
    themed("light")
    add_to_briefing(composer.session, composer.briefing_id, [_highlight(composer, FIRST)])
    composer.preview.refresh()
    light = _box(composer.preview, FIRST[:20])[1].color()
    themed("dark")
    dark = composer.preview.palette().color(QPalette.ColorRole.AlternateBase)
    assert dark != light
    qtbot.waitUntil(lambda: _box(composer.preview, FIRST[:20])[1].color() == dark)
