"""A highlight quotes its words, not the punctuation its selection caught from the neighbours.

Seen walking the window: after "Förderung", Ctrl+Shift+→ three times and 1 highlighted
", Verarbeitung und" — the notes pane (and a briefing) quoted „, Verarbeitung und“.
"""

from __future__ import annotations

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtGui import QTextCursor

from reader.ui.article.article_pane import ArticlePane
from reader.ui.article.word_snap import snapped
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


@pytest.mark.parametrize(
    ("text", "selected", "quoted"),
    [
        ("Förderung, Verarbeitung und Lieferung", ", Verarbeitung und ", "Verarbeitung und"),
        ("Ziel sei es, „die Widerstandsfähigkeit", "sei es, „", "sei es"),  # the „ opens what follows
        ("sagte er. „Wir sind bereit“, so Lagarde", "„Wir sind bereit“", "„Wir sind bereit“"),  # quotes kept
        ("half the level. Markets had priced", ". Markets had", "Markets had"),
        ("Kosten von € 5 Mrd. für", "€ 5 Mrd.", "€ 5 Mrd."),  # a symbol is not stray punctuation
        ("die Lieferketten (für Mineralien)", "Lieferketten (", "Lieferketten"),
        ("Ziel sei es, \"die", ", \"", ", \""),  # nothing but punctuation: left alone (no highlight)
        # A quote does not end on the comma, semicolon or colon that led on to the next words
        # (seen in a briefing: „Rund 90 Prozent der seltenen Erden,“[^1]); a full stop, a question
        # mark or a closing quote ends what it quotes and stays.
        ("Rund 90 Prozent der seltenen Erden, die Japan", "Rund 90 Prozent der seltenen Erden,", "Rund 90 Prozent der seltenen Erden"),
        ("kann sich sehen lassen: Heute", "sich sehen lassen:", "sich sehen lassen"),
        ("Japan zögert; Europa", "Japan zögert;", "Japan zögert"),
        ("scheuen das Risiko. Japans", "scheuen das Risiko.", "scheuen das Risiko."),
        ("Wer zahlt? Niemand", "Wer zahlt?", "Wer zahlt?"),
        ("„Wir sind bereit“, so Lagarde", "„Wir sind bereit“,", "„Wir sind bereit“"),
        # A quotation mark does not stand alone: its partner just outside the selection comes in
        # (seen walking the window: „neues goldenes Zeitalter“ einer“ in the notes pane, the
        # drag begun on "neues", which the word snap takes without its „).
        ("als „neues goldenes Zeitalter“ einer Allianz", "neues goldenes Zeitalter“ einer", "„neues goldenes Zeitalter“ einer"),
        ("als „neues goldenes Zeitalter“ einer Allianz", "ues goldenes Zeitalter“ ei", "„neues goldenes Zeitalter“ einer"),
        ("eine „stetig wachsende Allianz“. Im", "„stetig wachsende Allianz", "„stetig wachsende Allianz“"),
        # A partner words away is not taken in: the quote would grow past what was chosen.
        ("als „neues goldenes Zeitalter“ einer Allianz", "goldenes Zeitalter“ einer", "goldenes Zeitalter“ einer"),
        ("called it a “golden age” of ties", "golden age” of", "“golden age” of"),
        ("the ‘new era’ began", "new era’", "‘new era’"),
        ("sagte: „Wir sind bereit“ und", "Wir sind", "Wir sind"),  # inside a quote: no marks added
    ],
)
def test_snapped_spans(text: str, selected: str, quoted: str) -> None:
    start = text.index(selected)
    low, high = snapped(text, start, start + len(selected))
    assert text[low:high] == quoted


def test_snapping_still_widens_to_whole_words() -> None:
    text = "bei einem hochrangigen Treffen in Tokio"
    start = text.index("chrangigen")
    low, high = snapped(text, start, text.index("Tokio") + 3)
    assert text[low:high] == "hochrangigen Treffen in Tokio"
