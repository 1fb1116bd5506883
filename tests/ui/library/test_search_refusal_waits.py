"""A half-typed query is not called invalid while the user is still typing it.

Typing `Japan OR Korea` in the window, the pane flashed "Invalid search: OR needs a word on both
sides" after `Japan OR`. Now the last results stay while typing goes on; the reason appears
once typing pauses longer (`REFUSAL_DELAY_MS`), or at once on Enter. The timers are driven
here by hand: the search timer's pause is awaited, the refusal's is fired.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.ui.library.search_pacing import REFUSAL_DELAY_MS, SEARCH_DELAY_MS

REASON = "Invalid search: OR needs a word on both sides"


def _type(library, qtbot, keys: str) -> None:
    """Type `keys` one by one, each followed by a pause long enough for the results to follow."""
    for key in keys:
        qtbot.keyClicks(library.search_box, key)
        qtbot.waitUntil(lambda: not library._search_timer.isActive())


def test_typing_through_a_malformed_query_never_shows_the_refusal(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    _type(library, qtbot, "Japan")
    japan = [library.results_model.result(r).source_id for r in range(library.results_model.rowCount())]
    assert japan and library.status.text() == f"{len(japan)} results"
    seen = []
    for key in " OR Korea":
        _type(library, qtbot, key)
        seen.append((library.status.text(), library.status.property("error")))
        if library.search_box.text().endswith("OR"):
            # Held back: the results and count for "Japan" stay, the reason waits for a pause.
            assert library.pacing.refusal_timer.isActive()
            assert library.results_model.rowCount() == len(japan)
    assert all(text != REASON and not error for text, error in seen), seen
    assert not library.pacing.refusal_timer.isActive()  # typing on dropped the held reason
    assert library.status.text().endswith("results")


def test_a_query_left_malformed_says_why_once_typing_pauses(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    _type(library, qtbot, "Japan OR")
    assert library.status.property("error") is not True
    assert library.pacing.refusal_timer.interval() == REFUSAL_DELAY_MS > SEARCH_DELAY_MS
    library.pacing.refusal_timer.timeout.emit()  # the user stopped typing
    assert library.status.text() == REASON and library.status.property("error") is True
    _type(library, qtbot, " Korea")  # and mended it
    assert library.status.property("error") is False and library.status.text().endswith("results")


def test_the_refusal_comes_by_itself_after_the_pause(make_window, qtbot, real_search_pause) -> None:
    """End to end with the real timers (the search's pause too): nobody fires them, the pauses do."""
    window = make_window()
    library = window.library
    library.focus_search()
    _type(library, qtbot, "a NEAR")
    qtbot.waitUntil(lambda: library.status.property("error") is True, timeout=REFUSAL_DELAY_MS + 3000)
    assert library.status.text().startswith("Invalid search:")


def test_enter_on_a_malformed_query_says_why_at_once_and_stays_in_the_box(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    _type(library, qtbot, "Japan")
    opened = window.open_source_id
    qtbot.keyClicks(library.search_box, " OR")
    qtbot.keyClick(library.search_box, Qt.Key.Key_Return)
    assert library.status.text() == REASON and library.status.property("error") is True
    assert QApplication.focusWidget() is library.search_box  # not off to the last query's results
    assert window.open_source_id == opened  # and none of them opened
    assert not library.pacing.refusal_timer.isActive() and not library._search_timer.isActive()


def test_german_typing_holds_the_refusal_too(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    library = window.library
    library.focus_search()
    _type(library, qtbot, "Japan OR")
    assert library.status.property("error") is not True
    library.pacing.refusal_timer.timeout.emit()
    assert library.status.property("error") is True and library.status.text().startswith("Ungültige Suche: ")


def test_a_lone_letter_begun_after_a_word_waits_too() -> None:
    """"Japan O" found nothing (one letter is not widened) and emptied the list on the way to
    "Japan OR": while typing the letter is left out; searched on Enter, it counts."""
    from reader.ui.library.live_search import typed_query

    assert typed_query("Japan O", typing=True) == "Japan OR Japan*"
    assert typed_query("Vitamin D") == "Vitamin D"
    assert typed_query("J", typing=True) == "J"
    assert typed_query('"Japan O', typing=True) == '"Japan O'  # inside a phrase: as typed
