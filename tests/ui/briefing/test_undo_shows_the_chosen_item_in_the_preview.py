"""After Ctrl+Z takes back an inserted block, the preview shows the item the list chose.

Seen walking the window at 1366 × 768: a quote, a chronology and a who's who inserted, then
Ctrl+Z three times: the list chose the quote, the one item left, but the preview stayed where
the who's who had been, at the bottom, showing the footnotes and not the quote. A list's item
chosen by click or key was brought into view; one chosen by the undo was not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.ui.briefing.add_menu import add_to_briefing, create_briefing
from tests.ui.settled import settle


def _in_view(preview, text: str) -> bool:
    block = preview.document().begin()
    while block.isValid() and not block.text().startswith(text):  # a quote ends in its footnote's number
        block = block.next()
    assert block.isValid(), text
    rect = preview.document().documentLayout().blockBoundingRect(block)
    top = preview.verticalScrollBar().value()
    return rect.top() >= top and rect.bottom() <= top + preview.viewport().height()


def test_ctrl_z_after_a_whos_who_brings_the_chosen_item_into_view(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1024, 700)
    window.activateWindow()
    briefing_id = create_briefing(window.session, "Japan")
    window.briefings.show(briefing_id)
    composer = window.briefings.composer()
    session = window.session
    source_id = next(s.id for s in session.store.sources.list() if s.title.startswith("Die USA und Japan machen vor"))
    text = session.store.sources.get(source_id).reading_text  # type: ignore[union-attr]
    highlight, _changes = session.store.highlights.add(source_id, 0, text.index(" ", 200), "key")
    add_to_briefing(session, briefing_id, [highlight.id])  # a quote of four lines or so
    qtbot.waitUntil(lambda: composer.items_list.count() == 1)
    composer.items_list.setCurrentRow(0)  # the who's who goes after it
    preview = composer.preview
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
        window.entities.whos_who.action.trigger()
    qtbot.waitUntil(lambda: composer.items_list.count() == 2)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "Who's who" in preview.toPlainText() and _in_view(preview, "Who's who"))
    assert preview.verticalScrollBar().maximum() > 0  # the preview is shorter than the briefing
    composer.items_list.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: composer.items_list.count() == 1)
    assert composer.items_list.currentRow() == 0  # the quote, chosen
    qtbot.waitUntil(lambda: "Who's who" not in preview.toPlainText())
    settle(qtbot, window)
    quote = highlight.exact
    assert any(line.startswith(quote[:30]) for line in preview.toPlainText().splitlines())
    qtbot.waitUntil(lambda: _in_view(preview, quote[:30]), timeout=2000)
