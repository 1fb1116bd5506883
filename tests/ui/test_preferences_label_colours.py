"""Edit ▸ Preferences shows each highlight key's colour in its name's field.

Seen in the German window (session 36): the five label fields read "Taste 1: Kernaussage" …
"Taste 3: Risiko" with no colour, though a key's colour is what its highlight means in the
article — renamed "Chance", key 3 still washed opportunities red, and the dialog never said so.
The colour is the theme's chosen in the dialog, as the article will show it. Real widgets,
offscreen; the colours looked for are what the field shows on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit

from reader.core.settings import Settings
from reader.ui.dialogs.preferences_dialog import PreferencesDialog
from tests.ui.highlights_listed import listed

# The highlight washes of the reading themes: light's pale red and yellow, dark's deep red
LIGHT_RISK, LIGHT_KEY_POINT, DARK_RISK = QColor("#f8c4c0"), QColor("#fbe38e"), QColor("#6a2a2a")


def _shown(edit: QLineEdit) -> set[str]:
    """The colours drawn in the right-hand quarter of `edit`, where a trailing icon sits."""
    image = edit.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width() * 3 // 4, image.width())
            for y in range(image.height())}  # fmt: skip


def test_each_key_shows_its_colour_in_the_chosen_theme(qtbot, speak) -> None:
    speak("de")
    dialog = PreferencesDialog(Settings(theme="light", label_names={"risk": "Chance"}))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    risk, key_point = dialog.label_edits["risk"], dialog.label_edits["key"]
    assert risk.text() == "Chance"
    assert LIGHT_RISK.name() in _shown(risk) and LIGHT_KEY_POINT.name() not in _shown(risk)
    assert LIGHT_KEY_POINT.name() in _shown(key_point)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    assert DARK_RISK.name() in _shown(risk) and LIGHT_RISK.name() not in _shown(risk)
    speak("en")


def test_the_colour_says_what_it_is(qtbot, speak) -> None:
    speak("de")
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.label_swatches["risk"].toolTip() == "Die Farbe der Markierungen dieser Taste im Artikel"
    speak("en")


def test_the_menus_highlight_entries_show_their_colour(make_window, speak) -> None:
    """The Edit menu's and the article's context menu's "Als Risiko markieren" named a colour's
    meaning without the colour; each entry now carries it, in the window's theme."""
    speak("de")
    window = make_window()
    (edit_menu,) = [menu for title, menu in window.menus if title.replace("&", "") == "Bearbeiten"]
    risk = next(a for a in edit_menu.actions() if a.text().replace("&", "") == "Als Risiko markieren")
    assert _icon_colour(risk) == LIGHT_RISK
    window.preferences.set_theme("dark")
    assert _icon_colour(risk) == DARK_RISK
    speak("en")


def _icon_colour(action) -> QColor:
    image = action.icon().pixmap(16, 16).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_all_highlights_shows_each_labels_colour_beside_its_name(make_window, speak, qtbot) -> None:
    """All highlights' Kategorie column read "Risiko" in words alone."""
    from reader.ui.highlights.highlights_model import COLUMNS

    speak("de")
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    _made, changes = store.highlights.add(source_id, 0, text.index(" ", 10), "risk")
    window.session.changes_applied.emit(changes)
    window.modes.action.trigger()
    model = listed(qtbot, window.modes.view).model
    cell = model.index(0, COLUMNS.index("Label"), model.index(0, 0))
    assert cell.data() == "Risiko"
    image = cell.data(Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage()
    assert image.pixelColor(8, 8) == LIGHT_RISK
    speak("en")


def test_all_highlights_follows_a_new_theme_and_a_renamed_label(make_window, speak, qtbot) -> None:
    """Chosen while All highlights was shown, the dark theme left the light red beside "Risiko",
    and a label renamed "Chance" in Preferences kept its old name in the rows and the filter.
    Two rows of one label share one drawn colour: drawn for each row, 5,000 highlights cost
    160 ms at each letter typed in a filter."""
    from reader.ui.highlights.highlights_model import COLUMNS

    speak("de")
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    for start in (0, text.index(" ", 20) + 1):
        _made, changes = store.highlights.add(source_id, start, text.index(" ", start + 5), "risk")
        window.session.changes_applied.emit(changes)
    window.modes.action.trigger()
    view = listed(qtbot, window.modes.view)
    def label(row: int) -> QModelIndex:
        return view.model.index(row, COLUMNS.index("Label"), view.model.index(0, 0))

    first, second = (label(row).data(Qt.ItemDataRole.DecorationRole) for row in (0, 1))
    assert first.cacheKey() == second.cacheKey()
    window.preferences.set_theme("dark")  # View ▸ Farbschema ▸ Dunkel
    assert label(0).data(Qt.ItemDataRole.DecorationRole).pixmap(16, 16).toImage().pixelColor(8, 8) == DARK_RISK
    window.settings.label_names = {"risk": "Chance"}  # OK in Preferences says so
    window.session.settings_changed.emit(window.settings)
    listed(qtbot, view)
    assert label(0).data() == "Chance"
    assert "Chance" in [view.label_combo.itemText(i) for i in range(view.label_combo.count())]
    speak("en")
