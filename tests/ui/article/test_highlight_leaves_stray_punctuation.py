"""A highlight quotes its words, not the punctuation its selection caught from the neighbours.

Seen walking the window: after "Förderung", Ctrl+Shift+→ three times and 1 highlighted
", Verarbeitung und" — the notes pane (and a briefing) quoted „, Verarbeitung und“.
"""

from __future__ import annotations

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtGui import QTextCursor

from reader.ui.article.article_pane import ArticlePane
from reader.ui.session import Session


@pytest.fixture
def pane(qtbot, reading_session: Session) -> ArticlePane:  # noqa: F811
    pane = ArticlePane(reading_session)
    reading_session.changes_applied.connect(pane.apply_changes)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    return pane


def _select(pane: ArticlePane, start: int, end: int) -> None:
    cursor = pane.view.textCursor()
    text_map = pane.view.text_map
    assert text_map is not None
    cursor.setPosition(text_map.utf16.to_qt(start))
    cursor.setPosition(text_map.utf16.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    pane.view.setTextCursor(cursor)


def test_a_keyboard_selection_after_a_word_drops_the_comma_it_began_with(pane: ArticlePane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "001")
    pane.show_source(source_id)
    text = store.sources.get(source_id).reading_text
    at = text.index("Förderung, Verarbeitung und ") + len("Förderung")
    _select(pane, at, at + len(", Verarbeitung und "))  # where Ctrl+Shift+→ ×3 ends
    pane.highlight_selection("key")
    (highlight,) = store.highlights.for_source(source_id)
    assert highlight.exact == "Verarbeitung und"


def test_a_highlight_ending_past_a_quote_takes_its_opening_mark(pane: ArticlePane) -> None:
    """Seen walking the window: a drag from "neues" to "einer" showed „neues goldenes Zeitalter“
    einer“ in the notes pane — the quote's closing mark without its opening one."""
    store = pane._session.store
    source_id = source_id_of(store, "004")
    pane.show_source(source_id)
    text = store.sources.get(source_id).reading_text
    at = text.index("neues goldenes Zeitalter“ einer")
    _select(pane, at, at + len("neues goldenes Zeitalter“ einer"))
    pane.highlight_selection("key")
    (highlight,) = store.highlights.for_source(source_id)
    assert highlight.exact == "„neues goldenes Zeitalter“ einer"
