"""Briefing ▸ Insert who's who on sources whose names were never found: the status line counts
the sources read until the block is in, and pressing it again meanwhile inserts nothing twice.

Walking the app on a library of 379 imported pages, the status line said "Finding the names in
the sources first…" for six seconds, then nothing for the next fifteen; pressed again (nothing
seemed to happen), the briefing got two who's whos when the names were found.
"""

from __future__ import annotations


def _briefing(window) -> int:
    from reader.ui.briefing.add_menu import create_briefing

    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    return briefing_id


def test_pressed_twice_while_names_are_found_inserts_one(make_window, qtbot) -> None:
    window = make_window()
    store, briefing_id = window.session.store, _briefing(window)
    assert store.entities.missing() == 5  # the seeds' names are not found on import
    action = window.entities.whos_who.action
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        action.trigger()
        action.trigger()  # nothing seemed to happen: pressed again
        assert window.statusBar().currentMessage() == "Still finding the names for the who's who…"
    qtbot.wait(50)
    texts = [i.text for i in store.briefings.items(briefing_id) if i.text]
    assert len(texts) == 1 and texts[0].startswith("**Who's who**")
    action.trigger()  # indexed now: a second block is what the user asks for
    assert len([i for i in store.briefings.items(briefing_id) if i.text]) == 2


def test_status_line_counts_the_sources_read(make_window, qtbot) -> None:
    window = make_window()
    _briefing(window)
    mode = window.entities.mode
    window.entities.whos_who.action.trigger()
    assert window.statusBar().currentMessage() == "Finding the names for the who's who…"
    assert mode.task is not None
    mode.task.signals.progressed.emit(25, 1500)  # what the task reports after each batch
    assert window.statusBar().currentMessage() == "Finding the names for the who's who: 25 of 1,500 sources…"
    qtbot.waitSignal(mode.indexed, timeout=60_000).wait()
    assert window.statusBar().currentMessage().startswith("Inserted a who's who of ")


def test_german_status_line(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    _briefing(window)
    mode = window.entities.mode
    window.entities.whos_who.action.trigger()
    assert mode.task is not None
    mode.task.signals.progressed.emit(50, 1500)
    assert window.statusBar().currentMessage() == "Namen für „Wer ist wer“ werden gesucht: 50 von 1.500 Quellen …"
    qtbot.waitSignal(mode.indexed, timeout=60_000).wait()
