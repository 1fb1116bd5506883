"""In the story window, what only a report has is shaded apart from every highlight colour.

Seen in the dark theme at 200 %: the shade of a passage no other report has was the accent's
blue washed over the text, and a "Quote for client" highlight beside it the same blue — in the
light theme the two were 5 apart in CIELAB, one colour to the eye. The shade is now a wash of
the text's own colour, grey in every theme, which no label uses; the text still reads on it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from reader.core.stories.compare import story_view
from reader.ui.theme import THEMES, contrast_ratio, mix
from tests.ui.colour_measures import lab_distance
from tests.ui.stories.tokyo_story import open_tokyo_story


def _shown_background(browser: QTextBrowser, words: str) -> str:
    """The colour the words' background is painted in: its wash laid over the column's base."""
    found = browser.document().find(words, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), words
    found.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    wash = found.charFormat().background().color()
    base = browser.palette().color(QPalette.ColorRole.Base)
    return mix(base, QColor(wash.rgb()), wash.alphaF()).name()


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_shade_is_no_highlight_colour_and_the_text_reads_on_it(make_window, qapp, name: str) -> None:
    window = make_window()
    window.set_theme(name)
    view, members, columns = open_tokyo_story(window, qapp)
    added = story_view(window.session.store, view.story_id).members
    first = next(m for m in added if m.source_id == members[0].id).added[0]
    shade = _shown_background(columns[0], first)
    base = columns[0].palette().color(QPalette.ColorRole.Base).name()
    ink = columns[0].palette().color(QPalette.ColorRole.Text).name()
    look = THEMES[name]
    assert lab_distance(shade, base) >= 12  # it shows as shaded
    for label, colour in look.labels.items():  # grey from a hue: the blue wash was 5 from light client
        assert lab_distance(shade, colour) >= 15, label
    assert contrast_ratio(ink, shade) >= 4.5
    view.close()
