"""The status line says an inserted chronology or who's who in whole German sentences.

Seen walking through the German window: "„Wer ist wer“ der in der Bibliothek gelisteten Quellen
eingefügt" — the scope was a genitive fragment put into the sentence, which does not fit a who's
who, and "gelistet" is not what a German window says. Each of the four messages is a sentence of
its own now, so German gives each its case. The real window on a real library, in German.
"""

from __future__ import annotations

from reader.ui.briefing.add_menu import add_to_briefing, create_briefing

UNDO = " (Strg+Z macht es rückgängig)"


def test_inserted_blocks_are_said_in_whole_german_sentences(make_window, speak, qtbot) -> None:
    speak("de")
    window = make_window()
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    said = window.statusBar().currentMessage
    window.chronology.action.trigger()  # nothing quoted yet: the sources the library lists
    assert said() == "Chronologie der in der Bibliothek angezeigten Quellen eingefügt" + UNDO
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.whos_who.action.trigger()  # indexes first, then inserts
    qtbot.waitUntil(lambda: said().startswith("„Wer ist wer“ zu"))
    assert said() == "„Wer ist wer“ zu den in der Bibliothek angezeigten Quellen eingefügt" + UNDO
    store = window.session.store
    source_id = store.db.execute("SELECT id FROM sources WHERE file_name LIKE '002_%'").fetchone()[0]
    highlight, _ = store.highlights.add(source_id, 0, 12, "key")  # the Japan–USA report: it names people
    add_to_briefing(window.session, briefing_id, [highlight.id])
    window.chronology.action.trigger()
    assert said() == "Chronologie der im Briefing zitierten Quellen eingefügt" + UNDO
    window.entities.whos_who.action.trigger()  # indexed already: at once
    qtbot.waitUntil(lambda: said().startswith("„Wer ist wer“ zu den im"))
    assert said() == "„Wer ist wer“ zu den im Briefing zitierten Quellen eingefügt" + UNDO
