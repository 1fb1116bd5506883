"""Tagging or untagging a selection that changes nothing says so instead of doing nothing.

Seen in the library table with 2,093 sources selected: Remove tag… with the tag typed wrong
("Zugfart" for "Zugfahrt") closed its dialog and nothing happened — no undo step, no line in the
status bar, no sign that the name matched nothing. Real window and store on the seeds.
"""

from __future__ import annotations

from reader.ui.library import bulk


def _notices(window) -> list[str]:
    said: list[str] = []
    window.session.notice_posted.connect(said.append)
    return said


def test_removing_a_tag_none_has_says_so(make_window) -> None:
    window = make_window()
    ids = window.session.store.sources.ids()
    bulk.tag_sources(window.session, ids, "Zugfahrt")
    said = _notices(window)
    steps = window.session.undo_stack.count()
    bulk.untag_sources(window.session, ids, "Zugfart")
    assert said == ["None of the 5 selected sources has the tag “Zugfart”"]
    assert window.session.undo_stack.count() == steps  # nothing to take back


def test_adding_a_tag_all_have_says_so_in_german(make_window, speak) -> None:
    speak("de")
    window = make_window()
    ids = window.session.store.sources.ids()
    bulk.tag_sources(window.session, ids, "Zugfahrt")
    said = _notices(window)
    bulk.tag_sources(window.session, ids, "zugfahrt")
    bulk.untag_sources(window.session, ids[:1], "Bahn")
    assert said == ["Die 5 ausgewählten Quellen haben das Schlagwort „zugfahrt“ schon",
                    "Die ausgewählte Quelle hat das Schlagwort „Bahn“ nicht"]  # fmt: skip
