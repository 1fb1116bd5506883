"""A pasted text of a few lines is titled by its first line or first sentence, never a later
line, and keeps every line in its text.

Seen in the real window: pasting "Noch ein Text fuer den Test.\\nMit zweiter Zeile." made a
source titled "Mit zweiter Zeile." whose text was the first line alone: the importer's headline
rules, made for whole copied pages, found no running text to stand over and took the line
best shaped as a headline. Real window on the seeds, the real clipboard, offscreen; the
status line names the title as the user reads it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader.ui import dialogs


@pytest.fixture
def no_dialog(monkeypatch) -> list[object]:
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: seen.append(dialog) or 0)
    return seen

def _pasted(make_window, no_dialog: list[object], text: str):
    """A new window, `text` pasted into it by Edit ▸ Paste as new source with no dialog shown:
    the window and the source it made."""
    window = make_window()
    QApplication.clipboard().setText(text)
    window.paste_action.trigger()
    assert no_dialog == []
    return window, window.session.store.sources.get(window.library.current_source_id())



# The paste, the title a user expects, and the text the source must keep (its paragraphs).
SENTENCES = [
    ("Noch ein Text fuer den Test.\nMit zweiter Zeile.", "Noch ein Text fuer den Test",
     ["Noch ein Text fuer den Test.", "Mit zweiter Zeile."]),
    ("Noch ein Text fuer den Test.\n\nMit zweiter Zeile.", "Noch ein Text fuer den Test",
     ["Noch ein Text fuer den Test.", "Mit zweiter Zeile."]),
    ("Der Kunde will den Bericht bis Freitag.", "Der Kunde will den Bericht bis Freitag",
     ["Der Kunde will den Bericht bis Freitag."]),
    ("Der Kunde will den Bericht bis Freitag. Danach reden wir.\nÜber den Preis.\nUnd die Frist.",
     "Der Kunde will den Bericht bis Freitag",
     ["Der Kunde will den Bericht bis Freitag. Danach reden wir.", "Über den Preis.", "Und die Frist."]),
    ("Ask the client about the report.\nWith a second line.\nA third one.\nAnd a fourth.",
     "Ask the client about the report",
     ["Ask the client about the report.", "With a second line.", "A third one.", "And a fourth."]),
    ("Ask the client about the report.\n\nWith a second line.\n\nA third one.", "Ask the client about the report",
     ["Ask the client about the report.", "With a second line.", "A third one."]),
    ("Another text for the test.\nWith a second line.", "Another text for the test",
     ["Another text for the test.", "With a second line."]),
]  # fmt: skip
# A first line that is a headline (no sentence) is the title, over the text it heads.
HEADLINES = [
    ("Bank of Japan raises rates\nWith a second line.", "Bank of Japan raises rates", ["With a second line."]),
    ("Tokio plant neue Subventionen\n\nMit zweiter Zeile.\n\nUnd einer dritten.", "Tokio plant neue Subventionen",
     ["Mit zweiter Zeile.", "Und einer dritten."]),
]  # fmt: skip


@pytest.mark.parametrize(("pasted", "title", "paragraphs"), SENTENCES + HEADLINES)
def test_a_short_paste_is_titled_by_its_first_line(make_window, speak, no_dialog, pasted, title, paragraphs) -> None:
    speak("de" if "Text" in pasted or "Kunde" in pasted or "Tokio" in pasted else "en")
    window, source = _pasted(make_window, no_dialog, pasted)
    assert source.title == title
    assert [p for p in source.reading_text.split("\n\n") if p.strip()] == paragraphs
    assert title in window.statusBar().currentMessage()


@pytest.mark.parametrize(("pasted", "title", "text"), [
    ("---\ntitle: Notes on BoJ\n---\n# Bank of Japan raises rates", "Notes on BoJ", "Bank of Japan raises rates"),
    ("---\ntitle: Notiz zur BoJ\nsource: https://www.reuters.com/markets/asia/boj/\n---\nDie Bank of Japan hat die "
     "Zinsen erhöht.", "Notiz zur BoJ", "Die Bank of Japan hat die Zinsen erhöht."),
])  # fmt: skip
def test_a_pasted_markdown_clipping_is_read_by_its_front_matter(make_window, no_dialog, pasted, title, text) -> None:
    """A clipping copied from a notes app (Obsidian, a clipper's file opened and copied) was read
    as plain text: titled "title: Notes on BoJ", the front matter's lines in its text."""
    _window, source = _pasted(make_window, no_dialog, pasted)
    assert source.title == title
    assert source.reading_text == text


def test_a_paste_opening_with_a_rule_that_is_no_front_matter_stays_plain_text(make_window, no_dialog) -> None:
    _window, source = _pasted(make_window, no_dialog, "---\nNoch ein Text fuer den Test.\n---\nMit zweiter Zeile.")
    assert source.title == "Noch ein Text fuer den Test"


@pytest.mark.parametrize(("name", "title", "author", "first"), [
    ("mail_de.txt", "Zölle auf Stahl – Stand der Gespräche", "Anna Becker", "Hallo zusammen,"),
    ("note_de.txt", "Anruf Müller 3.12", None, "Anruf Müller 3.12."),
])  # fmt: skip
def test_a_pasted_mail_or_note_is_titled_as_a_user_reads_it(make_window, speak, no_dialog, name, title, author,
                                                             first) -> None:
    """A mail pasted from Outlook was titled "Betreff: …", a note of five lines by a later line
    (`ingest.mail`, `head.is_note`)."""
    speak("de")
    pasted = (Path(__file__).parents[2] / "data" / "pastes" / name).read_text(encoding="utf-8")
    window, source = _pasted(make_window, no_dialog, pasted)
    assert source.title == title
    assert source.byline == author
    assert source.reading_text.split("\n\n")[0] == first
    assert title in window.statusBar().currentMessage()
