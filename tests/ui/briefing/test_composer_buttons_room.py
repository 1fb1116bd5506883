"""The docked composer's buttons keep some room around their labels in German at 1024 × 700.

Seen in the walk: "Neu … Umbenennen … Löschen Exportieren …" in one row, 3 px between
"Umbenennen …" and its frame, while "Neu …" had room to spare; and "Überschrift einfügen" stood
crowded beside "Text einfügen". A row folds before a label is squeezed, and the spare width
goes to the columns as their labels are wide (composer_buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from reader.ui.briefing.composer_buttons import ButtonRow
from tests.ui.briefing.test_composer_docked import open_memo
from tests.ui.settled import settle


def test_every_label_has_room_in_german_at_1024(make_window, qtbot, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    composer = open_memo(window, monkeypatch)
    settle(qtbot, window)
    em = composer.fontMetrics().horizontalAdvance("M")
    for row in composer.findChildren(ButtonRow):
        for button in row.buttons:
            label = button.text().replace("&", "")
            room = button.width() - button.fontMetrics().horizontalAdvance(label)
            assert room >= 2 * em, (label, button.width(), room)
    assert window.width() <= 1024 and composer.isVisible()
    visible = [b for b in composer.findChildren(QPushButton) if b.isVisible()]
    assert all(b.width() >= b.sizeHint().width() - 1 for b in visible)


def _row(qtbot, *labels: str) -> ButtonRow:
    row = ButtonRow([QPushButton(label) for label in labels])
    qtbot.addWidget(row)
    row.show()
    return row


def test_a_row_folds_before_a_label_touches_its_frame(qtbot) -> None:
    row = _row(qtbot, "Neu …", "Umbenennen …", "Löschen", "Exportieren …")
    row.resize(row.sizeHint().width() + 4, row.height())  # room for the buttons, none around them
    assert row.columns == 2
    row.resize(row.sizeHint().width() + 20 * row.fontMetrics().horizontalAdvance("M"), row.height())
    assert row.columns == 4


def test_the_spare_width_goes_to_the_longer_label(qtbot) -> None:
    row = _row(qtbot, "Überschrift einfügen", "Text einfügen")
    heading, text = row.buttons
    row.resize(row.sizeHint().width() + 100, row.height())
    row.layout().activate()
    spare = heading.width() - heading.sizeHint().width(), text.width() - text.sizeHint().width()
    assert spare[0] > spare[1] > 0  # evenly shared, "Text einfügen" took most of it


def test_a_row_of_two_has_room_at_the_composers_narrowest(make_window, qtbot, monkeypatch, speak) -> None:
    """Seen at 1024 × 700 in German, the library brought back (Alt+1) and the composer dragged
    to its narrowest: "Überschrift einfügen | Text einfügen", which could not fold, sat at their
    labels' own width. Where the window has the height they go one above the other, and side by
    side again where it has not (at 960 × 540 the extra row made the window 559 px tall)."""
    speak("de")
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    composer = open_memo(window, monkeypatch)
    window.keys.focus_library_action.trigger()
    dock = window.briefings.dock
    window.resizeDocks([dock], [1], Qt.Orientation.Horizontal)  # dragged as narrow as it goes
    settle(qtbot, window)
    assert window.library.isVisible() and dock.width() <= dock.minimumSizeHint().width()
    em = composer.fontMetrics().horizontalAdvance("M")
    (insert,) = [row for row in composer.findChildren(ButtonRow) if len(row.buttons) == 2]
    for button in insert.buttons:
        assert button.width() - button.sizeHint().width() >= 2 * em, (button.text(), button.width())
    assert window.width() <= 1024 and window.height() <= 700
    window.resize(960, 540)
    settle(qtbot, window)
    assert insert.columns == 2 and window.minimumSizeHint().height() <= 540
    window.resize(1024, 700)
    settle(qtbot, window)
    assert insert.columns == 1
    speak("en")
