"""The notes pane: highlight list, annotations, the summary note's autosave, and tags."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtCore import Qt

from reader.core.models import AnchorStatus
from reader.ui.notes.highlight_list import HighlightListModel
from reader.ui.notes.notes_pane import NotesPane
from reader.ui.session import Session


@pytest.fixture
def pane(qtbot, reading_session: Session) -> Iterator[NotesPane]:  # noqa: F811
    pane = NotesPane(reading_session)
    reading_session.changes_applied.connect(pane.apply_changes)  # as the window wires it
    qtbot.addWidget(pane)
    pane.resize(420, 900)
    pane.show()
    qtbot.waitExposed(pane)
    yield pane
    pane.flush()  # as the window does on quit: no save may be left for after the store closes


@pytest.fixture
def source_id(pane: NotesPane) -> int:
    return source_id_of(pane._session.store, "002")


def _add(pane: NotesPane, source_id: int, start: int, end: int, label: str = "key", note: str = "") -> int:
    highlight, changes = pane._session.store.highlights.add(source_id, start, end, label, note)
    pane._session.changes_applied.emit(changes)
    return highlight.id


def test_highlight_model_passes_the_model_tester(qtmodeltester, pane: NotesPane, source_id: int) -> None:
    for start in (50, 0, 20):
        _add(pane, source_id, start, start + 10)
    model = HighlightListModel()
    model.set_rows(pane._session.store.highlights.for_source(source_id))
    qtmodeltester.check(model)
    assert [model.highlight(r).start for r in range(3)] == [0, 20, 50]
    assert model.index(0).data(HighlightListModel.OrphanedRole) is False


def test_list_is_in_document_order_and_click_activates(qtbot, pane: NotesPane, source_id: int) -> None:
    pane.show_source(source_id)
    late = _add(pane, source_id, 80, 90, "risk")
    early = _add(pane, source_id, 5, 15, "question", "Why?")
    assert [pane.model.highlight(r).id for r in range(2)] == [early, late]
    rect = pane.list.visualRect(pane.model.index(1))
    with qtbot.waitSignal(pane.highlight_activated) as activated:
        qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [late]
    assert pane.annotation.highlight_id == late


def test_orphans_are_listed_and_marked(pane: NotesPane, source_id: int) -> None:
    store = pane._session.store
    highlight_id = _add(pane, source_id, 0, 12)
    store.db.execute("UPDATE highlights SET anchor_status = 'orphaned' WHERE id = ?", (highlight_id,))
    pane.show_source(source_id)
    assert pane.model.highlight(0).anchor_status is AnchorStatus.ORPHANED
    assert pane.model.index(0).data(HighlightListModel.OrphanedRole) is True


def test_annotation_is_saved_as_one_undoable_step(qtbot, pane: NotesPane, source_id: int) -> None:
    store = pane._session.store
    pane.show_source(source_id)
    highlight_id = _add(pane, source_id, 10, 40)
    pane.select_highlight(highlight_id)
    pane.annotation.editor.setFocus()
    qtbot.keyClicks(pane.annotation.editor, "Check this figure")
    qtbot.waitUntil(lambda: store.highlights.get(highlight_id).annotation == "Check this figure", timeout=3000)
    assert pane._session.undo_stack.count() == 1
    pane._session.undo_stack.undo()
    assert store.highlights.get(highlight_id).annotation == ""
    assert pane.annotation.editor.toPlainText() == ""
    pane._session.undo_stack.redo()
    assert pane.annotation.editor.toPlainText() == "Check this figure"


def test_annotation_flushes_when_the_source_changes(qtbot, pane: NotesPane, source_id: int) -> None:
    store = pane._session.store
    pane.show_source(source_id)
    highlight_id = _add(pane, source_id, 10, 40)
    pane.select_highlight(highlight_id)
    qtbot.keyClicks(pane.annotation.editor, "quick")
    pane.show_source(source_id_of(store, "001"))
    assert store.highlights.get(highlight_id).annotation == "quick"


def test_note_autosaves_after_a_pause(qtbot, pane: NotesPane, source_id: int) -> None:
    store = pane._session.store
    pane.show_source(source_id)
    qtbot.keyClicks(pane.note.editor, "# Summary")
    assert store.notes.get(source_id).body == ""  # not on every keystroke
    qtbot.waitUntil(lambda: store.notes.get(source_id).body == "# Summary", timeout=3000)


def test_typing_then_flushing_at_once_loses_nothing(qtbot, pane: NotesPane, source_id: int) -> None:
    store = pane._session.store
    pane.show_source(source_id)
    qtbot.keyClicks(pane.note.editor, "Yen weak; ")
    pane.flush()
    assert store.notes.get(source_id).body == "Yen weak; "
    qtbot.keyClicks(pane.note.editor, "more")
    pane.show_source(source_id_of(store, "001"))  # switching sources flushes first
    assert store.notes.get(source_id).body == "Yen weak; more"
    assert pane.note.editor.toPlainText() == ""


def test_preview_renders_markdown_inertly(pane: NotesPane, source_id: int) -> None:
    pane.show_source(source_id)
    pane.note.editor.setPlainText("# Title\n\n<script>alert(1)</script> [x](javascript:alert(1))")
    pane.note.tabs.setCurrentIndex(1)
    html = pane.note.preview.toHtml()
    assert "Title" in pane.note.preview.toPlainText()
    assert "<script>alert(1)</script>" in pane.note.preview.toPlainText()  # shown as text
    assert "javascript:" not in html


def test_tags_add_with_completion_and_remove_with_undo(qtbot, pane: NotesPane, source_id: int) -> None:
    store, stack = pane._session.store, pane._session.undo_stack
    store.tags.add([source_id_of(store, "001")], "Japan")
    pane.show_source(source_id)
    assert "Japan" in pane.tag_editor.completions.stringList()
    pane.tag_editor.field.setText("japan")  # typed (keyClicks would open the offscreen popup)
    qtbot.keyClick(pane.tag_editor.field, Qt.Key.Key_Return)
    assert store.sources.get(source_id).tags == ("Japan",)
    assert pane.tag_editor.tags == ("Japan",)
    assert pane.tag_editor.add_tag("Client X")
    assert not pane.tag_editor.add_tag("   ")
    assert store.sources.get(source_id).tags == ("Client X", "Japan")
    pane.tag_editor.remove_tag("Japan")
    assert store.sources.get(source_id).tags == ("Client X",)
    stack.undo()
    assert store.sources.get(source_id).tags == ("Client X", "Japan")
    stack.undo()
    stack.undo()
    assert store.sources.get(source_id).tags == ()
    assert pane.tag_editor.tags == ()
