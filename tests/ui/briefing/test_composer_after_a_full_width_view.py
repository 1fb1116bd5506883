"""The composer docked in a 1024 px window after a full-width view was open: the window keeps
its width and the side panes step aside, as they do before any such view was opened.

Seen walking the German window at 1024 × 700 (session 26): after All highlights had been open
once, Briefing ▸ Open briefing… widened the window to 1,323 px, past the screen's edge, with
all three panes and the composer in it. The hidden page's row of filters (991 px) stayed the
centre's minimum behind the reading panes."""

from __future__ import annotations

import pytest

from tests.ui.briefing.test_composer_and_narrow_windows import open_composer
from tests.ui.settled import settle


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("view", ["modes", "table_mode", "entities"])
def test_the_composer_after_a_full_width_view_keeps_the_window_narrow(make_window, qtbot, speak, themed, language,
                                                                     view) -> None:  # fmt: skip
    speak(language)
    themed("light")
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    mode = window.entities.mode if view == "entities" else getattr(window, view)
    if view == "entities":
        with qtbot.waitSignal(mode.indexed, timeout=60_000):
            mode.action.trigger()
    else:
        mode.action.trigger()
    settle(qtbot, window)
    mode.action.trigger()  # back to reading
    settle(qtbot, window)
    open_composer(window, qtbot)
    assert window.width() == 1024
    assert not window.notes.isVisible()  # stepped aside for the composer
    assert window.article.view.viewport().width() >= 400
    window.briefings.dock.close()
    settle(qtbot, window)
    mode.action.trigger()  # the view shown again is whole: its own minimum holds while it shows
    settle(qtbot, window)
    assert window.width() == 1024 and window.minimumSizeHint().width() <= 1000
