"""Source ▸ Join with… offers a story once, by its report nearest the open source, and says so.

Seen joining the Handelsblatt report (11 Apr 2024) to the Tokyo story by keyboard: the list
offered "Gegengewicht zu China … · DWN · 28 Oct 2025" and "Japan–USA schmieden … · 28 Oct 2025"
as two choices. Both joined the same story of three reports (the third, undated, was not
offered at all), and nothing in the list said they were one. Real window on the seeds: 000,
001 and 004 are the Tokyo story, 002 the Handelsblatt report, 003 a report of Jan 2022.
"""

from __future__ import annotations

import pytest


def _seeds(window) -> dict[str, int]:
    return {s.file_name[:3]: s.id for s in window.session.store.sources.list()}


@pytest.fixture
def offered(monkeypatch) -> list[list[str]]:
    from reader.ui import dialogs

    lists: list[list[str]] = []

    def choose(_parent, _title, _label, choices: list[str]) -> int:
        lists.append(choices)
        return 0  # the first: the story, nearest in time

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    return lists


# Dates are written with no-break spaces, so a line never breaks inside one.
def test_the_story_is_one_choice_saying_how_many_reports(make_window, offered) -> None:
    window = make_window()
    ids, store = _seeds(window), window.session.store
    story = store.stories.story_of()
    assert story[ids["000"]] == story[ids["001"]] == story[ids["004"]]  # the Tokyo story, as imported
    window.library.select_source(ids["002"])
    window.stories.choose_join()
    (choices,) = offered
    assert choices == [
        "Gegengewicht zu China: Japan und USA stärken Allianz · DWN · 28\u00a0Oct\u00a02025 · a story of 3 reports",
        "Japan ist bereits der engste asiatische Verbündete der USA · 22\u00a0Jan\u00a02022",
    ]
    joined = store.stories.story_of()
    assert joined[ids["002"]] == joined[ids["000"]] == joined[ids["004"]]  # one story of four
    window.session.undo_stack.undo()
    assert ids["002"] not in store.stories.story_of()


def test_german(make_window, offered, speak) -> None:
    speak("de")
    window = make_window()
    ids = _seeds(window)
    window.library.select_source(ids["003"])
    window.stories.choose_join()
    (choices,) = offered
    assert len(choices) == 2
    assert choices[0] == "Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert · Handelsblatt · 11.\u00a0Apr.\u00a02024"
    assert choices[1].endswith(" · 28.\u00a0Okt.\u00a02025 · eine Geschichte aus 3 Berichten")
