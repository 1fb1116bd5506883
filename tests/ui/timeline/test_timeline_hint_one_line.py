"""The timeline's hint reads on one line at 1024 px, in German too.

Seen at 1024 × 700: "Mausrad oder + / − zoomt, … ebenso ← → zum Wählen und dann die
Eingabetaste." took two lines under the canvas; the shorter German says the same five things
(zoom, move, fit, open by click, open by ← → and Enter)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from reader.ui.screen_fit import MARGIN
from tests.ui.settled import settle


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_hint_fits_one_line_at_1024(make_window, qtbot, speak, themed, language) -> None:
    speak(language)
    themed("light")
    main = make_window()
    main.timeline.show()
    timeline = main.timeline.window
    timeline.resize(1024 - 2 * MARGIN, 620)  # as `fit_to_screen` sizes it on a 1024 px screen
    settle(qtbot, timeline)
    hint = timeline.findChild(QLabel, "hint")
    assert hint.fontMetrics().horizontalAdvance(hint.text()) <= hint.contentsRect().width()
    assert hint.heightForWidth(hint.width()) < 2 * hint.fontMetrics().lineSpacing()  # one line
    if language == "de":
        for words in ("Mausrad", "+ / −", "Ziehen", "Umschalt+← →", "0", "anklicken", "← →", "Eingabetaste"):
            assert words in hint.text()
    timeline.close()
    speak("en")
