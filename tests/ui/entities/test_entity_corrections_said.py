"""Each correction of the entity index says in the status bar what it did and how to take it
back, in English and German.

Walking the Entities view: Del on "Apec" (found with the filter) left an empty list and
"0 of 249 entities", with nothing to say where the entry went or that Ctrl+Z brings it back;
a merge, a new kind (which takes the entry out of a list of one kind) were as silent.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.entities import EntityKind
from tests.ui.entities.test_entity_corrections_view import _after, _choose, _open


@pytest.mark.parametrize(("language", "said"), [
    ("en", "“Nikkei” hidden as not a name (Show hidden lists it, Ctrl+Z takes it back)"),
    ("de", "„Nikkei“ als „Kein Name“ verborgen („Verborgene anzeigen“ listet es, Strg+Z macht es rückgängig)"),
])  # fmt: skip
def test_not_a_name_says_where_the_entry_went(make_window, qtbot, speak, language: str, said: str) -> None:
    speak(language)
    window = make_window()
    view = _open(window, qtbot)
    _choose(view, qtbot, "Nikkei")
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Delete))
    assert window.statusBar().currentMessage() == said


@pytest.mark.parametrize(("language", "said"), [
    ("en", "hidden as not names (Show hidden lists them, Ctrl+Z takes it back)"),
    ("de", "als „Kein Name“ verborgen („Verborgene anzeigen“ listet sie, Strg+Z macht es rückgängig)"),
])  # fmt: skip
def test_several_hidden_at_once_are_spoken_of_in_the_plural(
    make_window, qtbot, speak, language: str, said: str
) -> None:
    """Del on two chosen entries said "Show hidden lists it" of both ("listet es")."""
    speak(language)
    window = make_window()
    view = _open(window, qtbot)
    qtbot.waitUntil(lambda: view.model.rowCount() > 2)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Home)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = [view.model.index(r.row(), 0).data() for r in view.table.selectionModel().selectedRows()]
    assert len(chosen) == 2, chosen
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Delete))
    message = window.statusBar().currentMessage()
    assert message.endswith(said) and all(name in message for name in chosen), message


def test_a_new_kind_says_so(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    _choose(view, qtbot, "Tesla")
    _after(window, qtbot, window.entities.corrections.kind_actions[EntityKind.PERSON].trigger)
    assert window.statusBar().currentMessage() == "“Tesla” listed as Person (Ctrl+Z takes it back)"
