"""Radio buttons show their circle in every theme.

Seen in the dark theme's File ▸ Export…: "Quellen mit Schlagwort", "Die ganze Bibliothek" had
no visible circle beside them (Fusion draws it a shade darker than the dark window), only the
chosen one its dot; the check box below had its frame (fixed before, in the style sheet).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QRadioButton, QWidget

from reader.ui.appearance import CHROMES
from tests.ui.test_dark_chrome import _strongest_contrast


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_an_unchosen_radio_button_has_a_circle_one_can_see(qtbot, themed, theme: str) -> None:
    themed(theme)
    page = QWidget()
    qtbot.addWidget(page)
    button = QRadioButton("Die ganze Bibliothek", page)
    button.adjustSize()
    page.resize(220, 40)
    page.show()
    qtbot.waitExposed(page)
    # the circle, not the label's letters: the first 16 px
    assert _strongest_contrast(button, CHROMES[theme].window, 16) >= 3.0  # WCAG's 3:1 for a control's edge
