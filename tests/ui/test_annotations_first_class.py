"""Annotations first-class (issue 13): shown in All highlights, the composer, the notes pane
(rendered Markdown) and marked in the article; N annotates, the editor grows; summary-note
edits are undo steps; a highlight's label changes by keys 1–5 and the context menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from reader.ui.highlights.highlights_model import ANNOTATION_COLUMN, HighlightIdRole
from tests.ui.highlights_listed import listed

NOTE = "**Zahl** prüfen: *vor* dem Kundentermin"


def _annotated(window) -> tuple[int, int]:
    """The open source with one annotated highlight on its first words; (source, highlight)."""
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    highlight, _ = store.highlights.add(source_id, 0, text.index(" ", 30), "key", NOTE)
    window.session.apply(lambda: store.highlights.update(highlight.id, annotation=NOTE))
    return source_id, highlight.id


def test_annotations_are_shown_wherever_the_highlight_is(make_window, qtbot) -> None:
    window = make_window()
    source_id, highlight_id = _annotated(window)
    # The notes pane renders the Markdown: bold and italic, no asterisks.
    pane = window.notes
    row = pane.model.row_of(highlight_id)
    option = QStyleOptionViewItem()
    option.rect = pane.list.visualRect(pane.model.index(row))
    option.font = pane.list.font()
    rendered = pane.delegate._note(option, pane.model.highlight(row))
    assert rendered is not None and rendered.toPlainText() == "Zahl prüfen: vor dem Kundentermin"
    assert "font-weight:700" in rendered.toHtml() or "font-weight:600" in rendered.toHtml()
    # The article marks the annotated highlight with a dotted line.
    view = window.article.view
    block = view.document().begin()
    styles = {r.format.underlineStyle() for r in block.layout().formats()}
    assert QTextCharFormat.UnderlineStyle.DotLine in styles
    # All highlights has an annotation column.
    window.modes.action.trigger()
    highlights = listed(qtbot, window.modes.view)
    head = highlights.model.index(0, 0)
    cells = [highlights.model.index(r, ANNOTATION_COLUMN, head) for r in range(highlights.model.rowCount(head))]
    assert [c.data() for c in cells if c.data(HighlightIdRole) == highlight_id] == [NOTE]
    window.modes.action.trigger()
    # The composer shows it under the quote.
    briefing, _ = window.session.store.briefings.create("Memo")
    window.session.store.briefings.add_highlights(briefing.id, [highlight_id])
    composer = window.briefings.composer()
    composer.open_briefing(briefing.id)
    assert f"✎ {NOTE}" in composer.items_list.item(0).text()
    composer.close()


def test_n_annotates_the_selected_highlight_in_a_growing_editor(make_window, qtbot) -> None:
    window = make_window()
    _source_id, highlight_id = _annotated(window)
    window.activateWindow()
    view = window.article.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next highlight
    assert view.selected_highlight == highlight_id
    qtbot.keyClick(view, Qt.Key.Key_N)
    editor = window.notes.annotation.editor
    assert QApplication.focusWidget() is editor
    small = editor.height()
    for line in range(6):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, f"Zeile {line}")
    assert editor.height() > small  # grew with the text
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # saved, back to reading
    assert QApplication.focusWidget() is view
    stored = window.session.store.highlights.get(highlight_id).annotation
    assert stored.startswith(NOTE) and stored.endswith("Zeile 5")


def test_summary_note_edits_join_the_undo_stack(make_window, qtbot) -> None:
    window = make_window()
    source_id = window.open_source_id
    notes = window.session.store.notes
    editor = window.notes.note.editor
    qtbot.keyClicks(editor, "Erster Gedanke")
    window.notes.flush()
    assert notes.get(source_id).body == "Erster Gedanke"
    assert window.undo_action.text().endswith("Edit summary note on “Gegengewicht zu China: Japan un…”")
    window.undo_action.trigger()
    assert notes.get(source_id).body == ""
    assert editor.toPlainText() == ""
    window.redo_action.trigger()
    assert notes.get(source_id).body == "Erster Gedanke" == editor.toPlainText()


def test_keys_1_to_5_and_the_menu_change_a_selected_highlights_label(make_window, qtbot) -> None:
    window = make_window()
    _source_id, highlight_id = _annotated(window)
    store = window.session.store
    window.activateWindow()
    view = window.article.view
    view.setFocus()
    window.article.keys.step(1)
    qtbot.keyClick(view, Qt.Key.Key_3)  # no words selected: relabel, not a new highlight
    assert store.highlights.get(highlight_id).label == "risk"
    assert len(store.highlights.for_source(window.open_source_id)) == 1
    window.undo_action.trigger()
    assert store.highlights.get(highlight_id).label == "key"
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window.article.keys.fill_label_menu(menu, highlight_id)
    entries = menu.actions()
    assert [a.isChecked() for a in entries] == [True, False, False, False, False]
    entries[4].trigger()
    assert store.highlights.get(highlight_id).label == "question"
    assert store.highlights.get(highlight_id).annotation == NOTE  # only the label changed
