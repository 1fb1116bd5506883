"""A filter that leaves none of the chosen kind while entries of other kinds hold its words says
so (issue 15, session 40): in a library of 401 real pages, "Apple" typed with Places chosen
left an empty list beside "Choose an entity to see where the sources name it.", as if no source
named Apple, which Organisations lists with 14 sources."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from reader.core.entities import EntityKind
from tests.ui.entities.test_entity_corrections_view import _open
from tests.ui.entities.test_mentions_follow_the_list import _kind


def test_words_of_another_kind_say_all_kinds_lists_them(make_window, qtbot, speak) -> None:
    speak("en")
    view = _open(make_window(), qtbot)
    _kind(view, EntityKind.PLACE)
    qtbot.keyClicks(view.filter_box, "Takaichi")  # a person of the samples, no place
    assert view.model.rowCount() == 0 and view.none_chosen.isVisibleTo(view)
    said = view.none_chosen.text()
    assert said == "None of this kind holds these words; 1 of another kind does: choose All kinds."
    view.kind_box.setCurrentIndex(view.kind_box.findData(None))  # as the hint says
    assert [view.model.entity(r).name for r in range(view.model.rowCount())] == ["Sanae Takaichi"]


def test_words_no_entry_holds_ask_for_an_entity_as_before(make_window, qtbot, speak) -> None:
    speak("en")
    view = _open(make_window(), qtbot)
    _kind(view, EntityKind.PLACE)
    qtbot.keyClicks(view.filter_box, "Zzyzx")
    assert view.model.rowCount() == 0
    assert view.none_chosen.text() == "Choose an entity to see where the sources name it."


def test_the_hint_is_german_in_the_german_window(make_window, qtbot, speak) -> None:
    speak("de")
    view = _open(make_window(), qtbot)
    _kind(view, EntityKind.PLACE)
    qtbot.keyClicks(view.filter_box, "Takaichi")
    said = view.none_chosen.text()
    assert (
        said
        == "Keiner dieser Art enthält diese Wörter; 1 Eintrag einer anderen Art schon: „Alle Arten“ wählen."
    )



@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "None of this kind holds these words; 2 of other kinds do: choose All kinds."),
        ("de", "Keiner dieser Art enthält diese Wörter; 2 Einträge anderer Arten schon: „Alle Arten“ wählen."),
    ],
)
def test_the_hint_counts_several_entries(make_window, qtbot, speak, language: str, said: str) -> None:
    # the plural forms were never shown: "Mitsu" holds Mitsubishi Corporation and Mitsui & Co.
    speak(language)
    view = _open(make_window(), qtbot)
    _kind(view, EntityKind.PLACE)
    qtbot.keyClicks(view.filter_box, "Mitsu")
    assert view.model.rowCount() == 0
    assert view.none_chosen.text() == said


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "None of this kind holds these words; 1,234 of other kinds do: choose All kinds."),
        ("de", "Keiner dieser Art enthält diese Wörter; 1.234 Einträge anderer Arten schon: „Alle Arten“ wählen."),
    ],
)
def test_the_hint_writes_a_large_count_as_the_locale_does(speak, language: str, said: str) -> None:
    """As "1.234 Einträge" beside it: the catalogues had "%n" for the source's "%Ln", "1234"."""
    speak(language)
    source = "None of this kind holds these words; %Ln of other kinds do: choose All kinds."
    assert QCoreApplication.translate("EntitiesView", source, "", 1234) == said
