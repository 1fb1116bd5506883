"""An empty briefing's hint says how to fill it, all of it, on a small screen in German too
(seen in the window at 976 × 592 on a 1024 × 640 screen: "Dieses Briefing ist leer. Fügen Sie …" lost its first line
and its last ones, squeezed between the buttons and the list)."""

from __future__ import annotations

import pytest

from tests.ui.settled import settle


@pytest.mark.parametrize(("language", "size"), [("de", (1024, 600)), ("de", (976, 592)), ("en", (1024, 600))])
@pytest.mark.parametrize("theme", [None, "light"])
def test_the_empty_briefings_hint_shows_every_line(
    make_window, qtbot, speak, themed, language, size, theme
) -> None:
    """With the window's own look too (its style sheet's padding), which took 2 px of the
    hint's last line at 976 × 592 in German."""
    speak(language)
    if theme:
        themed(theme)
    window = make_window()
    window.resize(*size)
    composer = window.briefings.composer()
    composer.create_briefing("Japan")
    window.briefings.show(composer.briefing_id)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible() and composer.empty_hint.isVisible())
    settle(qtbot, window)
    hint = composer.empty_hint
    assert hint.height() >= hint.heightForWidth(hint.width())
    viewport = composer.items_list.viewport()
    assert hint.parentWidget() is viewport and viewport.childAt(hint.geometry().center()) is None  # drops reach the list
