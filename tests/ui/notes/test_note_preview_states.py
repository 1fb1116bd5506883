"""The summary note's preview as a reader meets it, seen in the real window.

The Preview tab stayed chosen from one source to the next, so every source without a note
showed a blank white box with no word of what to do; and a "# Zusammenfassung" heading, at
Qt's xx-large, broke mid-word ("Zusammenfas / sung") in the pane's width.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtGui import QTextFormat

from reader.ui.notes.note_editor import EDIT_TAB, PREVIEW_TAB
from reader.ui.notes.notes_pane import NotesPane
from reader.ui.session import Session


@pytest.fixture
def pane(qtbot, reading_session: Session) -> Iterator[NotesPane]:  # noqa: F811
    pane = NotesPane(reading_session)
    qtbot.addWidget(pane)
    pane.resize(240, 900)  # the notes pane beside a docked composer
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    pane.flush()


def test_a_source_without_a_note_opens_on_the_editor_not_a_blank_preview(pane: NotesPane) -> None:
    store = pane._session.store
    with_note, without = source_id_of(store, "002"), source_id_of(store, "003")
    store.notes.set(with_note, "# Zusammenfassung\n\n- Halbleiter")
    pane.show_source(with_note)
    pane.note.tabs.setCurrentIndex(PREVIEW_TAB)
    pane.show_source(without)
    assert pane.note.tabs.currentIndex() == EDIT_TAB  # where a note is written
    pane.show_source(with_note)
    pane.note.tabs.setCurrentIndex(PREVIEW_TAB)
    pane.note.editor.setPlainText("")  # emptied by hand: the preview says so
    assert pane.note.preview.toPlainText() == ""
    assert "Edit" in pane.note.preview.placeholderText()


def test_a_heading_in_the_preview_is_large_not_xx_large(pane: NotesPane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    store.notes.set(source_id, "# Zusammenfassung\n\n## Risiken")
    pane.show_source(source_id)
    pane.note.tabs.setCurrentIndex(PREVIEW_TAB)
    document = pane.note.preview.document()
    for block in (document.findBlock(0), document.find("Risiken").block()):
        size = block.begin().fragment().charFormat().property(QTextFormat.Property.FontSizeAdjustment)
        assert block.text() and (size or 0) <= 1, (block.text(), size)  # Qt's h1 is xx-large (3)
