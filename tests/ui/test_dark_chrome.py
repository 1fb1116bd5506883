"""Check boxes and the composer's × show in every theme.

Seen in the dark theme: "Nur ungelesene" under the library had no visible box (Fusion draws its
frame a shade darker than the dark window), and the docked composer's × was grey on grey."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QDockWidget, QStyle, QWidget

from reader.ui.appearance import CHROMES
from reader.ui.theme import contrast_ratio
from tests.ui.colour_measures import strongest_contrast


def _strongest_contrast(widget: QWidget, background: str, width: int) -> float:
    image = widget.grab().toImage()
    return strongest_contrast(image, background, QRect(0, 0, width, image.height()))


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_an_unchecked_box_has_a_frame_one_can_see(qtbot, themed, theme: str) -> None:
    themed(theme)
    page = QWidget()
    qtbot.addWidget(page)
    box = QCheckBox("Nur ungelesene", page)
    box.adjustSize()
    page.resize(200, 40)
    page.show()
    qtbot.waitExposed(page)
    # the box's outline, not the label's letters: the first 16 px
    assert _strongest_contrast(box, CHROMES[theme].window, 16) >= 3.0  # WCAG's 3:1 for a control's edge


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_docks_close_button_shows(qtbot, themed, theme: str) -> None:
    themed(theme)
    dock = QDockWidget("Briefing")
    qtbot.addWidget(dock)
    dock.resize(300, 100)
    dock.show()
    qtbot.waitExposed(dock)
    icon = dock.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton, None, dock)
    image = icon.pixmap(12, 12).toImage()
    inks = [QColor(image.pixel(x, y)) for y in range(image.height()) for x in range(image.width())]
    drawn = [c for c in inks if QColor(image.pixelColor(0, 0)).alpha() == 0 and c.alpha() > 128] or inks
    assert max(contrast_ratio(c.name(), CHROMES[theme].window) for c in drawn) >= 3.0


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_a_dialogs_close_button_shows_its_cross(qtbot, themed, theme: str) -> None:
    """Seen in the walk: Schließen's × (the system's icon, black) was dark on dark in the dark theme."""
    themed(theme)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    # the icon the box gives its button where the platform shows icons on buttons (X11, not offscreen)
    icon = box.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton, None, box)
    image = icon.pixmap(16, 16).toImage()
    drawn = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    drawn = [c for c in drawn if c.alpha() > 128]
    assert drawn and max(contrast_ratio(c.name(), CHROMES[theme].window) for c in drawn) >= 3.0


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
@pytest.mark.parametrize("button", ["SP_DialogOkButton", "SP_DialogCancelButton", "SP_DialogSaveButton",
                                    "SP_DialogYesButton", "SP_DialogNoButton"])  # fmt: skip
def test_a_dialogs_buttons_draw_their_sign_in_the_themes_ink(qtbot, themed, theme: str, button: str) -> None:
    """Seen at 200 %: OK was a green arrow, Abbrechen a red cross, Speichern a floppy disk (Qt's
    clip art) beside the theme's grey ✕ on Schließen. Now one ink, grey, that shows on the theme."""
    themed(theme)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    icon = box.style().standardIcon(getattr(QStyle.StandardPixmap, button), None, box)
    image = icon.pixmap(16, 16).toImage()
    drawn = [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]
    drawn = [c for c in drawn if c.alpha() > 128]
    assert drawn and all(c.hsvSaturation() < 80 for c in drawn)  # no green, no red: grey ink (of 255)
    assert max(contrast_ratio(c.name(), CHROMES[theme].window) for c in drawn) >= 3.0
