"""Typing in the Entities filter box before the list has come says the list is still coming.

The view opens with the keyboard in the filter box, so a consultant types a name at once. Seen
on a library of 47 sources, English and German: while the names were still being read,
"Takaichi" turned the line under the list from "Reading the names the sources hold…" into
"0 entities" and the mentions into "No entity chosen — Choose an entity to see where the
sources name it.", as if no source named her; seconds later the list came with her in it.
Real window offscreen on the seeds (Takaichi is named in 001 and 004), real background task.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.entities.entity_models import NAME, EntityRole


def _type_while_reading(window, qtbot, typed: str):
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        mode.action.trigger()
        view = mode.view
        assert view.filter_box.hasFocus()
        qtbot.keyClicks(view.filter_box, typed)  # before the task's list has come
        said = view.count_label.text(), view.mention_heading.full_text(), view.none_chosen.isVisible()
    return view, said


def test_typed_before_the_list_comes_it_says_reading_then_finds(make_window, qtbot) -> None:
    window = make_window()
    view, (count, heading, none_chosen) = _type_while_reading(window, qtbot, "Takaichi")
    assert count == "Reading the names the sources hold…"
    assert heading != "No entity chosen" and not none_chosen
    (row,) = [view.model.index(r, NAME).data(EntityRole) for r in range(view.model.rowCount())]
    assert row.name == "Sanae Takaichi" and view.current_entity() == row  # chosen, as typed
    assert view.count_label.text().startswith("1 of ")
    assert view.mention_heading.full_text().startswith("Sanae Takaichi (Person): ")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.current_entity() == row


def test_a_filter_that_finds_nothing_says_so_once_the_list_is_there(make_window, qtbot) -> None:
    window = make_window()
    view, (count, _heading, none_chosen) = _type_while_reading(window, qtbot, "Zzyzx")
    assert count == "Reading the names the sources hold…" and not none_chosen
    assert view.model.rowCount() == 0 and view.count_label.text().startswith("0 of ")
    assert view.none_chosen.isVisible() and view.mention_heading.full_text() == "No entity chosen"


def test_german(make_window, qtbot, speak) -> None:
    speak("de")
    window = make_window()
    _view, (count, heading, _none) = _type_while_reading(window, qtbot, "Takaichi")
    assert count == "Die Namen der Quellen werden gelesen …"
    assert heading != "Kein Eintrag ausgewählt"
