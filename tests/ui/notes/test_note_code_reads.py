"""A note's code reads in the preview as the article's code does, in every theme.

The branch that moved the reading view's code colours to 4.5:1 left the summary note's preview
on pygments' own rules: on the "friendly" style's grey (sepia) its comments read at 2.6:1, its
constants 2.2:1, its numbers 2.9:1. The preview's code colours are moved toward the ink now.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from pygments.styles import get_style_by_name
from PySide6.QtGui import QTextFormat

from reader.ui.notes.note_editor import PREVIEW_TAB
from reader.ui.notes.notes_pane import NotesPane
from reader.ui.session import Session
from reader.ui.theme import THEMES, contrast_ratio

NOTE = "Prüfung:\n\n```python\n# Frist in Tagen\nFRIST = 14\nLAND = None\n```\n"


@pytest.fixture
def pane(qtbot, reading_session: Session) -> Iterator[NotesPane]:  # noqa: F811
    pane = NotesPane(reading_session)
    qtbot.addWidget(pane)
    pane.resize(400, 700)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    pane.flush()


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_coloured_code_word_in_the_preview_reads(pane: NotesPane, name: str) -> None:
    look = THEMES[name]
    ground = get_style_by_name(look.code_style).background_color  # the code's box in the preview
    source_id = source_id_of(pane._session.store, "002")
    pane._session.store.notes.set(source_id, NOTE)
    pane.show_source(source_id)
    pane.note.set_theme(look)
    pane.note.tabs.setCurrentIndex(PREVIEW_TAB)
    document = pane.note.preview.document()
    coloured = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().hasProperty(QTextFormat.Property.ForegroundBrush) and fragment.text().strip():
                colour = fragment.charFormat().foreground().color().name()
                coloured.append((fragment.text(), colour, round(contrast_ratio(colour, ground), 2)))
            it += 1
        block = block.next()
    assert {"# Frist in Tagen", "14", "None"} <= {text.strip() for text, _c, _r in coloured}
    assert [word for word in coloured if word[2] < 4.5] == []
    kinds = {colour for text, colour, _r in coloured if text.strip() in ("# Frist in Tagen", "14", "None")}
    assert len(kinds) == 3  # comment, number and constant still differ


def test_the_ground_measured_is_the_one_painted(pane: NotesPane) -> None:
    """The code's box is painted in the code style's background, the colour the words were
    measured on above (sepia: "friendly"'s #f0f0f0 on the sepia page)."""
    look = THEMES["sepia"]
    source_id = source_id_of(pane._session.store, "002")
    pane._session.store.notes.set(source_id, NOTE)
    pane.show_source(source_id)
    pane.note.set_theme(look)
    pane.note.tabs.setCurrentIndex(PREVIEW_TAB)
    image = pane.note.preview.viewport().grab().toImage()
    painted = {image.pixelColor(x, y).name() for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)}
    assert get_style_by_name(look.code_style).background_color.lower() in painted
