"""A field that is off does not look like one to type into.

Seen walking the window (session 26): with a quote or nothing chosen in the briefing composer,
the editor under "Select a heading or text to edit it…" was a white box like any field; typing
into it did nothing. The theme draws a field that is off in the window's colour with muted
words, and the editor in the base colour again once a text is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from reader.ui.appearance import CHROMES
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.settled import settle


def _middle(widget) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_composer_editor_looks_off_until_a_text_is_chosen(make_window, monkeypatch, qtbot, themed, theme) -> None:
    themed(theme)
    chrome = CHROMES[theme]
    window = make_window()
    window.resize(1360, 860)
    composer = open_memo(window, monkeypatch)
    settle(qtbot, window)
    assert not composer.editor.isEnabled()
    assert _middle(composer.editor) == QColor(chrome.window)
    composer._add_text()  # Add text: a text item, chosen for typing
    settle(qtbot, window)
    assert composer.editor.isEnabled()
    assert _middle(composer.editor) == QColor(chrome.base)
