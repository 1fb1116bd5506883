"""The "Add tag…" field and the tags the open source carries already.

Typing "japan" and Enter on a source tagged "Japan" did nothing: the field kept "japan" beside
the "Japan" chip, as if Enter had failed; and the completer offered "Japan" there too, a choice
that could only do nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtCore import Qt

from reader.ui.notes.notes_pane import NotesPane
from reader.ui.session import Session


@pytest.fixture
def pane(qtbot, reading_session: Session) -> Iterator[NotesPane]:  # noqa: F811
    pane = NotesPane(reading_session)
    reading_session.changes_applied.connect(pane.apply_changes)  # as the window wires it
    qtbot.addWidget(pane)
    pane.resize(420, 900)
    pane.show()
    yield pane
    pane.flush()


def test_a_tag_the_source_has_is_not_offered_and_enter_on_it_clears_the_field(qtbot, pane: NotesPane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    store.tags.add([source_id_of(store, "001")], "Tech")
    store.tags.add([source_id], "Japan")
    pane.show_source(source_id)
    editor = pane.tag_editor
    assert editor.completions.stringList() == ["Tech"]  # not "Japan", which the source has
    editor.field.setText("japan ")  # typed (keyClicks would open the offscreen popup)
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    assert editor.field.text() == ""
    assert store.sources.get(source_id).tags == ("Japan",)
    assert pane._session.undo_stack.count() == 0  # nothing was done, nothing to undo

    editor.field.setText("tech")  # another library tag still joins it, in its own case
    qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    assert store.sources.get(source_id).tags == ("Japan", "Tech")
    assert editor.completions.stringList() == []
    pane._session.undo_stack.undo()
    assert editor.completions.stringList() == ["Tech"]


def test_a_refused_name_stays_in_the_field(qtbot, pane: NotesPane) -> None:
    store = pane._session.store
    source_id = source_id_of(store, "002")
    pane.show_source(source_id)
    pane.tag_editor.field.setText("x" * 101)  # too long: kept, to be shortened
    qtbot.keyClick(pane.tag_editor.field, Qt.Key.Key_Return)
    assert pane.tag_editor.field.text() == "x" * 101
    assert store.sources.get(source_id).tags == ()
