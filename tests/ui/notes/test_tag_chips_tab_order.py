"""Tab meets a tag's × where the chip stands: above the Add tag field, after the article.

Seen on the keyboard walk: chips are made when a source opens, long after the pane, and Qt put
their × buttons at the end of the window's Tab chain, after the summary note; a keyboard user
going down the notes pane met them last, and Shift+Tab from the tag field went to the article.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from reader.ui.notes.tag_editor import TagChip


@pytest.mark.parametrize("count", [1, 2])
def test_the_chips_come_between_the_article_and_the_tag_field(make_window, qtbot, count: int) -> None:
    window = make_window()
    source_id = window.open_source_id
    editor = window.notes.tag_editor
    for name in ["Japan", "Energie"][:count]:
        assert editor.add_tag(name)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last reload's chips go
    chips = [chip.remove_button for chip in editor.chips.findChildren(TagChip) if chip.isVisible()]
    assert len(chips) == count and window.open_source_id == source_id
    window.article.view.setFocus()
    seen = []
    for _ in range(count + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [*chips, editor.field]
    window.notes.note.editor.setFocus()
    qtbot.keyClick(window.notes.note.editor, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.library.search_box  # nothing left at the end
    editor.field.setFocus()
    qtbot.keyClick(editor.field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is chips[-1]


def test_removing_a_tag_by_keyboard_keeps_the_keyboard_in_the_tags(make_window, qtbot) -> None:
    """Space on a chip's × removed the tag and left no widget with the focus: the next key
    went nowhere. The chip taking its place gets it, and the Add tag field after the last."""
    window = make_window()
    editor = window.notes.tag_editor
    for name in ["Japan", "Energie"]:
        assert editor.add_tag(name)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def buttons() -> list:
        return [chip.remove_button for chip in editor.chips.findChildren(TagChip) if chip.isVisible()]

    first = buttons()[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(editor.tags) == 1
    assert QApplication.focusWidget() is buttons()[0]
    qtbot.keyClick(buttons()[0], Qt.Key.Key_Space)
    assert editor.tags == ()
    assert QApplication.focusWidget() is editor.field
