"""While the open source has no highlights, the notes pane says which key gives which label,
each beside the colour its highlights get in the article.

Seen in a first week's walk: "Select words in the article and press 1–5" left a new consultant
to guess what the five keys, and then the five colours, meant; the names were only in the Edit
menu, or on a highlight once made. The legend names the labels as the window does (a renamed
label by its new name, German names in German) and goes once the source has a highlight."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from reader.ui.pane_widths import SIDE_MIN
from tests.ui.settled import settle
from tests.ui.test_journey import select_words

ENGLISH = ["1 Key point", "2 Evidence/figure", "3 Risk", "4 Quote for client", "5 Question"]


def _lines(window) -> list[str]:
    """The legend's lines as the user reads them."""
    document = QTextDocument()
    document.setHtml(window.notes.label_legend.text())
    return [" ".join(line.split()) for line in document.toPlainText().splitlines()]


def _swatches(window) -> list[str]:
    return re.findall(r"background-color:(#[0-9a-f]{6})", window.notes.label_legend.text())


def _source_without_highlights(window) -> None:
    assert window.session.store.highlights.for_source(window.open_source_id) == []


def test_the_keys_and_colours_are_named_until_a_highlight_is_made(make_window, qtbot) -> None:
    window = make_window()
    _source_without_highlights(window)
    assert window.notes.empty_hint.isVisible() and window.notes.label_legend.isVisible()
    assert _lines(window) == ENGLISH
    light = window.notes._theme.labels  # the colours the article paints each label's highlights in
    assert _swatches(window) == [light[k] for k in ("key", "evidence", "risk", "client", "question")]
    select_words(window, 0, 12)
    window.article.view.setFocus()
    qtbot.keyClick(window.article.view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not window.notes.label_legend.isVisible())
    assert not window.notes.empty_hint.isVisible()


def test_a_renamed_label_and_another_theme_show_at_once(make_window) -> None:
    window = make_window()
    window.settings.label_names = {"risk": "Chance"}  # OK in Preferences
    window.preferences.set_theme("dark")
    window.session.settings_changed.emit(window.settings)
    assert _lines(window)[2] == "3 Chance"
    dark = window.notes._theme.labels
    assert window.notes._theme.name == "dark" and _swatches(window)[2] == dark["risk"]


def test_german_names_in_a_german_window(make_window, speak) -> None:
    speak("de")
    window = make_window()
    assert _lines(window) == ["1 Kernaussage", "2 Beleg/Zahl", "3 Risiko", "4 Zitat für Kunden", "5 Frage"]


def test_the_legend_comes_back_when_the_highlight_is_undone(make_window, qtbot) -> None:
    window = make_window()
    _source_without_highlights(window)
    select_words(window, 0, 12)
    window.article.view.setFocus()
    qtbot.keyClick(window.article.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not window.notes.label_legend.isVisible())
    assert window.session.undo()  # Ctrl+Z
    qtbot.waitUntil(lambda: window.notes.label_legend.isVisible())
    assert window.notes.empty_hint.isVisible() and _lines(window) == ENGLISH


def test_a_long_label_name_wraps_rather_than_widen_the_notes(make_window, qtbot) -> None:
    """Preferences takes 40 letters for a name: on one line the legend held the notes pane at
    322 px in an 800 px window, where the rule gives each side pane 220 px, and the article
    lost the difference."""
    window = make_window()
    window.resize(1024, 640)
    settle(qtbot, window)
    window.settings.label_names = {"evidence": "Beleg oder Zahl für die Kundenpräsentat."}
    window.session.settings_changed.emit(window.settings)
    window.resize(800, 640)
    settle(qtbot, window)
    assert window.notes.label_legend.isVisible()
    library, _article, notes = window.splitter.sizes()
    assert (library, notes) == (SIDE_MIN, SIDE_MIN) and window.notes.minimumSizeHint().width() <= SIDE_MIN
    assert "2 Beleg oder Zahl für die Kundenpräsentat." in " ".join(_lines(window))
